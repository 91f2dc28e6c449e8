import { words, type Column, type Relation, type Schema, type Table } from '@schemawright/ir';

/**
 * The single primary key column of `t` when it is a surrogate key: generated (uuid or autoincrement default),
 * typed uuid, or named `id` / `…_id`, and not itself a foreign key. A surrogate carries no meaning, so MongoDB's
 * own ObjectId `_id` replaces it. A natural key (a code, an email), a key that is another row's id, or a
 * compound key carries meaning: it stays a unique field and the collection gets an ObjectId `_id` beside it.
 * Undefined in that case.
 */
export function surrogateIdOf(schema: Schema, t: Table): Column | undefined {
  if (t.primaryKey.length !== 1) return undefined;
  const c = t.columns.find((x) => x.name === t.primaryKey[0]);
  if (c === undefined) return undefined;
  if (schema.relations.some((r) => r.from.table === t.name && r.from.columns.includes(c.name))) return undefined;
  const generated = c.default?.kind === 'uuid' || c.default?.kind === 'autoincrement';
  const w = words(c.name);
  return generated || c.type.kind === 'uuid' || w[w.length - 1] === 'id' ? c : undefined;
}

/**
 * The column a foreign key column of `t` points at, through the first of `relations` that holds it, or
 * undefined for a column that is no foreign key. MongoDB compares values as stored, so a reference must be
 * stored exactly as its target: an ObjectId for an `_id`, the target's own type otherwise.
 */
export function referencedColumnOf(schema: Schema, relations: readonly Relation[], t: Table, column: string): { table: Table; column: Column } | undefined {
  for (const r of relations) {
    if (r.from.table !== t.name) continue;
    const i = r.from.columns.indexOf(column);
    if (i < 0) continue;
    const target = schema.tables.find((x) => x.name === r.to.table);
    const c = target?.columns.find((x) => x.name === r.to.columns[i]);
    if (target !== undefined && c !== undefined) return { table: target, column: c };
  }
  return undefined;
}

/** True when `column` of `t` is stored as an ObjectId: the surrogate id itself, or a key that references one. */
export function isObjectIdColumn(schema: Schema, relations: readonly Relation[], t: Table, column: string): boolean {
  if (surrogateIdOf(schema, t)?.name === column) return true;
  const target = referencedColumnOf(schema, relations, t, column);
  return target !== undefined && surrogateIdOf(schema, target.table)?.name === target.column.name;
}
