import type { DatabaseProvider, Schema, Table } from '@schemawright/ir';
import { hasPairIndexInstead, implicitPairKeyName, indexName, primaryKeyNameOf, uniqueIndexName } from './constraint-names.js';
import { relationsTouching } from './schema-lookup.js';

/** One unique constraint or index of a table, with its database name. */
export interface TableKey {
  readonly name: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
  /** Where it comes from: a unique column, a composite unique, a one-to-one key, or a declared index. */
  readonly source: 'column' | 'composite' | 'one-to-one' | 'index';
  /** Prisma needs `map:` to give it this name. */
  readonly customName: boolean;
}

/**
 * The unique constraints and indexes of `t`, in the order both emitters print them: unique columns, composite
 * uniques, one-to-one keys, declared indexes. A key whose name is already taken (by the primary key or an
 * earlier key) is a duplicate and left out, so Prisma and our DDL create the same set.
 */
export function tableKeysOf(t: Table, provider: DatabaseProvider, oneToOneKeys: readonly (readonly string[])[] = []): TableKey[] {
  const keys: TableKey[] = [];
  const names = new Set([primaryKeyNameOf(t, provider)]);
  const add = (columns: readonly string[], unique: boolean, source: TableKey['source'], name?: string) => {
    const byDefault = unique ? uniqueIndexName(t.name, columns, provider) : indexName(t.name, columns, provider);
    const actual = name ?? byDefault;
    if (names.has(actual)) return;
    names.add(actual);
    keys.push({ name: actual, columns, unique, source, customName: actual !== byDefault });
  };
  // an implicit many-to-many table without a primary key constraint has Prisma's unique pair index instead
  if (hasPairIndexInstead(t, provider)) add(t.primaryKey, true, 'composite', implicitPairKeyName(t, provider));
  const singleId = t.primaryKey.length === 1 ? t.primaryKey[0] : undefined;
  const oneToOneColumns = new Set(oneToOneKeys.filter((k) => k.length === 1).map((k) => k[0]!));
  for (const c of t.columns) if ((c.unique || oneToOneColumns.has(c.name)) && c.name !== singleId) add([c.name], true, 'column');
  for (const u of t.uniques) add(u, true, 'composite');
  for (const k of oneToOneKeys) if (k.length > 1) add(k, true, 'one-to-one');
  for (const i of t.indexes) add(i.columns, i.unique, 'index', i.name);
  return keys;
}

/**
 * Columns of `t` that are part of a key or an index: primary key, unique, composite unique, declared index,
 * or either end of a foreign key. Some databases cannot index every type (MySQL TEXT), so the type tables
 * pick another type for these.
 */
export function keyColumnsOf(schema: Schema, t: Table): ReadonlySet<string> {
  const out = new Set<string>(t.primaryKey);
  for (const c of t.columns) if (c.unique) out.add(c.name);
  for (const u of t.uniques) for (const c of u) out.add(c);
  for (const i of t.indexes) for (const c of i.columns) out.add(c);
  for (const r of relationsTouching(schema, t.name)) {
    if (r.from.table === t.name) for (const c of r.from.columns) out.add(c);
    if (r.to.table === t.name) for (const c of r.to.columns) out.add(c);
  }
  return out;
}
