import type { Table } from '@schemawright/ir';
import { primaryKeyNameOf } from '../sql/constraint-names.js';
import { docLine, tsString } from '../typeorm/typescript-source.js';
import { columnLine, drizzleAction, type Uses } from './print-column.js';
import type { DrizzlePlan } from './plan.js';

/**
 * `export const users = pgTable('users', { … }, (t) => [ … ]);` The extra-config callback holds what spans
 * several columns, in a fixed order: composite primary key, composite foreign keys, composite uniques (and
 * one-to-one keys), then declared indexes, each with schema.sql's constraint name.
 */
export function printTable(plan: DrizzlePlan, t: Table, uses: Uses): string[] {
  const variable = plan.tables.get(t.name)!;
  const fields = plan.names.fields.get(t.name)!;
  const keys = plan.sql.keys.get(t.name) ?? [];
  const ref = (column: string) => `t.${fields.get(column) ?? column}`;
  const extras: string[] = [];
  if (t.primaryKey.length > 1) {
    const name = plan.dialect.namedPrimaryKey ? `name: ${tsString(primaryKeyNameOf(t, plan.sql.provider))}, ` : '';
    extras.push(`${uses.core('primaryKey')}({ ${name}columns: [${t.primaryKey.map(ref).join(', ')}] })`);
  }
  for (const r of plan.schema.relations) {
    if (r.from.table !== t.name || r.from.columns.length < 2) continue;
    const target = plan.tables.get(r.to.table)!;
    const targetFields = plan.names.fields.get(r.to.table);
    const foreign = r.to.columns.map((c) => `${target}.${targetFields?.get(c) ?? c}`).join(', ');
    const actions = plan.sql.actions.get(r.name) ?? { onDelete: r.onDelete, onUpdate: 'cascade' as const };
    extras.push(
      `${uses.core('foreignKey')}({ name: ${tsString(r.name)}, columns: [${r.from.columns.map(ref).join(', ')}], foreignColumns: [${foreign}] })` +
        `.onDelete('${drizzleAction(actions.onDelete)}').onUpdate('${drizzleAction(actions.onUpdate)}')`,
    );
  }
  for (const k of keys) {
    const on = `on(${k.columns.map(ref).join(', ')})`;
    if (k.source === 'composite' || k.source === 'one-to-one') extras.push(`${uses.core('unique')}(${tsString(k.name)}).${on}`);
    else if (k.source === 'index') extras.push(`${uses.core(k.unique ? 'uniqueIndex' : 'index')}(${tsString(k.name)}).${on}`);
  }
  const columns = t.columns.map((c) => `  ${columnLine(plan, t, c, keys, uses)}`);
  const open = `export const ${variable} = ${uses.core(plan.dialect.table)}(${tsString(t.name)}, {`;
  const close = extras.length === 0 ? '});' : ['}, (t) => [', ...extras.map((e) => `  ${e},`), ']);'].join('\n');
  return [...docLine(t.purpose), open, ...columns, close];
}
