import type { Column, Relation, Schema, Table } from '@schemawright/ir';
import { isBookkeepingTimestamp } from './bookkeeping.js';
import { surrogateIdOf } from './object-ids.js';
import { isUnboundedChild } from './unbounded.js';

/** A table printed as a composite type inside its parent's documents. */
export interface Embedding {
  readonly table: Table;
  readonly parent: string;
  /** The child → parent relation the embedding replaces. */
  readonly relation: Relation;
  /** Many children per parent (`Step[]`), else one (`Profile` or `Profile?`). */
  readonly list: boolean;
  /** A one-to-one child every parent has: the field is required. */
  readonly required: boolean;
  /** The columns the type keeps, in table order. */
  readonly columns: readonly Column[];
  /** The columns left out (its id, the parent key, bookkeeping timestamps), in table order. */
  readonly dropped: readonly string[];
}

/**
 * Tables that become embedded types, by table name. A table is owned data, read and written with its parent,
 * when all of these hold:
 * - it is an entity (junctions link two owners, so neither can hold it) whose only relation is one it holds,
 *   with a required key, to another table: one owner, always present;
 * - nothing references it: an embedded document has no `_id` of its own to point at;
 * - its identity lives inside the parent: the primary key is a surrogate or contains the parent key, and so
 *   does every unique constraint (a globally unique value is looked up on its own, so it needs a collection);
 * - its rows do not pile up without bound (`isUnboundedChild`): a document is capped at 16 MB;
 * - something is left to embed once its id, parent key and bookkeeping timestamps are gone (Prisma refuses
 *   an empty type).
 */
export function embeddingsOf(schema: Schema): ReadonlyMap<string, Embedding> {
  const out = new Map<string, Embedding>();
  for (const t of schema.tables) {
    const e = embeddingOf(schema, t);
    if (e !== undefined) out.set(t.name, e);
  }
  return out;
}

function embeddingOf(schema: Schema, t: Table): Embedding | undefined {
  if (t.role !== 'entity') return undefined;
  const held = schema.relations.filter((r) => r.from.table === t.name);
  if (held.length !== 1 || schema.relations.some((r) => r.to.table === t.name)) return undefined;
  const relation = held[0]!;
  const parentKey = relation.from.columns;
  const required = parentKey.every((k) => t.columns.find((c) => c.name === k)?.nullable === false);
  if (!required || relation.to.table === t.name) return undefined;
  const list = relation.from.cardinality === 'many';
  if (list && isUnboundedChild(t)) return undefined;
  const surrogate = surrogateIdOf(schema, t);
  const withinParent = (cols: readonly string[]) => parentKey.every((k) => cols.includes(k));
  if (surrogate === undefined && !withinParent(t.primaryKey)) return undefined;
  const uniques = [...t.columns.filter((c) => c.unique).map((c) => [c.name]), ...t.uniques, ...t.indexes.filter((i) => i.unique).map((i) => i.columns)];
  if (!uniques.every(withinParent)) return undefined;
  const drop = (c: Column) => c === surrogate || parentKey.includes(c.name) || isBookkeepingTimestamp(c);
  const columns = t.columns.filter((c) => !drop(c));
  if (columns.length === 0) return undefined;
  return {
    table: t,
    parent: relation.to.table,
    relation,
    list,
    required: !list && !relation.from.optional,
    columns,
    dropped: t.columns.filter(drop).map((c) => c.name),
  };
}
