import { assertNever, type Column, type Relation, type Schema, type Table } from '@schemawright/ir';
import type { EffectiveDefault } from '../prisma/defaults.js';
import { hasPrimaryKeyConstraint, primaryKeyNameOf } from './constraint-names.js';
import { sqlAction, sqlString } from './dialect.js';
import { defaultOf, enumValuesOf, planSql, sqlTypeOf, type SqlPlan } from './plan.js';
import { relationsFrom } from './schema-lookup.js';
import type { SqlDialect } from './sql-types.js';

const INDENT = '    ';

/**
 * The DDL creating `schema` in `dialect`, in a fixed order: enum types; tables with columns, primary key and
 * checks (SQLite: and foreign keys); indexes and unique indexes; foreign keys by ALTER TABLE, so cycles work.
 * Names follow Prisma's conventions (`_pkey`, `_key`, `_idx`, `_fkey`) and uniques are unique indexes as in
 * Prisma's migrations, so PostgreSQL ends up with the same catalog as Prisma's own migration of `emitPrisma`.
 */
export function emitSql(schema: Schema, dialect: SqlDialect): string {
  // schema.sql and the initial migration are the same DDL of the same schema: write it once
  let byDialect = emitted.get(schema);
  if (!byDialect) emitted.set(schema, (byDialect = new Map()));
  let sql = byDialect.get(dialect);
  if (sql === undefined) byDialect.set(dialect, (sql = createAll(schema, dialect)));
  return sql;
}

const emitted = new WeakMap<Schema, Map<SqlDialect, string>>();

function createAll(schema: Schema, dialect: SqlDialect): string {
  const plan = planSql(schema, dialect);
  const d = plan.dialect;
  const statements: string[] = [];
  if (d.enumTypes) {
    for (const e of plan.schema.enums) statements.push(`-- CreateEnum\nCREATE TYPE ${d.id(e.name)} AS ENUM (${e.values.map((v) => sqlString(v.name)).join(', ')});`);
  }
  for (const t of plan.schema.tables) statements.push(`-- CreateTable\n${createTable(plan, t)}`);
  for (const t of plan.schema.tables) {
    for (const k of plan.keys.get(t.name) ?? []) {
      statements.push(`-- CreateIndex\nCREATE ${k.unique ? 'UNIQUE ' : ''}INDEX ${d.id(k.name)} ON ${d.id(t.name)}(${k.columns.map(d.id).join(', ')});`);
    }
  }
  if (!d.inlineForeignKeys) {
    for (const r of plan.schema.relations) statements.push(`-- AddForeignKey\nALTER TABLE ${d.id(r.from.table)} ADD ${foreignKey(plan, r)};`);
  }
  return statements.length === 0 ? '-- empty schema: nothing to create\n' : statements.join('\n\n') + '\n';
}

function createTable(plan: SqlPlan, t: Table): string {
  const d = plan.dialect;
  const lines: string[] = [];
  let rowidKey = false;
  for (const c of t.columns) {
    const def = columnDefinition(plan, t, c);
    rowidKey ||= def.rowidKey;
    lines.push(def.sql);
  }
  if (!rowidKey && hasPrimaryKeyConstraint(t, plan.provider)) {
    const columns = t.primaryKey.map(d.id).join(', ');
    lines.push(d.name === 'mysql' ? `PRIMARY KEY (${columns})` : `CONSTRAINT ${d.id(primaryKeyNameOf(t, plan.provider))} PRIMARY KEY (${columns})`);
  }
  if (d.enumChecks) {
    for (const c of t.columns) {
      const values = enumValuesOf(plan, c);
      if (values) lines.push(`CONSTRAINT ${d.id(`${t.name}_${c.name}_check`)} CHECK (${d.id(c.name)} IN (${values.map(sqlString).join(', ')}))`);
    }
  }
  if (d.inlineForeignKeys) for (const r of relationsFrom(plan.schema, t.name)) lines.push(foreignKey(plan, r));
  return `CREATE TABLE ${d.id(t.name)} (\n${lines.map((l) => INDENT + l).join(',\n')}\n)${d.tableSuffix};`;
}

/** One column: name, type, NOT NULL, default; `rowidKey` when SQLite's INTEGER PRIMARY KEY AUTOINCREMENT stands in for the key. */
function columnDefinition(plan: SqlPlan, t: Table, c: Column): { sql: string; rowidKey: boolean } {
  const d = plan.dialect;
  let type = sqlTypeOf(plan, c, t);
  const required = !c.nullable || t.primaryKey.includes(c.name);
  const value = defaultOf(plan, t, c).value;
  const serial = value !== undefined && (value.kind === 'autoincrement' || value.kind === 'sequence');
  if (serial && d.autoincrement === 'rowid') return { sql: `${d.id(c.name)} INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT`, rowidKey: true };
  if (serial && d.autoincrement === 'serial') type = type === 'BIGINT' ? 'BIGSERIAL' : 'SERIAL';
  const parts = [d.id(c.name), type];
  if (required) parts.push('NOT NULL');
  if (serial && d.autoincrement === 'auto-increment') parts.push('AUTO_INCREMENT');
  const literal = value && !serial ? defaultSql(plan, value, type) : undefined;
  if (literal !== undefined) parts.push(`DEFAULT ${literal}`);
  return { sql: parts.join(' '), rowidKey: false };
}

function defaultSql(plan: SqlPlan, value: EffectiveDefault, type: string): string | undefined {
  switch (value.kind) {
    case 'now': return plan.dialect.now(type);
    case 'uuid': case 'autoincrement': case 'sequence': return undefined; // uuid() is set by Prisma Client, as in Prisma's migrations
    case 'text': return plan.dialect.textDefault(sqlString(value.value), type);
    case 'number': return String(value.value);
    case 'boolean': return value.value ? 'true' : 'false';
    case 'enum': return sqlString(value.value);
    default: return assertNever(value, 'default');
  }
}

function foreignKey(plan: SqlPlan, r: Relation): string {
  const d = plan.dialect;
  const actions = plan.actions.get(r.name) ?? { onDelete: r.onDelete, onUpdate: 'cascade' };
  const onUpdate = actions.onUpdate === 'cascade' ? 'CASCADE' : 'NO ACTION';
  const space = d.inlineForeignKeys ? ' ' : '';
  return `CONSTRAINT ${d.id(r.name)} FOREIGN KEY (${r.from.columns.map(d.id).join(', ')}) REFERENCES ${d.id(r.to.table)}${space}(${r.to.columns.map(d.id).join(', ')}) ON DELETE ${sqlAction(actions.onDelete)} ON UPDATE ${onUpdate}`;
}
