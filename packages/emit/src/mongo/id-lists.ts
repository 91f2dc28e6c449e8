import type { Relation, Schema, Table } from '@schemawright/ir';
import { isBookkeepingTimestamp } from './bookkeeping.js';
import { surrogateIdOf } from './object-ids.js';

/** A junction printed as two lists of ObjectIds, one on each side, instead of a collection. */
export interface IdListJunction {
  readonly table: Table;
  /** The junction's two relations, in schema order; each side's list holds the other side's ids. */
  readonly ends: readonly [Relation, Relation];
  /** Every column of the junction (none survives: the two keys become the lists). */
  readonly dropped: readonly string[];
}

/**
 * Junctions that become Prisma's MongoDB many-to-many form (`tagIds String[] @db.ObjectId` + `tags Tag[]
 * @relation(fields: [tagIds], references: [id])` on both sides), by table name. Only a pure link qualifies:
 * - role `join`, exactly two relations it holds, each a single required key, and nothing references it;
 * - each key points at its target's ObjectId `_id` (the only thing an id list can hold);
 * - no column besides the two keys, a surrogate id and bookkeeping timestamps: anything else is data about
 *   the link (a grade, a quantity) with nowhere to live in an id list, so that junction stays a collection.
 */
export function idListJunctionsOf(schema: Schema): ReadonlyMap<string, IdListJunction> {
  const out = new Map<string, IdListJunction>();
  for (const t of schema.tables) {
    const ends = pureLinkEnds(schema, t);
    if (ends !== undefined) out.set(t.name, { table: t, ends, dropped: t.columns.map((c) => c.name) });
  }
  return out;
}

function pureLinkEnds(schema: Schema, t: Table): [Relation, Relation] | undefined {
  if (t.role !== 'join' || schema.relations.some((r) => r.to.table === t.name)) return undefined;
  const held = schema.relations.filter((r) => r.from.table === t.name);
  if (held.length !== 2) return undefined;
  const [a, b] = held as [Relation, Relation];
  const keys = [a.from.columns[0]!, b.from.columns[0]!];
  if (a.from.columns.length !== 1 || b.from.columns.length !== 1 || keys[0] === keys[1]) return undefined;
  for (const r of held) {
    const target = schema.tables.find((x) => x.name === r.to.table);
    const id = target === undefined ? undefined : surrogateIdOf(schema, target);
    if (id === undefined || r.to.columns.length !== 1 || r.to.columns[0] !== id.name) return undefined;
    if (t.columns.find((c) => c.name === r.from.columns[0])?.nullable !== false) return undefined;
  }
  const surrogate = surrogateIdOf(schema, t);
  const extra = t.columns.filter((c) => !keys.includes(c.name) && c !== surrogate && !isBookkeepingTimestamp(c));
  return extra.length === 0 ? [a, b] : undefined;
}
