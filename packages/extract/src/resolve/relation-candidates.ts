import {
  compareStrings,
  diagnostic,
  entityKey,
  snakeCase,
  words,
  type Cardinality,
  type Diagnostic,
  type ReferentialAction,
  type Result,
  type Span,
} from '@schemawright/ir';
import type { EndFact, Fact, RelationFact, SourceKind } from '../facts.js';
import { findColumn, type ColumnDraft, type TableDraft, type TableMap } from './drafts.js';
import { rankOf } from './rank.js';
import { SELF_REFERENCE_STEMS } from './role-names.js';

/** One side of a relation candidate: `p` is the smaller entity key, `q` the other (the FK side of a self relation). */
export type Side = 'p' | 'q';

/** What one statement says about one end, and how strongly (`implied` ends come from an FK column alone). */
export interface EndStatement {
  readonly cardinality: Cardinality;
  readonly optional: boolean;
  readonly rank: number;
  readonly span: Span;
  readonly implied: boolean;
  /** The source kind of a stated end, for diagnostics. */
  readonly source?: SourceKind;
}

/** Rule id of relations read from `<x>_id` column names. */
export const ID_COLUMN_RULE = 'resolve/id-column';

/** One statement that two entities are related, oriented so that statements about one pair line up. */
export interface RelationCandidate {
  readonly p: string;
  readonly q: string;
  readonly pEnd?: EndStatement;
  readonly qEnd?: EndStatement;
  /** The side holding the foreign key, when the statement says. */
  readonly holder?: Side;
  readonly fkColumns?: readonly string[];
  /** Referenced columns when not the primary key. */
  readonly refColumns?: readonly string[];
  /** The side that was `b` in the statement: the 1-1 fallback holder. */
  readonly bSide: Side;
  readonly label?: string;
  readonly onDelete?: ReferentialAction;
  readonly identifying?: boolean;
  readonly span: Span;
  readonly rule: string;
  readonly rank: number;
  /** Source kind of the statement, for diagnostics. */
  readonly source: SourceKind | 'column';
  readonly confidence: number;
  /** `fact` (a RelationFact), `reference` (a column's stated target), `id-column` (a `<x>_id` name). */
  readonly via: 'fact' | 'reference' | 'id-column';
}

const endOf = (e: EndFact | undefined, f: RelationFact): EndStatement | undefined =>
  e === undefined ? undefined : { cardinality: e.cardinality, optional: e.optional, rank: rankOf(f.source), span: f.span, implied: false, source: f.source };

/** Orients a statement about (a, b): smaller key first; in a self relation the FK (or many) side second. */
export function orient(
  ka: string,
  kb: string,
  c: Omit<RelationCandidate, 'p' | 'q' | 'pEnd' | 'qEnd' | 'holder' | 'bSide'> & { aEnd?: EndStatement; bEnd?: EndStatement; holder?: 'a' | 'b' },
): RelationCandidate {
  const { aEnd, bEnd, holder, ...rest } = c;
  const manyA = aEnd?.cardinality === 'many' && bEnd?.cardinality !== 'many';
  const swap = ka === kb ? holder === 'a' || (holder === undefined && manyA) : compareStrings(kb, ka) < 0;
  const side = (x: 'a' | 'b'): Side => ((x === 'a') !== swap ? 'p' : 'q');
  const pEnd = swap ? bEnd : aEnd;
  const qEnd = swap ? aEnd : bEnd;
  return {
    p: swap ? kb : ka,
    q: swap ? ka : kb,
    ...rest,
    bSide: side('b'),
    ...(pEnd ? { pEnd } : {}),
    ...(qEnd ? { qEnd } : {}),
    ...(holder ? { holder: side(holder) } : {}),
  };
}

/** The side of a RelationFact that holds its stated FK columns: `fkOn`, else the table that has them, else the many side. */
function statedHolder(f: RelationFact, a: TableDraft, b: TableDraft, cols: readonly string[]): 'a' | 'b' | undefined {
  if (f.fkOn) return f.fkOn;
  if (cols.length === 0) return undefined;
  if (cols.every((c) => findColumn(b, c))) return 'b';
  if (cols.every((c) => findColumn(a, c))) return 'a';
  return f.aEnd?.cardinality === 'many' && f.bEnd?.cardinality !== 'many' ? 'a' : 'b';
}

/** A candidate from a RelationFact, or a diagnostic when either end names no entity. */
export function candidateFromFact(f: RelationFact, tables: TableMap): Result<RelationCandidate | undefined> {
  const ka = entityKey(f.a);
  const kb = entityKey(f.b);
  const a = tables.get(ka);
  const b = tables.get(kb);
  if (!a || !b) {
    const to = !b ? f.b : f.a;
    return { value: undefined, diagnostics: [diagnostic('resolve/unknown-relation-target', { from: !b ? f.a : f.b, to }, f.span)] };
  }
  const rank = rankOf(f.source);
  const cols = (f.fkColumns ?? []).map(snakeCase).filter((c) => c !== '');
  const holder = statedHolder(f, a, b, cols);
  const c = orient(ka, kb, {
    ...(f.aEnd ? { aEnd: endOf(f.aEnd, f)! } : {}),
    ...(f.bEnd ? { bEnd: endOf(f.bEnd, f)! } : {}),
    ...(holder ? { holder } : {}),
    ...(cols.length > 0 ? { fkColumns: cols } : {}),
    ...(f.label !== undefined && f.label.trim() !== '' ? { label: f.label.trim() } : {}),
    ...(f.onDelete ? { onDelete: f.onDelete } : {}),
    ...(f.identifying !== undefined ? { identifying: f.identifying } : {}),
    span: f.span,
    rule: f.rule,
    rank,
    source: f.source,
    confidence: f.confidence,
    via: 'fact',
  });
  return { value: c, diagnostics: [] };
}

/** True when the column alone is unique in its table (single unique or the whole primary key). */
export function isUniqueColumn(t: TableDraft, c: ColumnDraft): boolean {
  return c.unique || (t.primaryKey.length === 1 && t.primaryKey[0] === c.name);
}

/** A candidate for FK column `c` of `holder` pointing at `target`: the ends follow from the column alone. */
export function candidateFromColumn(holder: TableDraft, c: ColumnDraft, target: string, via: 'reference' | 'id-column'): RelationCandidate {
  const holderEnd: EndStatement = { cardinality: isUniqueColumn(holder, c) ? 'one' : 'many', optional: true, rank: c.rank, span: c.origin, implied: true };
  const targetEnd: EndStatement = { cardinality: 'one', optional: c.nullable, rank: c.nullableRank ?? c.rank, span: c.origin, implied: true };
  const ref = via === 'reference' && c.references?.column ? snakeCase(c.references.column) : '';
  return orient(target, holder.key, {
    aEnd: targetEnd,
    bEnd: holderEnd,
    holder: 'b',
    fkColumns: [c.name],
    ...(ref !== '' ? { refColumns: [ref] } : {}),
    ...(c.references?.onDelete ? { onDelete: c.references.onDelete } : {}),
    span: c.origin,
    rule: via === 'reference' ? c.rule : ID_COLUMN_RULE,
    rank: c.rank,
    source: c.source ?? 'column',
    confidence: c.confidence,
    via,
  });
}

/**
 * The entity a `<x>_id` column points at: the longest tail of its stem that names an entity
 * (`departure_airport_id` → airport), or its own table for `parent_id`. Never the table's own key column.
 */
export function idColumnTarget(t: TableDraft, c: ColumnDraft, tables: TableMap): string | undefined {
  const w = words(c.name);
  if (w.length < 2 || w[w.length - 1] !== 'id') return undefined;
  const stem = w.slice(0, -1);
  for (let i = 0; i < stem.length; i++) {
    const key = entityKey(stem.slice(i).join('_'));
    if (!tables.has(key)) continue;
    if (key === t.key && t.primaryKey.includes(c.name) && i === 0) return undefined;
    return key;
  }
  return SELF_REFERENCE_STEMS.includes(stem.join('_')) ? t.key : undefined;
}

/** Columns named as FK columns by RelationFacts, as `table_key.column`, so the name rule leaves them alone. */
function factFkColumns(facts: readonly RelationFact[]): Set<string> {
  const out = new Set<string>();
  for (const f of facts) {
    for (const col of f.fkColumns ?? []) {
      out.add(`${entityKey(f.a)}.${snakeCase(col)}`);
      out.add(`${entityKey(f.b)}.${snakeCase(col)}`);
    }
  }
  return out;
}

/**
 * Every relation statement, oriented: RelationFacts, columns with a stated target, and `<x>_id` columns
 * whose stem names an entity. Statements whose target no entity matches are reported and dropped.
 */
export function relationCandidates(facts: readonly Fact[], tables: TableMap): Result<RelationCandidate[]> {
  const relationFacts = facts.filter((f): f is RelationFact => f.kind === 'relation');
  const out: RelationCandidate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of relationFacts) {
    const r = candidateFromFact(f, tables);
    diagnostics.push(...r.diagnostics);
    if (r.value) out.push(r.value);
  }
  const named = factFkColumns(relationFacts);
  for (const t of tables.values()) {
    for (const c of t.columns) {
      if (c.references) {
        const target = entityKey(c.references.entity);
        if (tables.has(target)) out.push(candidateFromColumn(t, c, target, 'reference'));
        else diagnostics.push(diagnostic('resolve/unknown-relation-target', { from: `${t.name}.${c.name}`, to: c.references.entity }, c.origin));
        continue;
      }
      if (named.has(`${t.key}.${c.name}`)) continue;
      const target = idColumnTarget(t, c, tables);
      if (target !== undefined) out.push(candidateFromColumn(t, c, target, 'id-column'));
    }
  }
  return { value: out, diagnostics };
}
