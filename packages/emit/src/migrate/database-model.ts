import { assertNever, type Column, type Span, type Schema, type Table } from '@schemawright/ir';
import type { EffectiveDefault } from '../prisma/defaults.js';
import { primaryKeyNameOf } from '../sql/constraint-names.js';
import { sqlAction, sqlString } from '../sql/dialect.js';
import { defaultOf, planSql, sqlTypeOf, type SqlPlan } from '../sql/plan.js';
import type { TableKey } from '../sql/table-keys.js';

/** One column as PostgreSQL stores it: the pieces a migration compares and the text that declares it. */
export interface DbColumn {
  readonly name: string;
  /** SQL type as the DDL writes it (`VARCHAR(200)`, `"task_status"`); SERIAL columns keep INTEGER/BIGINT here. */
  readonly type: string;
  readonly notNull: boolean;
  /** The DEFAULT expression, absent when none (SERIAL's sequence is not a default here). */
  readonly default?: string;
  /** SERIAL or BIGSERIAL: the column owns a sequence. */
  readonly serial: boolean;
  /** Enum type name when the column's type is an enum of the schema. */
  readonly enumName?: string;
  /** `"name" TYPE [NOT NULL] [DEFAULT …]`, as in CREATE TABLE and ADD COLUMN. */
  readonly sql: string;
  readonly origin: Span;
}

/** One table: columns in order, primary key, unique and plain indexes with their database names. */
export interface DbTable {
  readonly name: string;
  readonly columns: readonly DbColumn[];
  readonly primaryKey: readonly string[];
  readonly primaryKeyName: string;
  readonly keys: readonly TableKey[];
  readonly origin: Span;
}

/** A foreign key constraint: its table and the clause after `ADD CONSTRAINT "name"`. */
export interface DbForeignKey {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly target: string;
  readonly targetColumns: readonly string[];
  /** `FOREIGN KEY (…) REFERENCES "t"(…) ON DELETE … ON UPDATE …`. */
  readonly clause: string;
  readonly origin: Span;
}

export interface DbEnum {
  readonly name: string;
  readonly values: readonly string[];
  readonly origin: Span;
}

/** What `emitSql(schema, 'postgresql')` creates, as data, in the same order. */
export interface DatabaseModel {
  readonly enums: readonly DbEnum[];
  readonly tables: readonly DbTable[];
  readonly foreignKeys: readonly DbForeignKey[];
}

/** A double-quoted PostgreSQL identifier. */
export function pgId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The PostgreSQL objects of `schema`, decided exactly as the DDL emitter decides them (same plan: types,
 * defaults, key names, referential actions), so comparing two models compares two DDL scripts.
 */
export function databaseModelOf(schema: Schema): DatabaseModel {
  const plan = planSql(schema, 'postgresql');
  return {
    enums: plan.schema.enums.map((e) => ({ name: e.name, values: e.values.map((v) => v.name), origin: e.origin })),
    tables: plan.schema.tables.map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => columnOf(plan, t, c)),
      primaryKey: t.primaryKey,
      primaryKeyName: primaryKeyNameOf(t, plan.provider),
      keys: plan.keys.get(t.name) ?? [],
      origin: t.origin,
    })),
    foreignKeys: plan.schema.relations.map((r) => {
      const actions = plan.actions.get(r.name) ?? { onDelete: r.onDelete, onUpdate: 'cascade' };
      const onUpdate = actions.onUpdate === 'cascade' ? 'CASCADE' : 'NO ACTION';
      const clause = `FOREIGN KEY (${r.from.columns.map(pgId).join(', ')}) REFERENCES ${pgId(r.to.table)}(${r.to.columns.map(pgId).join(', ')}) ON DELETE ${sqlAction(actions.onDelete)} ON UPDATE ${onUpdate}`;
      return { name: r.name, table: r.from.table, columns: r.from.columns, target: r.to.table, targetColumns: r.to.columns, clause, origin: r.origin };
    }),
  };
}

function columnOf(plan: SqlPlan, t: Table, c: Column): DbColumn {
  const type = sqlTypeOf(plan, c, t);
  const notNull = !c.nullable || t.primaryKey.includes(c.name);
  const value = defaultOf(plan, t, c).value;
  const serial = value !== undefined && (value.kind === 'autoincrement' || value.kind === 'sequence');
  const literal = value && !serial ? defaultSql(value) : undefined;
  const declared = serial ? (type === 'BIGINT' ? 'BIGSERIAL' : 'SERIAL') : type;
  const sql = [pgId(c.name), declared, ...(notNull ? ['NOT NULL'] : []), ...(literal === undefined ? [] : [`DEFAULT ${literal}`])].join(' ');
  const enumName = c.type.kind === 'enum' ? enumNameOf(plan, c.type.enumName) : undefined;
  return { name: c.name, type, notNull, ...(literal === undefined ? {} : { default: literal }), serial, ...(enumName === undefined ? {} : { enumName }), sql, origin: c.origin };
}

function enumNameOf(plan: SqlPlan, name: string): string | undefined {
  return plan.schema.enums.some((e) => e.name === name) ? name : undefined;
}

/** The DEFAULT expression PostgreSQL gets for a decided default (uuid() is filled by Prisma Client, not the database). */
function defaultSql(value: EffectiveDefault): string | undefined {
  switch (value.kind) {
    case 'now': return 'CURRENT_TIMESTAMP';
    case 'uuid': case 'autoincrement': case 'sequence': return undefined;
    case 'text': case 'enum': return sqlString(value.value);
    case 'number': return String(value.value);
    case 'boolean': return value.value ? 'true' : 'false';
    default: return assertNever(value, 'default');
  }
}
