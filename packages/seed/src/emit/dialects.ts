import { assertNever, type DatabaseProvider } from '@schemawright/ir';

/**
 * What seed SQL needs to know about a database. A cycle of required foreign keys is seeded either by
 * relaxing NOT NULL while it runs (`relax-not-null`: insert null, update, restore) or by switching the
 * foreign-key checks off around the inserts (`checks-off`: insert the final values directly).
 */
export interface SeedDialect {
  readonly provider: DatabaseProvider;
  readonly label: string;
  quote(identifier: string): string;
  readonly true: string;
  readonly false: string;
  bytes(hex: string): string;
  /** Prefix of a string literal that may hold any Unicode (`N` on SQL Server). */
  readonly unicodePrefix: string;
  /** Backslash is an escape character inside string literals (MySQL's default mode). */
  readonly backslashEscapes: boolean;
  readonly begin: string;
  readonly commit: string;
  /** Written between the column list and VALUES so explicit values win over identity columns. */
  readonly overriding: string;
  readonly requiredCycle: 'relax-not-null' | 'checks-off';
  relaxNotNull(table: string, column: string): string;
  restoreNotNull(table: string, column: string): string;
  checksOff(tables: readonly string[]): readonly string[];
  checksOn(tables: readonly string[]): readonly string[];
  /** Statements around the inserts of a table whose auto-increment columns get explicit values. */
  explicitIdentity(table: string): { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Moves an auto-increment counter past the seeded values; undefined when the database does it itself. */
  sequenceReset(table: string, column: string, max: number): string | undefined;
}

const doubleQuoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

const POSTGRESQL: SeedDialect = {
  provider: 'postgresql',
  label: 'PostgreSQL',
  quote: doubleQuoted,
  true: 'TRUE',
  false: 'FALSE',
  bytes: (hex) => `decode('${hex}', 'hex')`,
  unicodePrefix: '',
  backslashEscapes: false,
  begin: 'BEGIN;',
  commit: 'COMMIT;',
  overriding: ' OVERRIDING SYSTEM VALUE',
  requiredCycle: 'relax-not-null',
  relaxNotNull: (t, c) => `ALTER TABLE ${doubleQuoted(t)} ALTER COLUMN ${doubleQuoted(c)} DROP NOT NULL;`,
  restoreNotNull: (t, c) => `ALTER TABLE ${doubleQuoted(t)} ALTER COLUMN ${doubleQuoted(c)} SET NOT NULL;`,
  checksOff: () => [],
  checksOn: () => [],
  explicitIdentity: () => ({ before: [], after: [] }),
  sequenceReset: (t, c, max) => `SELECT setval(pg_get_serial_sequence('${doubleQuoted(t).replace(/'/g, "''")}', '${c.replace(/'/g, "''")}'), ${max});`,
};

const COCKROACHDB: SeedDialect = {
  ...POSTGRESQL,
  provider: 'cockroachdb',
  label: 'CockroachDB',
  overriding: '',
  // unique_rowid() defaults have no counter to move
  sequenceReset: () => undefined,
};

const MYSQL: SeedDialect = {
  provider: 'mysql',
  label: 'MySQL',
  quote: (name) => `\`${name.replace(/`/g, '``')}\``,
  true: 'TRUE',
  false: 'FALSE',
  bytes: (hex) => `X'${hex}'`,
  unicodePrefix: '',
  backslashEscapes: true,
  begin: 'START TRANSACTION;',
  commit: 'COMMIT;',
  overriding: '',
  requiredCycle: 'checks-off',
  relaxNotNull: () => '',
  restoreNotNull: () => '',
  checksOff: () => ['SET FOREIGN_KEY_CHECKS = 0;'],
  checksOn: () => ['SET FOREIGN_KEY_CHECKS = 1;'],
  explicitIdentity: () => ({ before: [], after: [] }),
  sequenceReset: () => undefined,
};

const SQLITE: SeedDialect = {
  ...MYSQL,
  provider: 'sqlite',
  label: 'SQLite',
  quote: doubleQuoted,
  true: '1',
  false: '0',
  backslashEscapes: false,
  begin: 'BEGIN TRANSACTION;',
  // checked at COMMIT instead of per statement; the pragma ends with the transaction
  checksOff: () => ['PRAGMA defer_foreign_keys = ON;'],
  checksOn: () => [],
};

const SQLSERVER: SeedDialect = {
  ...MYSQL,
  provider: 'sqlserver',
  label: 'SQL Server',
  quote: (name) => `[${name.replace(/]/g, ']]')}]`,
  true: '1',
  false: '0',
  bytes: (hex) => `0x${hex}`,
  unicodePrefix: 'N',
  backslashEscapes: false,
  begin: 'BEGIN TRANSACTION;',
  commit: 'COMMIT TRANSACTION;',
  checksOff: (tables) => tables.map((t) => `ALTER TABLE [${t.replace(/]/g, ']]')}] NOCHECK CONSTRAINT ALL;`),
  checksOn: (tables) => tables.map((t) => `ALTER TABLE [${t.replace(/]/g, ']]')}] WITH CHECK CHECK CONSTRAINT ALL;`),
  explicitIdentity: (t) => ({ before: [`SET IDENTITY_INSERT [${t.replace(/]/g, ']]')}] ON;`], after: [`SET IDENTITY_INSERT [${t.replace(/]/g, ']]')}] OFF;`] }),
};

/** The seed dialect of a provider; MongoDB has none (no SQL). */
export function seedDialectOf(provider: DatabaseProvider): SeedDialect | undefined {
  switch (provider) {
    case 'postgresql': return POSTGRESQL;
    case 'cockroachdb': return COCKROACHDB;
    case 'mysql': return MYSQL;
    case 'sqlite': return SQLITE;
    case 'sqlserver': return SQLSERVER;
    case 'mongodb': return undefined;
    default: return assertNever(provider, 'provider');
  }
}
