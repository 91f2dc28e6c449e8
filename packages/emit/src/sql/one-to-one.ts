import type { Schema, Table } from '@schemawright/ir';
import { tableNamed } from './schema-lookup.js';

/**
 * Foreign keys of one-to-one relations (from.cardinality 'one') that nothing makes unique yet, by table.
 * Prisma requires the key of a 1-1 to be unique, and a unique key is what makes it 1-1 in SQL too, so both
 * emitters add these as unique constraints.
 */
export function oneToOneKeysOf(schema: Schema): ReadonlyMap<string, readonly (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>();
  for (const r of schema.relations) {
    if (r.from.cardinality !== 'one') continue;
    const t = tableNamed(schema, r.from.table);
    if (!t) continue;
    const added = out.get(t.name);
    if (isUniqueKey(t, r.from.columns) || added?.some((k) => sameSet(k, r.from.columns))) continue;
    if (added) added.push(r.from.columns);
    else out.set(t.name, [r.from.columns]);
  }
  return out;
}

/** True when the columns (as a set) are the primary key, a unique column, a composite unique or a unique index. */
export function isUniqueKey(t: Table, columns: readonly string[]): boolean {
  if (sameSet(t.primaryKey, columns)) return true;
  if (columns.length === 1 && t.columns.some((c) => c.name === columns[0] && c.unique)) return true;
  return t.uniques.some((u) => sameSet(u, columns)) || t.indexes.some((i) => i.unique && sameSet(i.columns, columns));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
