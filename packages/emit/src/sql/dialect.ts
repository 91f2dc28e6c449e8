import { assertNever, type DatabaseProvider, type ReferentialAction } from '@schemawright/ir';
import type { SqlDialect } from './sql-types.js';

/** What differs between the dialects, beyond the type tables. */
export interface Dialect {
  readonly name: SqlDialect;
  /** Quotes an identifier. */
  readonly id: (name: string) => string;
  /** Text after `CREATE TABLE (...)`. */
  readonly tableSuffix: string;
  /** Foreign keys inside CREATE TABLE (SQLite cannot add them later) instead of ALTER TABLE. */
  readonly inlineForeignKeys: boolean;
  /** Enum types created before the tables (PostgreSQL `CREATE TYPE`). */
  readonly enumTypes: boolean;
  /** Enum columns checked with `CHECK (col IN (...))` (SQLite has no enum type). */
  readonly enumChecks: boolean;
  /** `CURRENT_TIMESTAMP` as this dialect writes it for a column of the given SQL type. */
  readonly now: (sqlType: string) => string;
  /** A text default: MySQL needs an expression in parentheses on TEXT/JSON/BLOB columns. */
  readonly textDefault: (literal: string, sqlType: string) => string;
  /** How an autoincrementing column is declared. */
  readonly autoincrement: 'serial' | 'auto-increment' | 'rowid';
  /** `DROP INDEX` statement. */
  readonly dropIndex: (index: string, table: string) => string;
  /** Statement dropping a foreign key, or undefined where keys go with their table. */
  readonly dropForeignKey?: (constraint: string, table: string) => string;
  /** Statements around the drops: SQLite checks keys against tables already gone unless told not to (as Prisma's own SQLite scripts do). */
  readonly dropPrologue: readonly string[];
  readonly dropEpilogue: readonly string[];
}

const doubleQuoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const backQuoted = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** The dialect objects. */
export const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = {
  postgresql: {
    name: 'postgresql',
    id: doubleQuoted,
    tableSuffix: '',
    inlineForeignKeys: false,
    enumTypes: true,
    enumChecks: false,
    now: () => 'CURRENT_TIMESTAMP',
    textDefault: (literal) => literal,
    autoincrement: 'serial',
    dropIndex: (index) => `DROP INDEX ${doubleQuoted(index)};`,
    dropForeignKey: (constraint, table) => `ALTER TABLE ${doubleQuoted(table)} DROP CONSTRAINT ${doubleQuoted(constraint)};`,
    dropPrologue: [],
    dropEpilogue: [],
  },
  mysql: {
    name: 'mysql',
    id: backQuoted,
    tableSuffix: ' DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
    inlineForeignKeys: false,
    enumTypes: false,
    enumChecks: false,
    // a DATETIME(3) column needs CURRENT_TIMESTAMP(3): MySQL refuses a default of another precision
    now: (sqlType) => `CURRENT_TIMESTAMP${/\(\d+\)/.exec(sqlType)?.[0] ?? ''}`,
    textDefault: (literal, sqlType) => (/^(TEXT|JSON|LONGBLOB)/.test(sqlType) ? `(${literal})` : literal),
    autoincrement: 'auto-increment',
    dropIndex: (index, table) => `DROP INDEX ${backQuoted(index)} ON ${backQuoted(table)};`,
    dropForeignKey: (constraint, table) => `ALTER TABLE ${backQuoted(table)} DROP FOREIGN KEY ${backQuoted(constraint)};`,
    dropPrologue: [],
    dropEpilogue: [],
  },
  sqlite: {
    name: 'sqlite',
    id: doubleQuoted,
    tableSuffix: '',
    inlineForeignKeys: true,
    enumTypes: false,
    enumChecks: true,
    now: () => 'CURRENT_TIMESTAMP',
    textDefault: (literal) => literal,
    autoincrement: 'rowid',
    dropIndex: (index) => `DROP INDEX ${doubleQuoted(index)};`,
    dropPrologue: ['PRAGMA defer_foreign_keys=ON;', 'PRAGMA foreign_keys=OFF;'],
    dropEpilogue: ['PRAGMA foreign_keys=ON;', 'PRAGMA defer_foreign_keys=OFF;'],
  },
};

/** An SQL string literal: single quotes, doubled inside. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The referential action keyword. */
export function sqlAction(a: ReferentialAction): string {
  switch (a) {
    case 'cascade': return 'CASCADE';
    case 'restrict': return 'RESTRICT';
    case 'set-null': return 'SET NULL';
    case 'no-action': return 'NO ACTION';
    default: return assertNever(a, 'referential action');
  }
}

/** The dialect a provider's migrations are written in; SQL Server and MongoDB have none of ours and get PostgreSQL's. */
export function sqlDialectOf(provider: DatabaseProvider): SqlDialect {
  switch (provider) {
    case 'postgresql': case 'cockroachdb': case 'sqlserver': case 'mongodb':
      return 'postgresql';
    case 'mysql':
      return 'mysql';
    case 'sqlite':
      return 'sqlite';
    default:
      return assertNever(provider, 'provider');
  }
}
