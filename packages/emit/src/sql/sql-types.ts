import type { TypeKey } from '../prisma/scalar-types.js';

/** The SQL dialects the DDL emitter writes. */
export type SqlDialect = 'postgresql' | 'mysql' | 'sqlite';

/**
 * A column type in one dialect: `sql` with `{maxLength}`, `{precision}`, `{scale}`, `{enum}` (the quoted
 * type name) or `{values}` (the quoted value list) filled in; `otherwise` when a placeholder has no value.
 * Each table matches what Prisma's migrations create for the same column through our Prisma type tables.
 */
export interface SqlTypeRule {
  readonly sql: string;
  readonly otherwise?: string;
  /** The type instead of `sql` when the column is part of a key or index (MySQL cannot index TEXT). */
  readonly keyed?: string;
}

type SqlTypeTable = Readonly<Record<TypeKey, SqlTypeRule>>;

const POSTGRESQL: SqlTypeTable = {
  string: { sql: 'VARCHAR({maxLength})', otherwise: 'TEXT' },
  text: { sql: 'TEXT' },
  int32: { sql: 'INTEGER' },
  int64: { sql: 'BIGINT' },
  decimal: { sql: 'DECIMAL({precision},{scale})' },
  float: { sql: 'DOUBLE PRECISION' },
  boolean: { sql: 'BOOLEAN' },
  date: { sql: 'DATE' },
  datetime: { sql: 'TIMESTAMPTZ(6)' },
  time: { sql: 'TIME(6)' },
  uuid: { sql: 'UUID' },
  json: { sql: 'JSONB' },
  bytes: { sql: 'BYTEA' },
  enum: { sql: '{enum}' },
  unknown: { sql: 'TEXT' },
};

const MYSQL: SqlTypeTable = {
  string: { sql: 'VARCHAR({maxLength})', otherwise: 'VARCHAR(191)' },
  text: { sql: 'TEXT', keyed: 'VARCHAR(191)' },
  int32: { sql: 'INTEGER' },
  int64: { sql: 'BIGINT' },
  decimal: { sql: 'DECIMAL({precision},{scale})' },
  float: { sql: 'DOUBLE' },
  boolean: { sql: 'BOOLEAN' },
  date: { sql: 'DATE' },
  datetime: { sql: 'DATETIME(3)' },
  time: { sql: 'TIME(3)' },
  uuid: { sql: 'CHAR(36)' },
  json: { sql: 'JSON' },
  bytes: { sql: 'LONGBLOB' },
  enum: { sql: 'ENUM({values})' },
  unknown: { sql: 'VARCHAR(191)' },
};

/** SQLite types are affinities; enums are TEXT with a CHECK constraint. */
const SQLITE: SqlTypeTable = {
  string: { sql: 'TEXT' },
  text: { sql: 'TEXT' },
  int32: { sql: 'INTEGER' },
  int64: { sql: 'BIGINT' },
  decimal: { sql: 'DECIMAL' },
  float: { sql: 'REAL' },
  boolean: { sql: 'BOOLEAN' },
  date: { sql: 'DATETIME' },
  datetime: { sql: 'DATETIME' },
  time: { sql: 'DATETIME' },
  uuid: { sql: 'TEXT' },
  json: { sql: 'JSONB' },
  bytes: { sql: 'BLOB' },
  enum: { sql: 'TEXT' },
  unknown: { sql: 'TEXT' },
};

/** The type tables, one per dialect. */
export const SQL_TYPES: Readonly<Record<SqlDialect, SqlTypeTable>> = { postgresql: POSTGRESQL, mysql: MYSQL, sqlite: SQLITE };

/** Fills a rule's placeholders; `otherwise` (or the bare rule) when one has no value. */
export function fillSqlType(rule: SqlTypeRule, values: Readonly<Record<string, string | undefined>>): string {
  let missing = false;
  const sql = rule.sql.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) missing = true;
    return v ?? '';
  });
  return missing ? (rule.otherwise ?? sql) : sql;
}
