import type { Column, Schema, Table } from '@schemawright/ir';
import { tableOf } from '../plan/foreign-keys.js';
import { columnIndex } from '../plan/schema-index.js';
import type { SeedPlan, SeedRows, SeedValue } from '../types.js';

/** One step of applying a seed; seed.sql and seed.ts render the same steps in the same order. */
export type SeedStep =
  | { readonly kind: 'checks-off'; readonly tables: readonly string[] }
  | { readonly kind: 'relax-not-null'; readonly table: Table; readonly columns: readonly Column[] }
  | { readonly kind: 'insert'; readonly table: Table; readonly rows: readonly (readonly SeedValue[])[]; readonly nulled: readonly string[]; readonly relaxed: boolean }
  | { readonly kind: 'update'; readonly table: Table; readonly key: readonly (readonly [Column, SeedValue])[]; readonly set: readonly (readonly [Column, SeedValue])[] }
  | { readonly kind: 'restore-not-null'; readonly table: Table; readonly columns: readonly Column[] }
  | { readonly kind: 'checks-on'; readonly tables: readonly string[] }
  | { readonly kind: 'sequence'; readonly table: Table; readonly column: Column; readonly max: number };

/** How required keys of a broken cycle are seeded (see `SeedDialect.requiredCycle`); `direct` for databases without foreign keys. */
export type RequiredCycleStrategy = 'relax-not-null' | 'checks-off' | 'direct';

/**
 * The steps of a seed, in order: checks off or NOT NULL relaxed for required cycles, one insert per table in
 * plan order (deferred keys inserted as null), the updates that set the deferred keys, the restores, and
 * the auto-increment counters moved past the seeded ids.
 */
export function seedSteps(schema: Schema, plan: SeedPlan, rows: SeedRows, strategy: RequiredCycleStrategy): SeedStep[] {
  const nulled = new Map<string, string[]>();
  const relaxed = new Map<string, string[]>();
  const unchecked: string[] = [];
  for (const d of plan.deferred) {
    if (d.required && strategy !== 'relax-not-null') {
      if (strategy === 'checks-off' && !unchecked.includes(d.table)) unchecked.push(d.table);
      continue;
    }
    nulled.set(d.table, [...(nulled.get(d.table) ?? []), ...d.columns]);
    if (d.required) relaxed.set(d.table, [...(relaxed.get(d.table) ?? []), ...d.columns]);
  }
  const steps: SeedStep[] = [];
  if (unchecked.length > 0) steps.push({ kind: 'checks-off', tables: unchecked });
  for (const [table, columns] of relaxed) steps.push({ kind: 'relax-not-null', table: tableOf(schema, table), columns: columnsOf(tableOf(schema, table), columns) });
  for (const t of rows.tables) {
    const table = tableOf(schema, t.table);
    const cut = nulled.get(t.table) ?? [];
    // rows without deferred keys go in as generated (read-only from here on), without a copy
    const inserted = cut.length === 0 ? t.rows : t.rows.map((r) => r.map((v, k) => (cut.includes(t.columns[k]!) ? null : v)));
    steps.push({ kind: 'insert', table, rows: inserted, nulled: cut, relaxed: relaxed.has(t.table) });
  }
  for (const t of rows.tables) {
    const cut = nulled.get(t.table);
    if (!cut) continue;
    const table = tableOf(schema, t.table);
    const at = positionsOf(t.columns);
    const cutColumns = columnsOf(table, cut);
    const keyColumns = columnsOf(table, table.primaryKey);
    for (const r of t.rows) {
      const set = cutColumns.map((c) => [c, r[at(c.name)] ?? null] as const).filter(([, v]) => v !== null);
      if (set.length > 0) steps.push({ kind: 'update', table, key: keyColumns.map((c) => [c, r[at(c.name)] ?? null] as const), set });
    }
  }
  for (const [table, columns] of relaxed) steps.push({ kind: 'restore-not-null', table: tableOf(schema, table), columns: columnsOf(tableOf(schema, table), columns) });
  if (unchecked.length > 0) steps.push({ kind: 'checks-on', tables: unchecked });
  for (const t of rows.tables) {
    const table = tableOf(schema, t.table);
    for (const c of table.columns.filter((x) => x.default?.kind === 'autoincrement')) {
      const k = t.columns.indexOf(c.name);
      let max: number | undefined;
      for (const r of t.rows) if (typeof r[k] === 'number') max = max === undefined ? r[k] : Math.max(max, r[k]);
      if (max !== undefined) steps.push({ kind: 'sequence', table, column: c, max });
    }
  }
  return steps;
}

/** `indexOf` over `columns` as a lookup: the first position of each name, -1 when absent. */
function positionsOf(columns: readonly string[]): (name: string) => number {
  const at = new Map<string, number>();
  columns.forEach((c, k) => at.has(c) || at.set(c, k));
  return (name) => at.get(name) ?? -1;
}

function columnsOf(table: Table, names: readonly string[]): Column[] {
  return names.map((n) => columnIndex(table).get(n)!);
}
