import { compareStrings, diagnostic, type Diagnostic, type Schema } from '@schemawright/ir';
import type { DeferredForeignKey } from '../types.js';
import { cyclicComponents, pathBetween } from './cycles.js';
import { allForeignKeys, type ForeignKey } from './foreign-keys.js';
import { MinHeap } from './min-heap.js';

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
 * The cycle broken is the one holding the code-unit-first table that lies on a cycle.
 *
 * Linear in tables and foreign keys (plus a log factor for the ready heap): each table counts the
 * parents it still waits for, and the cycles are found once and split again only where an edge was cut.
 */
export function insertionOrder(schema: Schema): InsertOrder {
  const edges = [...allForeignKeys(schema).values()].filter((fk) => !fk.self);
  const position = new Map(edges.map((e, i) => [e, i]));
  const active = new Set(edges);
  const outgoing = groupBy(edges, (e) => e.table);
  const incoming = groupBy(edges, (e) => e.target);
  const remaining = new Set(schema.tables.map((t) => t.name));
  // parents a table still waits for: active foreign keys whose target is not placed yet
  const waiting = new Map<string, number>();
  for (const e of edges) waiting.set(e.table, (waiting.get(e.table) ?? 0) + 1);
  const ready = new MinHeap<string>(compareStrings);
  for (const t of remaining) if (!waiting.get(t)) ready.push(t);
  const unblock = (table: string) => {
    const left = waiting.get(table)! - 1;
    waiting.set(table, left);
    if (left === 0 && remaining.has(table)) ready.push(table);
  };
  // the cycles of the graph, first table first; a table on a cycle is never placed before it is broken
  const cycles = new MinHeap<Cycle>((a, b) => compareStrings(a.first, b.first));
  const addCycles = (nodes: Iterable<string>, within: (table: string) => boolean) => {
    const next = (n: string) => (outgoing.get(n) ?? []).filter((e) => active.has(e) && within(e.target)).map((e) => e.target);
    for (const members of cyclicComponents(nodes, next)) cycles.push({ first: [...members].sort(compareStrings)[0]!, members: new Set(members) });
  };
  addCycles(remaining, () => true);
  const order: string[] = [];
  const deferred: DeferredForeignKey[] = [];
  const diagnostics: Diagnostic[] = [];

  while (remaining.size > 0) {
    const next = ready.pop();
    if (next !== undefined) {
      order.push(next);
      remaining.delete(next);
      for (const e of incoming.get(next) ?? []) if (active.has(e)) unblock(e.table);
      continue;
    }
    const cycle = cycles.pop();
    if (!cycle) throw new Error('seed: no cycle found in a stuck foreign-key graph');
    const inside = [...cycle.members]
      .flatMap((n) => outgoing.get(n) ?? [])
      .filter((e) => active.has(e) && cycle.members.has(e.target))
      .sort((a, b) => position.get(a)! - position.get(b)!);
    // `inside` keeps the schema's canonical relation order, so "first" is well defined
    const edge = inside.find((e) => !e.required) ?? inside[0]!;
    const path = [edge.table, ...pathBetween(inside, edge.target, edge.table)];
    active.delete(edge);
    unblock(edge.table);
    addCycles(cycle.members, (t) => cycle.members.has(t));
    deferred.push({ relation: edge.relation.name, table: edge.table, columns: edge.columns, target: edge.target, required: edge.required, cycle: path });
    const args = { tables: path.join(' → '), column: edge.columns.map((c) => `${edge.table}.${c}`).join(', ') };
    diagnostics.push(diagnostic(edge.required ? 'seed/required-cycle' : 'resolve/cycle', args, edge.relation.origin));
  }

  const after = new Map<string, readonly string[]>();
  for (const t of order) {
    const parents = new Set((outgoing.get(t) ?? []).filter((e) => active.has(e)).map((e) => e.target));
    after.set(t, [...parents].sort(compareStrings));
  }
  return { order, after, deferred, diagnostics };
}

/** A cycle still to break: its tables and the code-unit-first of them. */
interface Cycle {
  readonly first: string;
  readonly members: ReadonlySet<string>;
}

function groupBy(edges: readonly ForeignKey[], keyOf: (e: ForeignKey) => string): Map<string, ForeignKey[]> {
  const out = new Map<string, ForeignKey[]>();
  for (const e of edges) {
    const list = out.get(keyOf(e));
    if (list) list.push(e);
    else out.set(keyOf(e), [e]);
  }
  return out;
}
