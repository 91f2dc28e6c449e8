/**
 * Every generation the database suite applies: each golden (fixtures/<case>/input through generateSchema,
 * with its options.json and config.json) and each example workspace (as `schemawright <slug> --check` sees it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSchema, generateWorkspace, type GenerateOptions, type GenerateResult } from 'schemawright';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_DIR = join(root, 'fixtures');
export const EXAMPLES_DIR = join(root, 'examples');

/** One generation with the options it ran with (the seed plan is recomputed from them). */
export interface DbCase {
  readonly name: string;
  readonly result: GenerateResult;
  readonly options: GenerateOptions;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? listFiles(join(dir, n)) : [join(dir, n)]));
}

/** The documents, config and options of one golden. */
export function goldenInput(name: string): { documents: { path: string; text: string }[]; config?: Record<string, unknown>; options: GenerateOptions } {
  const dir = join(FIXTURES_DIR, name);
  const input = join(dir, 'input');
  const documents = listFiles(input)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ path: relative(input, f).split(sep).join('/'), text: readFileSync(f, 'utf8') }));
  const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  return {
    documents,
    ...(existsSync(join(input, 'config.json')) ? { config: read(join(input, 'config.json')) } : {}),
    options: existsSync(join(dir, 'options.json')) ? (read(join(dir, 'options.json')) as GenerateOptions) : {},
  };
}

export function goldenNames(): string[] {
  return readdirSync(FIXTURES_DIR).filter((n) => existsSync(join(FIXTURES_DIR, n, 'input'))).sort();
}

export function exampleSlugs(): string[] {
  const dir = join(EXAMPLES_DIR, 'workspaces');
  return existsSync(dir) ? readdirSync(dir).filter((s) => existsSync(join(dir, s, 'config.json'))).sort() : [];
}

/** Goldens first, then examples, each generated once. */
export function dbCases(): DbCase[] {
  const goldens = goldenNames().map((name) => {
    const c = goldenInput(name);
    return { name: `fixtures/${name}`, result: generateSchema({ documents: c.documents, ...(c.config ? { config: c.config } : {}) }, c.options), options: c.options };
  });
  const examples = exampleSlugs().flatMap((slug) => {
    const { result } = generateWorkspace(EXAMPLES_DIR, slug, { check: true, cwd: EXAMPLES_DIR });
    return result ? [{ name: `examples/${slug}`, result, options: {} }] : [];
  });
  return [...goldens, ...examples];
}
