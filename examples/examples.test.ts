/**
 * The example workspaces: their committed outputs must be exactly what the documents generate (the
 * same check `schemawright <slug> --check` makes), Prisma-valid, format-stable and Mermaid-parseable.
 * `npm run goldens:update` rewrites them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from 'schemawright';
import { mermaidBlocks, mermaidProblem, prismaFormat, prismaProblem } from '../test/helpers/verify.js';
import { makeProject, typeCheck } from '../packages/emit/test/orm-typecheck/compile.js';

const root = dirname(fileURLToPath(import.meta.url));
const slugs = readdirSync(join(root, 'workspaces')).filter((s) => existsSync(join(root, 'workspaces', s, 'config.json'))).sort();

describe('examples', () => {
  it('has at least one workspace', () => expect(slugs.length).toBeGreaterThan(0));
  for (const slug of slugs) {
    it(`${slug}: committed outputs are up to date`, () => {
      if (process.env.UPDATE_GOLDENS === '1') generateWorkspace(root, slug, { cwd: root });
      const outcome = generateWorkspace(root, slug, { check: true, cwd: root });
      expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(outcome.drift.map((d) => d.patch).join('\n')).toBe('');
    });
    it(`${slug}: Prisma and Mermaid accept the outputs`, async () => {
      const { result } = generateWorkspace(root, slug, { check: true, cwd: root });
      const prisma = result!.files['schema.prisma'];
      expect(prismaProblem(prisma)).toBeUndefined();
      expect(prismaFormat(prisma)).toBe(prisma);
      for (const block of mermaidBlocks(result!.files['erd.md'])) expect(await mermaidProblem(block)).toBeUndefined();
    });
    it(`${slug}: ORM files, when the documents choose TypeORM or Drizzle, type-check against the real packages`, () => {
      const { result } = generateWorkspace(root, slug, { check: true, cwd: root });
      const orm = Object.entries(result!.files).filter(([path]) => /^(typeorm|drizzle)\//.test(path));
      if (result!.schema.database.orm === 'prisma') return expect(orm).toEqual([]);
      expect(orm.length).toBeGreaterThan(0);
      const project = makeProject();
      try {
        const written = orm.map(([path, text]) => project.write(path, text));
        expect(typeCheck(project.root, written)).toEqual([]);
      } finally {
        project.remove();
      }
    });
  }
});
