import type { Relation, Schema, Table } from '@schemawright/ir';
import { relationsFrom } from '../sql/schema-lookup.js';

/** A junction table with nothing of its own: the two relations it lowers a many-to-many into. */
export interface PureJunction {
  readonly table: Table;
  readonly left: Relation;
  readonly right: Relation;
}

/**
 * Junction tables (`role: 'join'`) whose every column is a key of one of exactly two relations: Mermaid can
 * draw them as one `}o--o{` line. A junction with its own columns (`enrolled_at`, `grade`) stays an entity.
 */
export function pureJunctions(schema: Schema): ReadonlyMap<string, PureJunction> {
  const out = new Map<string, PureJunction>();
  for (const t of schema.tables) {
    if (t.role !== 'join') continue;
    const rels = relationsFrom(schema, t.name);
    if (rels.length !== 2) continue;
    const keyColumns = new Set(rels.flatMap((r) => r.from.columns));
    if (t.columns.every((c) => keyColumns.has(c.name))) out.set(t.name, { table: t, left: rels[0]!, right: rels[1]! });
  }
  return out;
}
