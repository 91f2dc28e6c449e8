import type { Column, Enum, Relation, Schema, Table } from '@schemawright/ir';

/**
 * Lookups by name over one schema, built on first use and kept per schema object. The emitters ask "which
 * table is this", "which relations leave or touch it" for every table, column and relation; a scan of the
 * whole schema per question made them quadratic in the number of tables. The IR is immutable, so an index
 * never goes stale. Every answer is the one a scan in schema order gives (the first of a name).
 */
interface SchemaLookup {
  readonly tables: ReadonlyMap<string, Table>;
  readonly enums: ReadonlyMap<string, Enum>;
  readonly from: ReadonlyMap<string, readonly Relation[]>;
  readonly to: ReadonlyMap<string, readonly Relation[]>;
  readonly touching: ReadonlyMap<string, readonly Relation[]>;
}

const lookups = new WeakMap<Schema, SchemaLookup>();
const columnOwners = new WeakMap<Schema, ReadonlyMap<Column, Table>>();
const columnLookups = new WeakMap<Table, ReadonlyMap<string, Column>>();
const NONE: readonly Relation[] = [];

function lookupOf(schema: Schema): SchemaLookup {
  const known = lookups.get(schema);
  if (known) return known;
  const from = new Map<string, Relation[]>();
  const to = new Map<string, Relation[]>();
  const touching = new Map<string, Relation[]>();
  for (const r of schema.relations) {
    add(from, r.from.table, r);
    add(to, r.to.table, r);
    add(touching, r.from.table, r);
    if (r.to.table !== r.from.table) add(touching, r.to.table, r);
  }
  const lookup = { tables: firstByName(schema.tables), enums: firstByName(schema.enums), from, to, touching };
  lookups.set(schema, lookup);
  return lookup;
}

/** The table of this name (the first, as `find` gives it). */
export function tableNamed(schema: Schema, name: string): Table | undefined {
  return lookupOf(schema).tables.get(name);
}

/** The enum of this name (the first, as `find` gives it). */
export function enumNamed(schema: Schema, name: string): Enum | undefined {
  return lookupOf(schema).enums.get(name);
}

/** The relations whose foreign key sits in `table`, in canonical relation order. */
export function relationsFrom(schema: Schema, table: string): readonly Relation[] {
  return lookupOf(schema).from.get(table) ?? NONE;
}

/** The relations referencing `table`, in canonical relation order. */
export function relationsTo(schema: Schema, table: string): readonly Relation[] {
  return lookupOf(schema).to.get(table) ?? NONE;
}

/** The relations with either end at `table`, each once, in canonical relation order. */
export function relationsTouching(schema: Schema, table: string): readonly Relation[] {
  return lookupOf(schema).touching.get(table) ?? NONE;
}

/** The table holding this column object (the first, as a scan for it gives it). */
export function tableOfColumn(schema: Schema, column: Column): Table | undefined {
  let owners = columnOwners.get(schema);
  if (!owners) {
    const byColumn = new Map<Column, Table>();
    for (const t of schema.tables) for (const c of t.columns) if (!byColumn.has(c)) byColumn.set(c, t);
    columnOwners.set(schema, (owners = byColumn));
  }
  return owners.get(column);
}

/** The column of this name in `table` (the first, as `find` gives it). */
export function columnNamed(table: Table, name: string): Column | undefined {
  let byName = columnLookups.get(table);
  if (!byName) columnLookups.set(table, (byName = firstByName(table.columns)));
  return byName.get(name);
}

function firstByName<T extends { readonly name: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(item.name)) out.set(item.name, item);
  return out;
}

function add(map: Map<string, Relation[]>, key: string, r: Relation): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}
