import type { Column, Enum, Relation, Schema, Table } from '@schemawright/ir';

/**
 * Lookups by name over one schema, built once per schema object: the seed asks "which table is this",
 * "which relations leave or reach it" for every table and row, and a scan of the whole schema per question
 * made the job quadratic in the number of tables. The schema is immutable, so the index never goes stale.
 */
export interface SchemaIndex {
  /** Tables by name (the first of a name, as a scan would find it). */
  readonly tables: ReadonlyMap<string, Table>;
  /** Enums by name (the first of a name). */
  readonly enums: ReadonlyMap<string, Enum>;
  /** Relations by the table holding the foreign key, in canonical relation order. */
  readonly relationsFrom: ReadonlyMap<string, readonly Relation[]>;
  /** Relations by referenced table, in canonical relation order. */
  readonly relationsTo: ReadonlyMap<string, readonly Relation[]>;
}

const indexes = new WeakMap<Schema, SchemaIndex>();
const columnIndexes = new WeakMap<Table, ReadonlyMap<string, Column>>();

/** The index of `schema`, built on first use. */
export function schemaIndex(schema: Schema): SchemaIndex {
  const known = indexes.get(schema);
  if (known) return known;
  const index: SchemaIndex = {
    tables: firstByName(schema.tables),
    enums: firstByName(schema.enums),
    relationsFrom: groupBy(schema.relations, (r) => r.from.table),
    relationsTo: groupBy(schema.relations, (r) => r.to.table),
  };
  indexes.set(schema, index);
  return index;
}

/** The columns of `table` by name (the first of a name), built on first use. */
export function columnIndex(table: Table): ReadonlyMap<string, Column> {
  const known = columnIndexes.get(table);
  if (known) return known;
  const index = firstByName(table.columns);
  columnIndexes.set(table, index);
  return index;
}

function firstByName<T extends { readonly name: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(item.name)) out.set(item.name, item);
  return out;
}

function groupBy(relations: readonly Relation[], keyOf: (r: Relation) => string): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  for (const r of relations) {
    const list = out.get(keyOf(r));
    if (list) list.push(r);
    else out.set(keyOf(r), [r]);
  }
  return out;
}
