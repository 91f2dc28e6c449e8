import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diagnostic, type Diagnostic } from '@schemawright/ir';
import type { SourceDocument } from '@schemawright/extract';
import { MIGRATIONS_FOLDER, type PreviousOutput } from '@schemawright/emit';
import type { WorkspaceConfig } from './input.js';

/** Where a workspace keeps its documents and outputs, relative to the workspace folder. */
export const WORKSPACE_LAYOUT = {
  config: 'config.json',
  prd: 'product/prd/prd.md',
  architecture: 'code/architecture/architecture.md',
  output: 'code/backend/database',
} as const;

/** A workspace as read from disk. Document paths are relative to the workspace folder. */
export interface Workspace {
  readonly dir: string;
  /** `workspaces/<slug>`, POSIX, for messages. */
  readonly displayDir: string;
  readonly config?: WorkspaceConfig;
  readonly documents: readonly SourceDocument[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A slug is one plain path segment: no separators, no `.`/`..`, nothing absolute. */
export function isValidSlug(slug: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(slug) && slug !== '.' && slug !== '..' && !slug.includes('..');
}

/**
 * Reads `workspaces/<slug>` under `root`: config.json (required), the PRD and the architecture document
 * (each optional, with a warning), and any other markdown beside them, which contributes too.
 */
export function readWorkspace(root: string, slug: string): Workspace {
  const displayDir = `workspaces/${slug}`;
  if (!isValidSlug(slug)) return { dir: root, displayDir, documents: [], diagnostics: [diagnostic('read/invalid-slug', { slug })] };
  const dir = join(root, 'workspaces', slug);
  const configPath = join(dir, WORKSPACE_LAYOUT.config);
  if (!existsSync(configPath)) {
    return { dir, displayDir, documents: [], diagnostics: [diagnostic('read/missing-config', { path: `${displayDir}/` })] };
  }
  let config: WorkspaceConfig;
  try {
    config = JSON.parse(readFileSync(configPath, 'utf8').replace(/^\uFEFF/, '')) as WorkspaceConfig;
  } catch (e) {
    return { dir, displayDir, documents: [], diagnostics: [diagnostic('read/invalid-config', { detail: (e as Error).message })] };
  }
  const diagnostics: Diagnostic[] = [];
  const documents: SourceDocument[] = [];
  for (const [role, rel] of [['PRD', WORKSPACE_LAYOUT.prd], ['architecture', WORKSPACE_LAYOUT.architecture]] as const) {
    if (!existsSync(join(dir, rel))) diagnostics.push(diagnostic('read/missing-document', { role, path: `${displayDir}/${rel}` }));
    const folder = dirname(rel);
    if (!existsSync(join(dir, folder))) continue;
    for (const name of readdirSync(join(dir, folder)).filter((n) => n.toLowerCase().endsWith('.md')).sort()) {
      documents.push({ path: `${folder}/${name}`, text: readFileSync(join(dir, folder, name), 'utf8') });
    }
  }
  return { dir, displayDir, config, documents, diagnostics };
}

/** Writes files under `dir` (creating folders), returning the paths written. */
export function writeFiles(dir: string, files: Readonly<Record<string, string>>): string[] {
  const written: string[] = [];
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(rel);
  }
  return written;
}

/** Reads back what is on disk for each file name (undefined when missing), for `--check`. */
export function readFiles(dir: string, names: readonly string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const rel of names) {
    const path = join(dir, rel);
    out[rel] = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }
  return out;
}

/**
 * What an earlier run left in the output folder `dir`: its `schema.prisma` and the names of the folders under
 * `migrations/` (sorted), so the next generation can add a migration instead of rewriting the first one.
 */
export function readPreviousOutput(dir: string): PreviousOutput {
  const schemaPath = join(dir, 'schema.prisma');
  const migrationsDir = join(dir, MIGRATIONS_FOLDER);
  const migrations = existsSync(migrationsDir) ? readdirSync(migrationsDir).filter((n) => statSync(join(migrationsDir, n)).isDirectory()).sort() : [];
  return { ...(existsSync(schemaPath) ? { 'schema.prisma': readFileSync(schemaPath, 'utf8') } : {}), migrations };
}
