import { databaseChoice, type Column, type DatabaseProvider, type Schema, type Table } from '@schemawright/ir';
import { effectiveDefaultOf, type DefaultDecision } from '../prisma/defaults.js';
import { prismaTypeOf, typeKeyOf } from '../prisma/scalar-types.js';
import { DIALECTS, sqlString, type Dialect } from './dialect.js';
import { oneToOneKeysOf } from './one-to-one.js';
import { foreignKeyActionsOf, type ForeignKeyActions } from './referential-actions.js';
import { fillSqlType, SQL_TYPES, type SqlDialect } from './sql-types.js';
import { enumNamed, tableOfColumn } from './schema-lookup.js';
import { keyColumnsOf, tableKeysOf, type TableKey } from './table-keys.js';

/** The decisions the DDL is written from: the same ones the Prisma emitter makes for this dialect's provider. */
export interface SqlPlan {
  readonly schema: Schema;
  readonly dialect: Dialect;
  readonly provider: DatabaseProvider;
  readonly actions: ReadonlyMap<string, ForeignKeyActions>;
  readonly keys: ReadonlyMap<string, readonly TableKey[]>;
  /** Table name → columns in a key or index. */
  readonly keyColumns: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Plans the DDL of `schema` in `dialect`, deciding as if the schema's provider were that dialect. */
export function planSql(schema: Schema, dialect: SqlDialect): SqlPlan {
  const provider: DatabaseProvider = dialect;
  const decided: Schema = { ...schema, database: databaseChoice({ ...schema.database, provider }) };
  const oneToOne = oneToOneKeysOf(decided);
  return {
    schema: decided,
    dialect: DIALECTS[dialect],
    provider,
    actions: foreignKeyActionsOf(decided).value,
    keys: new Map(decided.tables.map((t) => [t.name, tableKeysOf(t, provider, oneToOne.get(t.name) ?? [])])),
    keyColumns: new Map(decided.tables.map((t) => [t.name, keyColumnsOf(decided, t)])),
  };
}

/** The enum values a column accepts, when its type is an enum of the schema. */
export function enumValuesOf(plan: SqlPlan, c: Column): readonly string[] | undefined {
  if (c.type.kind !== 'enum') return undefined;
  const name = c.type.enumName;
  return enumNamed(plan.schema, name)?.values.map((v) => v.name);
}

/** A column's SQL type in the plan's dialect; `table` is the column's table (found in the plan when left out). */
export function sqlTypeOf(plan: SqlPlan, c: Column, table: Table | undefined = tableOfColumn(plan.schema, c)): string {
  const t = c.type;
  const values = enumValuesOf(plan, c);
  const key = t.kind === 'enum' && values === undefined ? 'unknown' : typeKeyOf(t);
  const rule = SQL_TYPES[plan.dialect.name][key];
  const keyed = rule.keyed !== undefined && table !== undefined && plan.keyColumns.get(table.name)?.has(c.name) === true;
  return fillSqlType(keyed ? { sql: rule.keyed! } : rule, {
    maxLength: t.kind === 'string' && t.maxLength !== undefined ? String(t.maxLength) : undefined,
    precision: t.kind === 'decimal' ? String(t.precision) : undefined,
    scale: t.kind === 'decimal' ? String(t.scale) : undefined,
    enum: t.kind === 'enum' ? plan.dialect.id(t.enumName) : undefined,
    values: values?.map(sqlString).join(','),
  });
}

/** The column's default as decided for Prisma (so both agree), through the Prisma type of the column. */
export function defaultOf(plan: SqlPlan, t: Table, c: Column): DefaultDecision {
  const values = enumValuesOf(plan, c);
  const prismaType = prismaTypeOf(c.type, plan.provider, values ? 'enum' : 'String').type;
  return effectiveDefaultOf(t, c, prismaType, plan.provider, values);
}
