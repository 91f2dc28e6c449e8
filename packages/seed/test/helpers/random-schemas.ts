/**
 * Deterministic random schemas for checking the planner against simple reference algorithms: tables
 * joined by foreign keys drawn from a fixed-seed stream, with cycles, required and optional keys. Big ones
 * are how the linear algorithms are exercised; nothing here measures time.
 */
import { canonicalSchema, schema, type Column, type Relation, type Schema } from '@schemawright/ir';
import { Rng } from '@schemawright/seed';
import { col, rel, tbl } from './fixtures.js';

/** `tables` tables (names in a shuffled order) and about `keysPerTable` foreign keys each, some of them self-references. */
export function randomSchema(seed: number, tables: number, keysPerTable: number): Schema {
  const rng = new Rng(seed);
  const names = Array.from({ length: tables }, (_, i) => `t${String.fromCharCode(97 + rng.int(0, 25))}${i}`);
  const columns = new Map<string, Column[]>(names.map((n) => [n, [col('id', { kind: 'int', bits: 32 })]]));
  const relations: Relation[] = [];
  const keys = Math.round(tables * keysPerTable);
  for (let k = 0; k < keys; k++) {
    // mostly near neighbours, so the graph has chains and small cycles rather than one tangle
    const from = rng.int(0, tables - 1);
    const to = rng.chance(0.8) ? Math.min(tables - 1, Math.max(0, from + rng.int(-3, 3))) : rng.int(0, tables - 1);
    const column = `fk${k}`;
    const nullable = rng.chance(0.4);
    columns.get(names[from]!)!.push(col(column, { kind: 'int', bits: 32 }, { nullable }));
    relations.push(rel(names[from]!, [column], names[to]!, { fromOptional: nullable }));
  }
  return canonicalSchema(schema({ name: `random ${seed}`, tables: names.map((n) => tbl(n, columns.get(n)!)), relations, enums: [] }));
}
