import { compareStrings } from './names.js';
import type { Enum, Index, Relation, Schema, Table } from './types.js';

/**
 * The one place that sorts. Tables, enums and relations by name; indexes by name; composite uniques by
 * their column lists. Column order is meaningful (primary key first, then the documents' order) and is
 * kept as resolve left it. Emitters never sort: they walk the schema in this order.
 */
export function canonicalSchema(s: Schema): Schema {
  return {
    ...s,
    tables: [...s.tables].map(canonicalTable).sort((a, b) => compareStrings(a.name, b.name)),
    relations: [...s.relations].sort(compareRelations),
    enums: [...s.enums].map(canonicalEnum).sort((a, b) => compareStrings(a.name, b.name)),
  };
}

function canonicalTable(t: Table): Table {
  return {
    ...t,
    uniques: [...t.uniques].sort((a, b) => compareStrings(a.join(','), b.join(','))),
    indexes: [...t.indexes].sort((a: Index, b: Index) => compareStrings(a.name, b.name)),
  };
}

function canonicalEnum(e: Enum): Enum {
  // enum values keep the documents' order: it is often meaningful (draft → published → archived)
  return e;
}

/** Relations by the table holding the key, then its columns, then the target. */
export function compareRelations(a: Relation, b: Relation): number {
  return (
    compareStrings(a.from.table, b.from.table) ||
    compareStrings(a.from.columns.join(','), b.from.columns.join(',')) ||
    compareStrings(a.to.table, b.to.table) ||
    compareStrings(a.name, b.name)
  );
}

/** The schema as a stable JSON text (`ir.json`). */
export function schemaToJson(s: Schema): string {
  return JSON.stringify(s, null, 2) + '\n';
}
