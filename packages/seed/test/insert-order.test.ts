import { describe, expect, it } from 'vitest';
import { compareStrings, type Schema } from '@schemawright/ir';
import { cyclicComponents, pathBetween } from '../src/plan/cycles.js';
import { allForeignKeys, type ForeignKey } from '../src/plan/foreign-keys.js';
import { MinHeap } from '../src/plan/min-heap.js';
import { insertionOrder } from '../src/plan/order.js';
import { randomSchema } from './helpers/random-schemas.js';

/**
 * The insertion order as first written, by the rule's own words: scan every remaining table for one whose
 * parents are all placed, take the code-unit-first; when none is ready, break the cycle holding the
 * code-unit-first table on a cycle at its first nullable key. Quadratic, but plainly right: the oracle.
 */
function referenceOrder(s: Schema) {
  const edges = [...allForeignKeys(s).values()].filter((fk) => !fk.self);
  const active = new Set(edges);
  const placed = new Set<string>();
  const remaining = new Set(s.tables.map((t) => t.name));
  const order: string[] = [];
  const deferred: { relation: string; cycle: string[] }[] = [];
  const reach = (from: string, within: readonly ForeignKey[]) => {
    const seen = new Set([from]);
    const queue = [from];
    for (let n = queue.shift(); n !== undefined; n = queue.shift()) for (const e of within) if (e.table === n && !seen.has(e.target)) (seen.add(e.target), queue.push(e.target));
    return seen;
  };
  while (remaining.size > 0) {
    const ready = [...remaining].filter((t) => edges.every((e) => !active.has(e) || e.table !== t || placed.has(e.target))).sort(compareStrings);
    if (ready[0] !== undefined) {
      order.push(ready[0]);
      placed.add(ready[0]);
      remaining.delete(ready[0]);
      continue;
    }
    const stuck = edges.filter((e) => active.has(e) && remaining.has(e.table) && remaining.has(e.target));
    const nodes = [...new Set(stuck.flatMap((e) => [e.table, e.target]))].sort(compareStrings);
    const component = nodes.map((n) => new Set([...reach(n, stuck)].filter((m) => reach(m, stuck).has(n)))).find((c) => c.size > 1)!;
    const inside = stuck.filter((e) => component.has(e.table) && component.has(e.target));
    const edge = inside.find((e) => !e.required) ?? inside[0]!;
    active.delete(edge);
    deferred.push({ relation: edge.relation.name, cycle: [edge.table, ...pathBetween(inside, edge.target, edge.table)] });
  }
  return { order, deferred };
}

describe('insertion order on large random graphs', () => {
  it('places and breaks exactly as the reference rule does', () => {
    let cycles = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const s = randomSchema(seed, 10 + seed * 2, seed % 2 === 0 ? 1.2 : 2);
      const actual = insertionOrder(s);
      const expected = referenceOrder(s);
      expect(actual.order).toEqual(expected.order);
      expect(actual.deferred.map((d) => ({ relation: d.relation, cycle: d.cycle }))).toEqual(expected.deferred);
      cycles += expected.deferred.length;
    }
    expect(cycles).toBeGreaterThan(30); // the graphs do have cycles to break
  });

  it('orders thousands of tables, every parent first', () => {
    const s = randomSchema(7, 3000, 1.5);
    const { order, deferred } = insertionOrder(s);
    expect(new Set(order).size).toBe(3000);
    const at = new Map(order.map((t, i) => [t, i]));
    const cut = new Set(deferred.map((d) => d.relation));
    for (const r of s.relations) if (r.from.table !== r.to.table && !cut.has(r.name)) expect(at.get(r.to.table)!).toBeLessThan(at.get(r.from.table)!);
  });
});

describe('cycle helpers', () => {
  it('finds the strongly connected components of two or more nodes', () => {
    const next: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a', 'd'], d: ['e'], e: ['d'], f: ['a'], g: [] };
    const found = cyclicComponents(Object.keys(next), (n) => next[n] ?? []).map((c) => [...c].sort(compareStrings));
    expect(found.sort((x, y) => compareStrings(x[0]!, y[0]!))).toEqual([['a', 'b', 'c'], ['d', 'e']]);
  });

  it('walks a long chain without running out of stack', () => {
    const n = 200_000;
    const next = (node: string) => [String((Number(node) + 1) % n)];
    expect(cyclicComponents(['0'], next)[0]).toHaveLength(n);
  });

  it('takes the shortest path, neighbours in code-unit order', () => {
    const edges = [['a', 'c'], ['a', 'b'], ['b', 'd'], ['c', 'd'], ['d', 'a']].map(([table, target]) => ({ table: table!, target: target! }));
    expect(pathBetween(edges, 'a', 'd')).toEqual(['a', 'b', 'd']);
  });

  it('pops a heap smallest first', () => {
    const heap = new MinHeap<string>(compareStrings);
    for (const s of ['m', 'b', 'Z', 'b', 'a', 'q']) heap.push(s);
    const out: string[] = [];
    for (let s = heap.pop(); s !== undefined; s = heap.pop()) out.push(s);
    expect(out).toEqual(['Z', 'a', 'b', 'b', 'm', 'q']);
    expect(heap.size).toBe(0);
  });
});
