import type { Schema, Table } from '@schemawright/ir';
import { FIRST_NAMES, LAST_NAMES } from '../data/words.js';
import { NULL_FOREIGN_KEY_SHARE, NULL_VALUE_SHARE } from '../plan/columns.js';
import { foreignKeysOf, tableOf, uniqueKeys, uniqueTupleOf, type ForeignKey } from '../plan/foreign-keys.js';
import { columnIndex, schemaIndex } from '../plan/schema-index.js';
import { tableWord } from '../plan/table-kind.js';
import { Rng, rngFor } from '../random.js';
import type { SeedColumnPlan, SeedTablePlan, SeedValue } from '../types.js';
import { distinctParents, distinctTuples, earlierRows, groupedParents, groupedTuples, randomParents } from './parents.js';
import { distinctValue, fitLength, valueKey } from './unique.js';
import { generateValue, type ValueContext } from './values.js';

/** Rows generated so far, by table: mutable while the deferred keys are filled. */
export type RowStore = Map<string, { readonly columns: readonly string[]; readonly rows: SeedValue[][] }>;

/** Parent row index per child row for one foreign key (null: the key stays null). */
type Assignment = readonly (number | null)[];

/**
 * Generates one table's rows. Plain columns draw from their own streams; foreign keys copy the key of the
 * parent row chosen for them; self-references point at earlier rows; deferred keys stay null here and are
 * filled once every table exists. Unique columns and composite uniques hold; a row whose composite key
 * cannot be made distinct is left out.
 */
export function generateTableRows(schema: Schema, plan: SeedTablePlan, deferred: ReadonlySet<string>, store: RowStore, seed: number): SeedValue[][] {
  const table = tableOf(schema, plan.table);
  const fks = foreignKeysOf(schema, table);
  const parentFks = fks.filter((fk) => !fk.self && !deferred.has(fk.relation.name));
  let tuple = uniqueTupleOf(table, parentFks);
  const assignments = new Map<string, Assignment>();
  let rows = plan.rows;
  if (tuple) {
    // the driving key (if it is part of the pair) goes first, so its parents group the tuples
    const driving = tuple.find((fk) => fk.relation.name === plan.spread?.relation);
    if (driving) tuple = [driving, ...tuple.filter((fk) => fk !== driving)];
    const sizes = tuple.map((fk) => parentCount(store, fk));
    const perParent = plan.spread?.perParent;
    const rng = columnRng(plan, tuple[0]!);
    const tuples = driving && perParent && perParent.length === sizes[0] ? groupedTuples(rng, perParent, sizes) : distinctTuples(rng, sizes, rows);
    rows = tuples.length;
    tuple.forEach((fk, k) => assignments.set(fk.relation.name, tuples.map((t) => t[k]!)));
  }
  for (const fk of parentFks.filter((f) => !tuple?.includes(f))) {
    if (fk.required && parentCount(store, fk) === 0) rows = 0;
    assignments.set(fk.relation.name, assignParents(plan, fk, parentCount(store, fk), rows));
  }
  for (const fk of fks.filter((f) => f.self)) {
    const nullShare = nullShareOf(plan, fk);
    assignments.set(fk.relation.name, earlierRows(columnRng(plan, fk), rows, fk.required, fk.unique, nullShare));
  }

  const fkColumns = new Set(fks.flatMap((fk) => fk.columns));
  const plain = plan.columns.filter((c) => !fkColumns.has(c.column));
  const streams = new Map(plain.map((c) => [c.column, new Rng(c.seed)]));
  const seen = new Map(plain.filter((c) => c.unique).map((c) => [c.column, new Set<string>()]));
  const composite = uniqueKeys(table).filter((k) => k.length > 1 && !(tuple && sameKey(k, tuple)));
  const compositeSeen = composite.map(() => new Set<string>());
  const personRng = rngFor(`${table.name}.*person`, seed);
  const enumValues = new Map(table.columns.map((c) => [c.name, c.type.kind === 'enum' ? enumValuesOf(schema, c.type.enumName) : []]));
  const lookupWord = tableWord(table);
  // one context per column, moved to each row in turn: generators read it synchronously and keep nothing
  const contexts = plain.map((c): { -readonly [K in keyof ValueContext]: ValueContext[K] } => ({
    rng: streams.get(c.column)!,
    rowIndex: 0,
    table,
    column: columnIndex(table).get(c.column)!,
    person: { first: '', last: '' },
    row: new Map(),
    enumValues: enumValues.get(c.column)!,
    lookupWord,
    ...(c.earlier ? { earlier: c.earlier } : {}),
  }));
  // where each foreign key reads its target columns: in the parent's stored row, or in this table's
  const targetPositions = new Map(fks.map((fk) => [fk, lastPositions(fk.self ? table.columns.map((c) => c.name) : store.get(fk.target)?.columns ?? [], fk.targetColumns)]));
  const out: SeedValue[][] = [];

  for (let i = 0; i < rows; i++) {
    const person = { first: personRng.pick(FIRST_NAMES), last: personRng.pick(LAST_NAMES) };
    const row = new Map<string, SeedValue>();
    for (const [p, c] of plain.entries()) {
      const ctx = contexts[p]!;
      ctx.rowIndex = i;
      ctx.person = person;
      ctx.row = row;
      const { rng, column } = ctx;
      const isNull = c.sometimesNull && rng.chance(NULL_VALUE_SHARE);
      let value = isNull ? null : fitLength(generateValue(c.generator, ctx), column);
      const set = seen.get(c.column);
      if (set) value = distinctValue(value, set, column, c.generator, () => generateValue(c.generator, ctx), ctx.enumValues);
      row.set(c.column, value);
    }
    for (const fk of fks) {
      const parent = deferred.has(fk.relation.name) ? null : assignments.get(fk.relation.name)![i] ?? null;
      const positions = targetPositions.get(fk)!;
      const source = parent === null ? undefined : fk.self ? selfSource(out, parent, row) : parentRow(store, fk, parent);
      fk.columns.forEach((col, k) => row.set(col, valueAt(source, positions[k]!, fk.targetColumns[k]!) ?? null));
    }
    if (!makeCompositeDistinct(table, row, composite, compositeSeen, fkColumns)) continue;
    out.push(table.columns.map((c) => row.get(c.name) ?? null));
  }
  return out;
}

/** Assigns parents to a non-self, non-tuple foreign key per the plan's spread, uniqueness and optionality. */
export function assignParents(plan: SeedTablePlan, fk: ForeignKey, parents: number, rows: number): Assignment {
  const rng = columnRng(plan, fk);
  if (plan.spread?.relation === fk.relation.name) return groupedParents(plan.spread.perParent, parents, rows);
  if (fk.unique) return distinctParents(rng, parents, rows);
  return randomParents(rng, parents, rows, nullShareOf(plan, fk));
}

function nullShareOf(plan: SeedTablePlan, fk: ForeignKey): number {
  return plan.columns.find((c) => c.column === fk.columns[0])?.sometimesNull ? NULL_FOREIGN_KEY_SHARE : 0;
}

/** The stream of a foreign key: its first column's, `fnv1a("table.column") ^ seed`. */
function columnRng(plan: SeedTablePlan, fk: ForeignKey): Rng {
  const c: SeedColumnPlan | undefined = plan.columns.find((x) => x.column === fk.columns[0]);
  return new Rng(c?.seed ?? 0);
}

function parentCount(store: RowStore, fk: ForeignKey): number {
  return store.get(fk.target)?.rows.length ?? 0;
}

function parentRow(store: RowStore, fk: ForeignKey, index: number): readonly SeedValue[] {
  const row = store.get(fk.target)!.rows[index];
  if (!row) throw new Error(`seed: ${fk.target} has no row ${index}`);
  return row;
}

/** The last position of each name in `columns` (-1 when absent): a row read by name takes the last. */
function lastPositions(columns: readonly string[], names: readonly string[]): number[] {
  return names.map((n) => columns.lastIndexOf(n));
}

/** A target column's value in a source row: a stored row read by position, or the row being built by name. */
function valueAt(source: readonly SeedValue[] | ReadonlyMap<string, SeedValue> | undefined, position: number, name: string): SeedValue | undefined {
  if (source === undefined) return undefined;
  if (source instanceof Map) return source.get(name);
  return position < 0 ? undefined : (source as readonly SeedValue[])[position] ?? null;
}

/** The row a self-reference points at: an earlier row, or the row itself (a row left out shifts the rest). */
function selfSource(out: readonly SeedValue[][], parent: number, row: Map<string, SeedValue>): readonly SeedValue[] | Map<string, SeedValue> {
  return out[Math.min(parent, out.length)] ?? row;
}

function sameKey(key: readonly string[], tuple: readonly ForeignKey[]): boolean {
  const cols = tuple.flatMap((fk) => fk.columns);
  return key.length === cols.length && key.every((c) => cols.includes(c));
}

function enumValuesOf(schema: Schema, name: string): string[] {
  return schemaIndex(schema).enums.get(name)?.values.map((v) => v.name) ?? [];
}

/**
 * Composite uniques outside the foreign-key tuple: on a repeat, a text column of the key that is not a
 * foreign key takes a numeric suffix. False when the row cannot be made distinct (it is left out).
 */
function makeCompositeDistinct(table: Table, row: Map<string, SeedValue>, keys: readonly (readonly string[])[], seen: Set<string>[], fkColumns: ReadonlySet<string>): boolean {
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const keyOf = () => valueKey(key.map((c) => row.get(c) ?? null));
    if (key.some((c) => row.get(c) === null)) continue; // NULLs never collide in a unique constraint
    const adjustable = key.find((c) => !fkColumns.has(c) && typeof row.get(c) === 'string' && ['string', 'text', 'unknown'].includes(columnIndex(table).get(c)!.type.kind));
    const base = adjustable === undefined ? undefined : String(row.get(adjustable));
    for (let n = 2; seen[k]!.has(keyOf()); n++) {
      if (adjustable === undefined || base === undefined || n > 1000) return false;
      row.set(adjustable, `${base} ${n}`);
    }
    seen[k]!.add(keyOf());
  }
  return true;
}
