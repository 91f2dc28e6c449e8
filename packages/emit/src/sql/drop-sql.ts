import type { Schema } from '@schemawright/ir';
import { planSql } from './plan.js';
import type { SqlDialect } from './sql-types.js';

/**
 * The DDL dropping everything `emitSql` creates, in reverse order: foreign keys, indexes, tables, enum types,
 * each list walked backwards.
 */
export function emitDropSql(schema: Schema, dialect: SqlDialect): string {
  const plan = planSql(schema, dialect);
  const d = plan.dialect;
  const statements: string[] = [];
  if (d.dropPrologue.length > 0) statements.push(`-- DisableForeignKeys\n${d.dropPrologue.join('\n')}`);
  const dropForeignKey = d.dropForeignKey;
  if (dropForeignKey && !d.inlineForeignKeys) {
    for (const r of [...plan.schema.relations].reverse()) statements.push(`-- DropForeignKey\n${dropForeignKey(r.name, r.from.table)}`);
  }
  for (const t of [...plan.schema.tables].reverse()) {
    for (const k of [...(plan.keys.get(t.name) ?? [])].reverse()) statements.push(`-- DropIndex\n${d.dropIndex(k.name, t.name)}`);
  }
  for (const t of [...plan.schema.tables].reverse()) statements.push(`-- DropTable\nDROP TABLE ${d.id(t.name)};`);
  if (d.enumTypes) for (const e of [...plan.schema.enums].reverse()) statements.push(`-- DropEnum\nDROP TYPE ${d.id(e.name)};`);
  if (d.dropEpilogue.length > 0) statements.push(`-- EnableForeignKeys\n${d.dropEpilogue.join('\n')}`);
  return plan.schema.tables.length === 0 ? '-- empty schema: nothing to drop\n' : statements.join('\n\n') + '\n';
}
