import type { TypeKey } from '../prisma/scalar-types.js';
import type { SqlDialect } from '../sql/sql-types.js';

/** The TypeScript type of an entity property: a plain type, or the column's enum. */
export type TypeOrmTsType = 'string' | 'number' | 'boolean' | 'Date' | 'Buffer' | 'unknown' | 'enum';

/**
 * How one IR type maps to a TypeORM column in one dialect. `type` is the TypeORM column type; `options` are
 * extra column options whose `{maxLength}`, `{precision}`, `{scale}` placeholders are filled from the IR type;
 * `otherwise` is used when a placeholder has no value; `ts` is the property type the driver hydrates to
 * (TypeORM returns BIGINT and DECIMAL as strings on PostgreSQL and MySQL). `enumName` names the PostgreSQL
 * enum type after the IR enum, so TypeORM and schema.sql create the same type.
 */
export interface TypeOrmTypeRule {
  readonly type: string;
  readonly ts: TypeOrmTsType;
  readonly options?: Readonly<Record<string, string | number>>;
  readonly otherwise?: TypeOrmTypeRule;
  readonly enumName?: boolean;
}

type TypeOrmTypeTable = Readonly<Record<TypeKey, TypeOrmTypeRule>>;

const POSTGRESQL: TypeOrmTypeTable = {
  string: { type: 'varchar', ts: 'string', options: { length: '{maxLength}' }, otherwise: { type: 'text', ts: 'string' } },
  text: { type: 'text', ts: 'string' },
  int32: { type: 'integer', ts: 'number' },
  int64: { type: 'bigint', ts: 'string' },
  decimal: { type: 'decimal', ts: 'string', options: { precision: '{precision}', scale: '{scale}' } },
  float: { type: 'double precision', ts: 'number' },
  boolean: { type: 'boolean', ts: 'boolean' },
  date: { type: 'date', ts: 'string' },
  datetime: { type: 'timestamptz', ts: 'Date' },
  time: { type: 'time', ts: 'string' },
  uuid: { type: 'uuid', ts: 'string' },
  json: { type: 'jsonb', ts: 'unknown' },
  bytes: { type: 'bytea', ts: 'Buffer' },
  enum: { type: 'enum', ts: 'enum', enumName: true },
  unknown: { type: 'text', ts: 'string' },
};

const MYSQL: TypeOrmTypeTable = {
  string: { type: 'varchar', ts: 'string', options: { length: '{maxLength}' }, otherwise: { type: 'varchar', ts: 'string', options: { length: 191 } } },
  text: { type: 'text', ts: 'string' },
  int32: { type: 'int', ts: 'number' },
  int64: { type: 'bigint', ts: 'string' },
  decimal: { type: 'decimal', ts: 'string', options: { precision: '{precision}', scale: '{scale}' } },
  float: { type: 'double', ts: 'number' },
  boolean: { type: 'boolean', ts: 'boolean' },
  date: { type: 'date', ts: 'string' },
  datetime: { type: 'datetime', ts: 'Date', options: { precision: 3 } },
  time: { type: 'time', ts: 'string', options: { precision: 3 } },
  uuid: { type: 'char', ts: 'string', options: { length: 36 } },
  json: { type: 'json', ts: 'unknown' },
  bytes: { type: 'longblob', ts: 'Buffer' },
  enum: { type: 'enum', ts: 'enum' },
  unknown: { type: 'varchar', ts: 'string', options: { length: 191 } },
};

/** SQLite stores affinities; TypeORM checks enums with `simple-enum` (a CHECK constraint, as schema.sql does). */
const SQLITE: TypeOrmTypeTable = {
  string: { type: 'text', ts: 'string' },
  text: { type: 'text', ts: 'string' },
  int32: { type: 'integer', ts: 'number' },
  int64: { type: 'bigint', ts: 'number' },
  decimal: { type: 'decimal', ts: 'number' },
  float: { type: 'real', ts: 'number' },
  boolean: { type: 'boolean', ts: 'boolean' },
  date: { type: 'date', ts: 'string' },
  datetime: { type: 'datetime', ts: 'Date' },
  time: { type: 'time', ts: 'string' },
  uuid: { type: 'text', ts: 'string' },
  json: { type: 'jsonb', ts: 'unknown' },
  bytes: { type: 'blob', ts: 'Buffer' },
  enum: { type: 'simple-enum', ts: 'enum' },
  unknown: { type: 'text', ts: 'string' },
};

/** The TypeORM type tables, one per SQL dialect (providers without one use PostgreSQL's, as schema.sql does). */
export const TYPEORM_TYPES: Readonly<Record<SqlDialect, TypeOrmTypeTable>> = { postgresql: POSTGRESQL, mysql: MYSQL, sqlite: SQLITE };

/** A resolved column type: the TypeORM type, its filled options, and the property's TypeScript type. */
export interface TypeOrmColumnType {
  readonly type: string;
  readonly ts: TypeOrmTsType;
  readonly options: readonly (readonly [string, number])[];
  readonly enumName: boolean;
}

/** Fills `rule` for an IR type's length/precision/scale, falling back to `otherwise` when one is missing. */
export function fillTypeOrmType(rule: TypeOrmTypeRule, values: Readonly<Record<string, number | undefined>>): TypeOrmColumnType {
  const options: (readonly [string, number])[] = [];
  for (const [key, template] of Object.entries(rule.options ?? {})) {
    const value = typeof template === 'number' ? template : values[template.slice(1, -1)];
    if (value === undefined) return rule.otherwise ? fillTypeOrmType(rule.otherwise, values) : { type: rule.type, ts: rule.ts, options: [], enumName: false };
    options.push([key, value]);
  }
  return { type: rule.type, ts: rule.ts, options, enumName: rule.enumName === true };
}

/**
 * The column type of an increment primary key, where the dialect needs a fixed one: SQLite numbers only an
 * `INTEGER PRIMARY KEY` (64-bit), as schema.sql declares it.
 */
export const INCREMENT_KEY_TYPES: Readonly<Partial<Record<SqlDialect, string>>> = { sqlite: 'integer' };
