import { result, type Result, type Schema } from '@schemawright/ir';
import { DEFAULT_SEED } from '../random.js';
import type { DeferredForeignKey, SeedOptions, SeedPlan, SeedTablePlan } from '../types.js';
import { planColumns } from './columns.js';
import { countRows } from './counts.js';
import { tableOf } from './foreign-keys.js';
import { insertionOrder } from './order.js';
import { isLookupTable } from './table-kind.js';

/**
 * Plans the seed: insertion order (topological over foreign keys, ties in code-unit order, cycles broken at
 * a deferred foreign key), rows per table, and a value generator per column. Pure and deterministic:
 * the same schema and options give the same plan. Diagnostics report the cycles that had to be broken.
 */
export function planSeed(schema: Schema, options: SeedOptions = {}): Result<SeedPlan> {
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const { order, after, deferred, diagnostics } = insertionOrder(schema);
  const deferredNames = new Set(deferred.map((d) => d.relation));
  const counts = countRows(schema, order, deferredNames, options, seed);
  const tables = order.map((name): SeedTablePlan => {
    const table = tableOf(schema, name);
    const count = counts.get(name)!;
    const parents = after.get(name) ?? [];
    const plan: SeedTablePlan = {
      table: name,
      rows: count.rows,
      countRule: count.countRule,
      countReason: count.countReason,
      after: parents,
      orderReason: orderReason(parents, deferred.filter((d) => d.table === name)),
      columns: planColumns(schema, table, isLookupTable(schema, table), deferredNames, count.spread, seed),
    };
    return count.spread ? { ...plan, spread: count.spread } : plan;
  });
  return result({ seed, tables, deferred }, diagnostics);
}

function orderReason(parents: readonly string[], deferred: readonly DeferredForeignKey[]): string {
  const base = parents.length === 0 ? 'references no table inserted before it' : `after ${parents.join(', ')} (foreign keys)`;
  const breaks = deferred.map((d) => `${d.columns.map((c) => `${d.table}.${c}`).join(', ')} → ${d.target} is set after the cycle ${d.cycle.join(' → ')}`);
  return [base, ...breaks].join('; ');
}
