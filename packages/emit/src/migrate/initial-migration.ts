import type { Schema } from '@schemawright/ir';
import { sqlDialectOf } from '../sql/dialect.js';
import { emitDropSql } from '../sql/drop-sql.js';
import { emitSql } from '../sql/emit-sql.js';
import type { SqlDialect } from '../sql/sql-types.js';

/** The first migration: `up` creates the whole schema, `down` drops all of it again. */
export interface InitialMigration {
  readonly up: string;
  readonly down: string;
}

/**
 * The initial migration of `schema` in the dialect of its provider (PostgreSQL for CockroachDB, and as a
 * stand-in for SQL Server and MongoDB, which have no dialect here), or in `dialect` when given.
 */
export function emitInitialMigration(schema: Schema, dialect: SqlDialect = sqlDialectOf(schema.database.provider)): InitialMigration {
  return { up: emitSql(schema, dialect), down: emitDropSql(schema, dialect) };
}
