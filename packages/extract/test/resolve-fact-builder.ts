/**
 * Hand-built facts for the resolve tests: each builder call takes the next line of its file, so facts have
 * distinct, meaningful spans (document order = call order) without spelling spans out.
 */
import { expect } from 'vitest';
import {
  canonicalSchema,
  schemaToJson,
  sortDiagnostics,
  span,
  validateSchema,
  type Diagnostic,
  type Schema,
  type Span,
} from '@schemawright/ir';
import {
  resolveSchema,
  type AttributeFact,
  type EndFact,
  type EntityFact,
  type EnumFact,
  type Fact,
  type IndexFact,
  type PrimaryKeyFact,
  type RelationFact,
  type SignalFact,
  type SourceKind,
} from '@schemawright/extract';

type Base = { source?: SourceKind; confidence?: number; rule?: string; span?: Span };
type Rest<F> = Partial<Omit<F, 'kind' | 'span' | 'rule' | 'source' | 'confidence'>> & Base;

export const one: EndFact = { cardinality: 'one', optional: false };
export const zeroOrOne: EndFact = { cardinality: 'one', optional: true };
export const many: EndFact = { cardinality: 'many', optional: true };
export const oneOrMore: EndFact = { cardinality: 'many', optional: false };

/** A fact factory for one file and one default source; every call takes the next line. */
export function facts(file = 'architecture.md', source: SourceKind = 'erd') {
  let line = 0;
  const base = (kind: string, b: Base) => ({
    span: b.span ?? span(file, ++line, 1, line, 20),
    rule: b.rule ?? `test/${kind}`,
    source: b.source ?? source,
    confidence: b.confidence ?? 1,
  });
  const strip = <T extends Base>(o: T): Omit<T, keyof Base> => {
    const { source: _s, confidence: _c, rule: _r, span: _p, ...rest } = o;
    return rest;
  };
  return {
    entity: (name: string, o: Rest<EntityFact> = {}): EntityFact => ({ kind: 'entity', name, ...strip(o), ...base('entity', o) }),
    attr: (entity: string, name: string, o: Rest<AttributeFact> = {}): AttributeFact => ({ kind: 'attribute', entity, name, ...strip(o), ...base('attribute', o) }),
    rel: (a: string, b: string, o: Rest<RelationFact> = {}): RelationFact => ({ kind: 'relation', a, b, ...strip(o), ...base('relation', o) }),
    enumOf: (name: string, values: string[], o: Base = {}): EnumFact => ({ kind: 'enum', name, values, ...base('enum', o) }),
    index: (entity: string, columns: string[], unique: boolean, o: Rest<IndexFact> = {}): IndexFact => ({ kind: 'index', entity, columns, unique, ...strip(o), ...base('index', o) }),
    pk: (entity: string, columns: string[], o: Base = {}): PrimaryKeyFact => ({ kind: 'primary-key', entity, columns, ...base('primary-key', o) }),
    signal: (signal: string, value: string, o: Base = {}): SignalFact => ({ kind: 'signal', signal, value, text: value, ...base('signal', o) }),
  };
}

/** Deterministic permutations of a list: reversed, rotated, and a fixed pseudo-random shuffle. */
export function permutations<T>(list: readonly T[]): T[][] {
  const shuffled = [...list];
  let state = 12345;
  for (let i = shuffled.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const rotated = list.length > 1 ? [...list.slice(Math.floor(list.length / 2)), ...list.slice(0, Math.floor(list.length / 2))] : [...list];
  return [[...list].reverse(), rotated, shuffled];
}

/**
 * Resolves `input`, asserts the schema is structurally valid and that every permutation of the facts gives
 * byte-identical IR and diagnostics, and returns the canonical schema with its sorted diagnostics.
 */
export function resolveChecked(input: readonly Fact[], minConfidence?: number): { schema: Schema; diagnostics: Diagnostic[] } {
  const options = minConfidence === undefined ? { name: 'Test' } : { name: 'Test', minConfidence };
  const run = (list: readonly Fact[]) => {
    const r = resolveSchema(list, options);
    return { schema: canonicalSchema(r.value), diagnostics: sortDiagnostics(r.diagnostics) };
  };
  const first = run(input);
  expect(validateSchema(first.schema)).toEqual([]);
  for (const p of permutations(input)) {
    const again = run(p);
    expect(schemaToJson(again.schema)).toBe(schemaToJson(first.schema));
    expect(again.diagnostics).toEqual(first.diagnostics);
  }
  return first;
}

/** The table called `name` (fails the test when it is missing). */
export function tableOf(s: Schema, name: string) {
  const t = s.tables.find((x) => x.name === name);
  expect(t, `table ${name}`).toBeDefined();
  return t!;
}

/** The column `table.column` (fails the test when it is missing). */
export function columnOf(s: Schema, table: string, column: string) {
  const c = tableOf(s, table).columns.find((x) => x.name === column);
  expect(c, `column ${table}.${column}`).toBeDefined();
  return c!;
}

/** Diagnostic codes, sorted, for compact assertions. */
export function codes(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => d.code);
}
