import { result, type Result, type Schema } from '@schemawright/ir';
import { allForeignKeys, tableOf } from '../plan/foreign-keys.js';
import type { SeedPlan, SeedRows } from '../types.js';
import { assignParents, generateTableRows, type RowStore } from './table-rows.js';

/**
 * Generates the rows of a plan, table by table in insertion order, then fills the deferred foreign keys
 * of broken cycles once their targets exist. Deterministic: every column draws from its own stream seeded
 * with `fnv1a("table.column") ^ seed`, so the same schema, plan and seed give the same rows.
 */
export function generateRows(schema: Schema, plan: SeedPlan): Result<SeedRows> {
  const deferred = new Set(plan.deferred.map((d) => d.relation));
  const store: RowStore = new Map();
  for (const tablePlan of plan.tables) {
    const table = tableOf(schema, tablePlan.table);
    const rows = generateTableRows(schema, tablePlan, deferred, store, plan.seed);
    store.set(table.name, { columns: table.columns.map((c) => c.name), rows });
  }
  const fks = allForeignKeys(schema);
  const tablePlans = new Map<string, SeedPlan['tables'][number]>();
  for (const t of plan.tables) if (!tablePlans.has(t.table)) tablePlans.set(t.table, t);
  for (const d of plan.deferred) {
    const fk = fks.get(d.relation)!;
    const child = store.get(d.table)!;
    const parent = store.get(d.target)!;
    const tablePlan = tablePlans.get(d.table)!;
    const assignment = assignParents(tablePlan, fk, parent.rows.length, child.rows.length);
    const targets = fk.targetColumns.map((c) => parent.columns.indexOf(c));
    const slots = fk.columns.map((c) => child.columns.indexOf(c));
    child.rows.forEach((row, i) => {
      const p = assignment[i] ?? null;
      fk.columns.forEach((_col, k) => {
        row[slots[k]!] = p === null ? null : parent.rows[p]![targets[k]!] ?? null;
      });
    });
  }
  const tables = plan.tables.map((t) => ({ table: t.table, columns: store.get(t.table)!.columns, rows: store.get(t.table)!.rows }));
  return result({ seed: plan.seed, tables });
}
