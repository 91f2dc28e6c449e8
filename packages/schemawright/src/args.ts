import { parseArgs } from 'node:util';

/** What the command line asked for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'workspace'; readonly slug: string; readonly root: string; readonly common: CommonFlags }
  | { readonly kind: 'generate'; readonly files: readonly string[]; readonly out: string; readonly common: CommonFlags };

/** Flags both forms take. */
export interface CommonFlags {
  readonly check: boolean;
  readonly quiet: boolean;
  readonly seed?: number;
  readonly defaultRows?: number;
  readonly rows?: Readonly<Record<string, number>>;
  readonly minConfidence?: number;
  readonly name?: string;
}

/** Usage text, printed by `--help` and after a usage error. */
export const USAGE = `Usage:
  schemawright <slug> [--root DIR] [options]          read workspaces/<slug>, write code/backend/database/
  schemawright generate <file.md>... --out DIR [options]   the same job from any markdown files

Options:
  --check               generate in memory and compare with the files on disk; exit 1 with a diff on drift
  --seed N              seed of the seed data (default 1)
  --rows N | T=N,...    rows for every table, or per table (database names)
  --min-confidence X    drop inferred facts below X (0..1, default 0.5)
  --name NAME           product name (default: config.json, then the PRD's title)
  --quiet               print only diagnostics and errors
  -h, --help            this text
  -v, --version         the version

Exit codes: 0 ok, 1 errors or drift (--check), 2 usage or internal failure.
`;

/** A usage error: the CLI prints it with the usage text and exits 2. */
export class UsageError extends Error {}

/** Parses argv (without node and script). Throws UsageError on anything it cannot use. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        root: { type: 'string' },
        out: { type: 'string', short: 'o' },
        check: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        seed: { type: 'string' },
        rows: { type: 'string' },
        'min-confidence': { type: 'string' },
        name: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const common = commonFlags(v);
  if (positionals[0] === 'generate') {
    const files = positionals.slice(1);
    if (files.length === 0) throw new UsageError('generate needs at least one markdown file');
    if (!v.out) throw new UsageError('generate needs --out DIR');
    if (v.root) throw new UsageError('--root belongs to the workspace form');
    return { kind: 'generate', files, out: v.out, common };
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing workspace slug' : `expected one slug, got ${positionals.length} arguments`);
  if (v.out) throw new UsageError('--out belongs to the generate form; a workspace writes to code/backend/database/');
  return { kind: 'workspace', slug: positionals[0]!, root: v.root ?? '.', common };
}

function commonFlags(v: Record<string, string | boolean | undefined>): CommonFlags {
  const flags: { -readonly [K in keyof CommonFlags]: CommonFlags[K] } = { check: v.check === true, quiet: v.quiet === true };
  if (typeof v.seed === 'string') flags.seed = integer('--seed', v.seed);
  if (typeof v.rows === 'string') {
    if (/^\d+$/.test(v.rows)) flags.defaultRows = integer('--rows', v.rows);
    else {
      const rows: Record<string, number> = {};
      for (const part of v.rows.split(',')) {
        const m = /^\s*([A-Za-z_][\w.]*)\s*=\s*(\d+)\s*$/.exec(part);
        if (!m) throw new UsageError(`--rows takes N or table=N,...; cannot read "${part}"`);
        rows[m[1]!] = Number(m[2]);
      }
      flags.rows = rows;
    }
  }
  if (typeof v['min-confidence'] === 'string') {
    const x = Number(v['min-confidence']);
    if (!(x >= 0 && x <= 1)) throw new UsageError('--min-confidence takes a number from 0 to 1');
    flags.minConfidence = x;
  }
  if (typeof v.name === 'string') flags.name = v.name;
  return flags;
}

function integer(flag: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} takes a whole number, got "${text}"`);
  return Number(text);
}
