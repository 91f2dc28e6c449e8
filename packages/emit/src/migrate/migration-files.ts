import { compareStrings, diagnostic, result, type Diagnostic, type Result, type Schema } from '@schemawright/ir';
import { emitMigration, isSameDatabase } from './emit-migration.js';
import { emitInitialMigration } from './initial-migration.js';
import { migrationNumber } from './migration-name.js';

/** What an earlier generation left in the output folder. */
export interface PreviousOutput {
  /** The previous `schema.prisma`, when there is one. */
  readonly 'schema.prisma'?: string;
  /** Names of the folders under `migrations/`, in any order. */
  readonly migrations?: readonly string[];
}

/** New migration files, and every migration file of the history (existing and new) in sequence order. */
export interface MigrationFiles {
  /** Files to write, by path relative to the output folder; empty when nothing changed. */
  readonly files: Readonly<Record<string, string>>;
  /** `migrations/<name>/migration.sql` and `down.sql` of every migration, for listing. */
  readonly listed: readonly string[];
}

/** Folder of the migrations, relative to the output folder. */
export const MIGRATIONS_FOLDER = 'migrations';
/** The first generation's migration. */
export const INITIAL_MIGRATION_NAME = `${migrationNumber(1)}_init`;

const SEQUENCED = /^(\d+)_/;

/**
 * The migration files of a generation. Without earlier migrations: `0001_init` creating everything. With
 * them and a previous `schema.prisma`: nothing when the database would not change, else the next number's
 * migration from the previous schema to `next`. `nextPrisma` is the new `schema.prisma` text: equal text
 * means no change without reading anything back; otherwise `readPrevious` (extraction's `previousSchemaOf`,
 * passed in so emitting never depends on extracting) reads the old text back into the IR. Pure.
 */
export function migrationFilesOf(
  next: Schema,
  nextPrisma: string,
  previous: PreviousOutput = {},
  readPrevious: (prismaText: string) => Result<Schema> = () => {
    throw new Error('migrationFilesOf: a previous schema.prisma needs a reader (previousSchemaOf from @schemawright/extract)');
  },
): Result<MigrationFiles> {
  const existing = (previous.migrations ?? []).filter((m) => SEQUENCED.test(m)).sort(bySequence);
  const filesOf = (name: string, up: string, down: string) => ({ [`${MIGRATIONS_FOLDER}/${name}/migration.sql`]: up, [`${MIGRATIONS_FOLDER}/${name}/down.sql`]: down });
  const listedOf = (names: readonly string[]) => names.flatMap((n) => [`${MIGRATIONS_FOLDER}/${n}/migration.sql`, `${MIGRATIONS_FOLDER}/${n}/down.sql`]);
  if (existing.length === 0) {
    const initial = emitInitialMigration(next);
    return result({ files: filesOf(INITIAL_MIGRATION_NAME, initial.up, initial.down), listed: listedOf([INITIAL_MIGRATION_NAME]) });
  }
  const unchanged = result<MigrationFiles>({ files: {}, listed: listedOf(existing) });
  const text = previous['schema.prisma'];
  if (text === undefined) return result(unchanged.value, [diagnostic('design/migration-base-missing', { folder: `${MIGRATIONS_FOLDER}/`, count: String(existing.length) })]);
  if (text === nextPrisma) return unchanged;
  const read = readPrevious(text);
  // what the reader says about our own earlier output is noise; only trouble reading it matters
  const diagnostics: Diagnostic[] = read.diagnostics.filter((d) => d.severity !== 'info');
  if (isSameDatabase(read.value, next)) return result(unchanged.value, diagnostics);
  const last = Math.max(...existing.map((m) => Number(SEQUENCED.exec(m)![1])));
  const m = emitMigration(read.value, next, last + 1);
  return result({ files: filesOf(m.value.name, m.value.up, m.value.down), listed: listedOf([...existing, m.value.name]) }, [...diagnostics, ...m.diagnostics]);
}

/** By sequence number, then by name. */
function bySequence(a: string, b: string): number {
  return Number(SEQUENCED.exec(a)![1]) - Number(SEQUENCED.exec(b)![1]) || compareStrings(a, b);
}
