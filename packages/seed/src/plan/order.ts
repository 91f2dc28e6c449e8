import { compareStrings, diagnostic, type Diagnostic, type Schema } from '@schemawright/ir';
import type { DeferredForeignKey } from '../types.js';
import { allForeignKeys, type ForeignKey } from './foreign-keys.js';

/** The insertion order and what had to give to reach it. */
export interface InsertOrder {
  /** Table names, parents before children. */
  readonly order: readonly string[];
  /** Per table, the tables it is inserted after (non-deferred foreign-key targets), code-unit order. */
  readonly after: ReadonlyMap<string, readonly string[]>;
  readonly deferred: readonly DeferredForeignKey[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Topological sort over foreign keys (a parent before every table that references it); among tables that
 * are ready, the first in code-unit order goes next. Self-references never constrain the order (a row
 * points at an earlier row of its own table). When every remaining table waits on another, the cycle is
 * broken at its first nullable foreign key in canonical relation order, which is inserted as null and
 * updated afterwards; a cycle of required keys only is broken at its first edge anyway, with a warning.
 */
export function insertionOrder(schema: Schema): InsertOrder {
  const edges = [...allForeignKeys(schema).values()].filter((fk) => !fk.self);
  const active = new Set(edges);
  const placed = new Set<string>();
  const remaining = new Set(schema.tables.map((t) => t.name));
  const order: string[] = [];
  const deferred: DeferredForeignKey[] = [];
  const diagnostics: Diagnostic[] = [];

  while (remaining.size > 0) {
    const ready = [...remaining].filter((t) => edges.every((e) => !active.has(e) || e.table !== t || placed.has(e.target))).sort(compareStrings);
    const next = ready[0];
    if (next !== undefined) {
      order.push(next);
      placed.add(next);
      remaining.delete(next);
      continue;
    }
    const broken = breakCycle(edges.filter((e) => active.has(e) && remaining.has(e.table) && remaining.has(e.target)));
    active.delete(broken.edge);
    deferred.push({
      relation: broken.edge.relation.name,
      table: broken.edge.table,
      columns: broken.edge.columns,
      target: broken.edge.target,
      required: broken.edge.required,
      cycle: broken.cycle,
    });
    const args = { tables: broken.cycle.join(' → '), column: broken.edge.columns.map((c) => `${broken.edge.table}.${c}`).join(', ') };
    diagnostics.push(diagnostic(broken.edge.required ? 'seed/required-cycle' : 'resolve/cycle', args, broken.edge.relation.origin));
  }

  const after = new Map<string, readonly string[]>();
  for (const t of order) {
    const parents = new Set(edges.filter((e) => active.has(e) && e.table === t).map((e) => e.target));
    after.set(t, [...parents].sort(compareStrings));
  }
  return { order, after, deferred, diagnostics };
}

/** Picks the edge to defer in the stuck graph and the cycle it closes. */
function breakCycle(stuck: readonly ForeignKey[]): { edge: ForeignKey; cycle: string[] } {
  const component = firstCycleComponent(stuck);
  const inside = stuck.filter((e) => component.has(e.table) && component.has(e.target));
  // `stuck` keeps the schema's canonical relation order, so "first" is well defined
  const edge = inside.find((e) => !e.required) ?? inside[0]!;
  return { edge, cycle: [edge.table, ...pathBetween(inside, edge.target, edge.table)] };
}

/** Tables reachable from `start` following foreign keys (child → parent) over `edges`. */
function reachable(edges: readonly ForeignKey[], start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const e of edges) if (e.table === node && !seen.has(e.target)) (seen.add(e.target), queue.push(e.target));
  }
  return seen;
}

/**
 * The strongly connected component (tables that all reach each other) holding the code-unit-first table
 * that lies on a cycle (self-references are not edges here, so a component of two or more is a cycle).
 * The stuck graph always has one: otherwise some table would be ready.
 */
function firstCycleComponent(stuck: readonly ForeignKey[]): Set<string> {
  const nodes = [...new Set(stuck.flatMap((e) => [e.table, e.target]))].sort(compareStrings);
  for (const n of nodes) {
    const members = [...reachable(stuck, n)].filter((m) => reachable(stuck, m).has(n));
    if (members.length > 1) return new Set(members);
  }
  throw new Error('seed: no cycle found in a stuck foreign-key graph');
}

/** Shortest path `from` … `to` (inclusive) following foreign keys; neighbours in code-unit order. */
function pathBetween(edges: readonly ForeignKey[], from: string, to: string): string[] {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let node = queue.shift(); node !== undefined && !previous.has(to); node = queue.shift()) {
    const next = [...new Set(edges.filter((e) => e.table === node).map((e) => e.target))].sort(compareStrings);
    for (const n of next) if (!previous.has(n)) (previous.set(n, node), queue.push(n));
  }
  const path = [to];
  while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
  return path;
}
