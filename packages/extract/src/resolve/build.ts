import { column, table, type Column, type Table } from '@schemawright/ir';
import type { ColumnDraft, TableDraft } from './drafts.js';

/** A finished column: the factory fixes the key order. Untyped drafts cannot reach here (rule 4 types all). */
export function buildColumn(c: ColumnDraft): Column {
  return column({
    name: c.name,
    label: c.label,
    type: c.type ?? { kind: 'unknown', raw: '' },
    nullable: c.nullable && !c.primaryKey,
    unique: c.unique,
    autoUpdate: c.autoUpdate,
    ...(c.default !== undefined ? { default: c.default } : {}),
    ...(c.description !== undefined ? { description: c.description } : {}),
    origin: c.origin,
    rule: c.rule,
    confidence: c.confidence,
  });
}

/** A finished table. */
export function buildTable(t: TableDraft): Table {
  return table({
    name: t.name,
    label: t.label,
    ...(t.purpose !== undefined ? { purpose: t.purpose } : {}),
    role: t.role,
    columns: t.columns.map(buildColumn),
    primaryKey: t.primaryKey,
    uniques: t.uniques,
    indexes: t.indexes,
    origin: t.origin,
    rule: t.rule,
    confidence: t.confidence,
  });
}
