import type { Column, Relation, Schema, Table } from '@schemawright/ir';
import { columnIndex, schemaIndex } from './schema-index.js';

/** A foreign key seen from the table that holds it. */
export interface ForeignKey {
  readonly relation: Relation;
  readonly table: string;
  readonly columns: readonly string[];
  readonly target: string;
  readonly targetColumns: readonly string[];
  /** Every key column is NOT NULL. */
  readonly required: boolean;
  /** At most one child row per parent row (1-1, unique or primary key on exactly these columns). */
  readonly unique: boolean;
  readonly self: boolean;
}

/** Looks a table up by name; the schema has been validated, so a miss is a bug. */
export function tableOf(schema: Schema, name: string): Table {
  const t = schemaIndex(schema).tables.get(name);
  if (!t) throw new Error(`seed: unknown table ${name}`);
  return t;
}

/** Looks a column up by name. */
export function columnOf(table: Table, name: string): Column {
  const c = columnIndex(table).get(name);
  if (!c) throw new Error(`seed: unknown column ${table.name}.${name}`);
  return c;
}

/** Every unique key of a table: primary key, single-column uniques, composite uniques. */
export function uniqueKeys(table: Table): readonly (readonly string[])[] {
  return [table.primaryKey, ...table.columns.filter((c) => c.unique).map((c) => [c.name]), ...table.uniques].filter((k) => k.length > 0);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** The foreign keys a table holds, in the schema's canonical relation order. */
export function foreignKeysOf(schema: Schema, table: Table): ForeignKey[] {
  const keys = uniqueKeys(table);
  return (schemaIndex(schema).relationsFrom.get(table.name) ?? [])
    .map((r) => ({
      relation: r,
      table: table.name,
      columns: r.from.columns,
      target: r.to.table,
      targetColumns: r.to.columns,
      required: r.from.columns.every((c) => !columnOf(table, c).nullable),
      unique: r.from.cardinality === 'one' || keys.some((k) => sameSet(k, r.from.columns)),
      self: r.to.table === table.name,
    }));
}

/** Every foreign key of the schema, keyed by relation name. */
export function allForeignKeys(schema: Schema): Map<string, ForeignKey> {
  const out = new Map<string, ForeignKey>();
  for (const t of schema.tables) for (const fk of foreignKeysOf(schema, t)) out.set(fk.relation.name, fk);
  return out;
}

/**
 * Groups of foreign keys whose combined columns form a unique key (a join table's pair, or a composite
 * unique over two references): their values are drawn together as unique tuples. A join table's first two
 * references always form one, declared or not, because an M-N pair is never stored twice.
 */
export function uniqueTupleOf(table: Table, fks: readonly ForeignKey[]): readonly ForeignKey[] | undefined {
  const multi = fks.filter((f) => !f.self && !f.unique);
  for (const key of uniqueKeys(table)) {
    const parts = multi.filter((f) => f.columns.every((c) => key.includes(c)));
    if (parts.length >= 2 && sameSet(key, parts.flatMap((f) => f.columns))) return parts;
  }
  if (table.role === 'join' && multi.length >= 2) return multi.slice(0, 2);
  return undefined;
}
