import { diagnostic, result, type Diagnostic, type Result, type Schema } from '@schemawright/ir';
import { sqlDialectOf } from '../sql/dialect.js';
import { emitDropSql } from '../sql/drop-sql.js';
import { emitSql } from '../sql/emit-sql.js';
import type { SqlDialect } from '../sql/sql-types.js';
import { databaseModelOf } from './database-model.js';
import { adviceText } from './destructive-advice.js';
import { migrationNumber, migrationSlug } from './migration-name.js';
import { renderSteps, type MigrationPlan } from './migration-steps.js';
import { planMigration } from './plan-migration.js';

/** One migration folder's content: `migrations/<name>/migration.sql` and `down.sql`. */
export interface Migration {
  /** `000N_<slug of what changed>`. */
  readonly name: string;
  readonly up: string;
  readonly down: string;
}

/** The PostgreSQL plans from `previous` to `next` and back. */
function plansOf(previous: Schema, next: Schema): { up: MigrationPlan; down: MigrationPlan } {
  const before = databaseModelOf(previous);
  const after = databaseModelOf(next);
  return { up: planMigration(before, after), down: planMigration(after, before) };
}

/** True when `next` needs no statement to go from `previous` (same tables, columns, keys, enums). */
export function isSameDatabase(previous: Schema, next: Schema): boolean {
  return plansOf(previous, next).up.steps.length === 0;
}

/**
 * The migration from `previous` to `next`, numbered `number`: `up` changes a database built from
 * `previous` into exactly what `emitSql(next)` builds, `down` takes it back. Destructive steps are
 * `design/destructive-migration` warnings with expand/contract advice; a dropped table or column that looks
 * renamed says so (it is still dropped and added: renames are never guessed). PostgreSQL (and the providers
 * written in its dialect) get an incremental migration; MySQL and SQLite get one that drops and recreates
 * the schema, with an `emit/unsupported` warning.
 */
export function emitMigration(previous: Schema, next: Schema, number: number): Result<Migration> {
  const plans = plansOf(previous, next);
  const name = `${migrationNumber(number)}_${migrationSlug(plans.up.changes)}`;
  const dialect = sqlDialectOf(next.database.provider);
  if (dialect !== 'postgresql') return recreatingMigration(previous, next, name, dialect);
  const diagnostics = plans.up.notes.map((n) => diagnostic('design/destructive-migration', { step: n.step, advice: n.advice }, n.span));
  return result({ name, up: renderSteps(plans.up.steps), down: renderSteps(plans.down.steps) }, diagnostics);
}

/** The fallback for dialects without incremental migrations here: drop everything, create everything. */
function recreatingMigration(previous: Schema, next: Schema, name: string, dialect: SqlDialect): Result<Migration> {
  const diagnostics: Diagnostic[] = [
    diagnostic('emit/unsupported', { feature: 'incremental migrations', target: dialect, fallback: 'the migration drops the previous schema and creates the new one' }),
    diagnostic('design/destructive-migration', { step: `recreate every table (${name})`, advice: adviceText('recreateAll', { target: dialect }) }),
  ];
  const up = `${emitDropSql(previous, dialect)}\n${emitSql(next, dialect)}`;
  const down = `${emitDropSql(next, dialect)}\n${emitSql(previous, dialect)}`;
  return result({ name, up, down }, diagnostics);
}
