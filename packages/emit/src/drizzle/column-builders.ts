import type { TypeKey } from '../prisma/scalar-types.js';
import type { SqlDialect } from '../sql/sql-types.js';

/** What a column holds in TypeScript, which decides how a default is written. */
export type DrizzleTsType = 'string' | 'number' | 'boolean' | 'Date' | 'json' | 'buffer';

/**
 * How one IR type is built in one Drizzle dialect. `fn` is the builder (`{enum}` = the schema's `pgEnum`
 * variable); `config` its options, where `{maxLength}`, `{precision}`, `{scale}` are filled from the IR type
 * and `otherwise` applies when one has no value; `enumValues` says where an inline enum's values go (MySQL:
 * the second argument, SQLite: the `enum` option); `custom` names the SQL type of a `customType` builder for
 * types Drizzle has no builder for. Each row matches the column schema.sql creates (SQLite: the affinity).
 */
export interface DrizzleBuilderRule {
  readonly fn: string;
  readonly ts: DrizzleTsType;
  readonly config?: Readonly<Record<string, string | number | boolean>>;
  readonly otherwise?: DrizzleBuilderRule;
  readonly enumValues?: 'argument' | 'config';
  readonly custom?: string;
}

/** What differs between the Drizzle dialects besides the builders. */
export interface DrizzleDialect {
  readonly module: string;
  readonly table: string;
  /** The column type a `.references()` callback is annotated with where tables refer to each other in a cycle. */
  readonly anyColumn: string;
  readonly builders: Readonly<Record<TypeKey, DrizzleBuilderRule>>;
  /** How an autoincrementing integer is declared: a serial builder, `.autoincrement()`, or `primaryKey({ autoIncrement })`. */
  readonly autoincrement: { readonly kind: 'serial'; readonly int32: DrizzleBuilderRule; readonly int64: DrizzleBuilderRule } | { readonly kind: 'modifier' } | { readonly kind: 'primary-key' };
  /** `.defaultNow()` (PostgreSQL) or a `sql` default with schema.sql's expression. */
  readonly now: 'defaultNow' | 'sql';
  /** `.defaultRandom()` on uuid columns (PostgreSQL) before the `$defaultFn` calling `randomUUID` every dialect gets. */
  readonly uuidDefault: 'defaultRandom' | 'randomUUID';
  /** Whether a composite primary key takes schema.sql's constraint name. */
  readonly namedPrimaryKey: boolean;
  readonly enumType?: string;
}

const PG: DrizzleDialect = {
  module: 'drizzle-orm/pg-core',
  table: 'pgTable',
  anyColumn: 'AnyPgColumn',
  builders: {
    string: { fn: 'varchar', ts: 'string', config: { length: '{maxLength}' }, otherwise: { fn: 'text', ts: 'string' } },
    text: { fn: 'text', ts: 'string' },
    int32: { fn: 'integer', ts: 'number' },
    int64: { fn: 'bigint', ts: 'number', config: { mode: 'number' } },
    decimal: { fn: 'numeric', ts: 'string', config: { precision: '{precision}', scale: '{scale}' } },
    float: { fn: 'doublePrecision', ts: 'number' },
    boolean: { fn: 'boolean', ts: 'boolean' },
    date: { fn: 'date', ts: 'string' },
    datetime: { fn: 'timestamp', ts: 'Date', config: { precision: 6, withTimezone: true } },
    time: { fn: 'time', ts: 'string', config: { precision: 6 } },
    uuid: { fn: 'uuid', ts: 'string' },
    json: { fn: 'jsonb', ts: 'json' },
    bytes: { fn: 'bytea', ts: 'buffer', custom: 'bytea' },
    enum: { fn: '{enum}', ts: 'string' },
    unknown: { fn: 'text', ts: 'string' },
  },
  autoincrement: { kind: 'serial', int32: { fn: 'serial', ts: 'number' }, int64: { fn: 'bigserial', ts: 'number', config: { mode: 'number' } } },
  now: 'defaultNow',
  uuidDefault: 'defaultRandom',
  namedPrimaryKey: true,
  enumType: 'pgEnum',
};

const MYSQL: DrizzleDialect = {
  module: 'drizzle-orm/mysql-core',
  table: 'mysqlTable',
  anyColumn: 'AnyMySqlColumn',
  builders: {
    string: { fn: 'varchar', ts: 'string', config: { length: '{maxLength}' }, otherwise: { fn: 'varchar', ts: 'string', config: { length: 191 } } },
    text: { fn: 'text', ts: 'string' },
    int32: { fn: 'int', ts: 'number' },
    int64: { fn: 'bigint', ts: 'number', config: { mode: 'number' } },
    decimal: { fn: 'decimal', ts: 'string', config: { precision: '{precision}', scale: '{scale}' } },
    float: { fn: 'double', ts: 'number' },
    boolean: { fn: 'boolean', ts: 'boolean' },
    date: { fn: 'date', ts: 'string', config: { mode: 'string' } },
    datetime: { fn: 'datetime', ts: 'Date', config: { mode: 'date', fsp: 3 } },
    time: { fn: 'time', ts: 'string', config: { fsp: 3 } },
    uuid: { fn: 'char', ts: 'string', config: { length: 36 } },
    json: { fn: 'json', ts: 'json' },
    bytes: { fn: 'longblob', ts: 'buffer', custom: 'longblob' },
    enum: { fn: 'mysqlEnum', ts: 'string', enumValues: 'argument' },
    unknown: { fn: 'varchar', ts: 'string', config: { length: 191 } },
  },
  autoincrement: { kind: 'modifier' },
  now: 'sql',
  uuidDefault: 'randomUUID',
  namedPrimaryKey: false,
};

/** SQLite: dates are TEXT as schema.sql writes them (`CURRENT_TIMESTAMP`), JSON is text in json mode. */
const SQLITE: DrizzleDialect = {
  module: 'drizzle-orm/sqlite-core',
  table: 'sqliteTable',
  anyColumn: 'AnySQLiteColumn',
  builders: {
    string: { fn: 'text', ts: 'string' },
    text: { fn: 'text', ts: 'string' },
    int32: { fn: 'integer', ts: 'number' },
    int64: { fn: 'integer', ts: 'number' },
    decimal: { fn: 'numeric', ts: 'string' },
    float: { fn: 'real', ts: 'number' },
    boolean: { fn: 'integer', ts: 'boolean', config: { mode: 'boolean' } },
    date: { fn: 'text', ts: 'string' },
    datetime: { fn: 'text', ts: 'string' },
    time: { fn: 'text', ts: 'string' },
    uuid: { fn: 'text', ts: 'string' },
    json: { fn: 'text', ts: 'json', config: { mode: 'json' } },
    bytes: { fn: 'blob', ts: 'buffer', config: { mode: 'buffer' } },
    enum: { fn: 'text', ts: 'string', enumValues: 'config' },
    unknown: { fn: 'text', ts: 'string' },
  },
  autoincrement: { kind: 'primary-key' },
  now: 'sql',
  uuidDefault: 'randomUUID',
  namedPrimaryKey: true,
};

/** The Drizzle dialects, one per SQL dialect (providers without one use PostgreSQL's, as schema.sql does). */
export const DRIZZLE_DIALECTS: Readonly<Record<SqlDialect, DrizzleDialect>> = { postgresql: PG, mysql: MYSQL, sqlite: SQLITE };

/**
 * Every name the schema file may import or declare besides tables, enums and relations: table variables
 * never take these.
 */
export const DRIZZLE_RESERVED_NAMES: readonly string[] = [
  'relations', 'sql', 'randomUUID', 'customType', 'primaryKey', 'foreignKey', 'index', 'uniqueIndex', 'unique',
  'pgTable', 'mysqlTable', 'sqliteTable', 'pgEnum', 'mysqlEnum', 'AnyPgColumn', 'AnyMySqlColumn', 'AnySQLiteColumn',
  'varchar', 'text', 'integer', 'int', 'bigint', 'numeric', 'decimal', 'doublePrecision', 'double', 'real', 'boolean',
  'date', 'datetime', 'timestamp', 'time', 'uuid', 'char', 'json', 'jsonb', 'bytea', 'longblob', 'blob', 'serial',
  'bigserial',
];
