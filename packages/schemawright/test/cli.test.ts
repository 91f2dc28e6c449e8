import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from 'schemawright';

const examples = fileURLToPath(new URL('../../../examples', import.meta.url));

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'schemawright-cli-'));
  cpSync(join(examples, 'workspaces'), join(dir, 'workspaces'), { recursive: true });
  return dir;
}

describe('schemawright CLI', () => {
  it('prints help and version', async () => {
    expect((await cli(['--help'], examples)).stdout).toContain('schemawright <slug>');
    expect((await cli(['--version'], examples)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('writes a workspace and prints the summary', async () => {
    const dir = copyExample();
    const r = await cli(['team-tasks'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('✅ Database schema complete for Team Tasks');
    expect(lines[1]).toBe('📁 Output: workspaces/team-tasks/code/backend/database/');
    expect(lines[3]).toMatch(/^Tables: \d+ tables$/);
    expect(lines[4]).toBe('Database: PostgreSQL + Prisma');
    const out = join(dir, 'workspaces/team-tasks/code/backend/database');
    for (const f of ['schema.prisma', 'erd.md', 'seed.md']) expect(readFileSync(join(out, f), 'utf8').length).toBeGreaterThan(0);
  });

  it('--check exits 0 when up to date and 1 with a diff after a hand edit', async () => {
    const dir = copyExample();
    expect((await cli(['team-tasks', '--root', dir], examples)).code).toBe(0);
    expect((await cli(['team-tasks', '--root', dir, '--check'], examples)).code).toBe(0);
    const prisma = join(dir, 'workspaces/team-tasks/code/backend/database/schema.prisma');
    writeFileSync(prisma, readFileSync(prisma, 'utf8').replace('model', '// edited by hand\nmodel'));
    const r = await cli(['team-tasks', '--root', dir, '--check'], examples);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('-// edited by hand');
    expect(r.stdout).toContain('schema.prisma');
  });

  it('refuses a workspace without config.json with MVP_NOT_FOUND', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schemawright-cli-'));
    mkdirSync(join(dir, 'workspaces/ghost/product/prd'), { recursive: true });
    const r = await cli(['ghost'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('MVP_NOT_FOUND');
    expect(r.stderr).toContain('/start-mvp');
    expect((await cli(['no-such-slug'], dir)).stderr).toContain('MVP_NOT_FOUND');
  });

  it('refuses slugs that are not one plain path segment', async () => {
    for (const slug of ['..', '../x', 'a/b', '/etc', '.']) {
      const r = await cli([slug], examples);
      expect(r.code, slug).toBe(1);
      expect(r.stderr).toContain('read/invalid-slug');
    }
  });

  it('warns about a missing PRD and works with the architecture alone', async () => {
    const dir = copyExample();
    const ws = join(dir, 'workspaces/team-tasks');
    writeFileSync(join(ws, 'product/prd/prd.md.bak'), '');
    cpSync(join(ws, 'product/prd/prd.md'), join(ws, 'product/prd/prd.md.bak'));
    const { rmSync } = await import('node:fs');
    rmSync(join(ws, 'product/prd/prd.md'));
    const r = await cli(['team-tasks'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning read/missing-document');
  });

  it('generate takes any markdown files and --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schemawright-cli-'));
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\n```mermaid\nerDiagram\n  AUTHOR ||--o{ POST : writes\n```\n');
    const r = await cli(['generate', 'notes.md', '--out', 'db'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('📁 Output: db/');
    expect(readFileSync(join(dir, 'db/schema.prisma'), 'utf8')).toContain('model Post');
    expect((await cli(['generate', 'notes.md', '--out', 'db', '--check'], dir)).code).toBe(0);
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli([], examples)).code).toBe(2);
    expect((await cli(['generate', 'x.md'], examples)).code).toBe(2);
    expect((await cli(['a', '--bogus'], examples)).code).toBe(2);
    expect((await cli(['generate', 'missing.md', '--out', 'x'], examples)).code).toBe(2);
  });
});
