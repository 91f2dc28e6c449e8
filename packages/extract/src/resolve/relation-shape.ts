import { compareSpans, diagnostic, type Cardinality, type Diagnostic, type Result } from '@schemawright/ir';
import { describeSource } from './rank.js';
import type { EndStatement, Side } from './relation-candidates.js';
import type { MergedRelation } from './relation-groups.js';

/** One end as the lowering needs it. */
export interface End {
  readonly cardinality: Cardinality;
  readonly optional: boolean;
  /** Rank of the statement behind it (0 when guessed). */
  readonly rank: number;
  /** True when only an FK column (or a guess) says so. */
  readonly implied: boolean;
}

/** What a merged relation becomes: a foreign key on `holder` (1-N or 1-1), or a many-to-many. */
export type RelationShape =
  | { readonly kind: 'one-many' | 'one-one'; readonly holder: Side; readonly holderEnd: End; readonly targetEnd: End }
  | { readonly kind: 'many-many'; readonly pEnd: End; readonly qEnd: End };

const other = (s: Side): Side => (s === 'p' ? 'q' : 'p');
const toEnd = (e: EndStatement): End => ({ cardinality: e.cardinality, optional: e.optional, rank: e.rank, implied: e.implied });
const guessEnd = (cardinality: Cardinality): End => ({ cardinality, optional: cardinality === 'many', rank: 0, implied: true });

/**
 * Fills ends the documents left out, as the statement implies: the FK side is many, the other one; with no
 * hint, `a` is one and `b` many ("A has B"). A guessed end is required, except the parent end of a self
 * relation. Returns the ends by side and whether it had to guess.
 */
export function completeEnds(m: MergedRelation): { ends: Record<Side, End>; guessed: boolean } {
  // a guessed parent of a self relation is optional: a required one could never hold the first row
  const guess = (cardinality: Cardinality): End => ({ ...guessEnd(cardinality), ...(m.p === m.q ? { optional: true } : {}) });
  const p = m.pEnd ? toEnd(m.pEnd) : undefined;
  const q = m.qEnd ? toEnd(m.qEnd) : undefined;
  if (p && q) return { ends: { p, q }, guessed: false };
  if (!p && !q) {
    const many = m.holder ?? m.bSide;
    return { ends: { [many]: guess('many'), [other(many)]: guess('one') } as Record<Side, End>, guessed: true };
  }
  const [knownSide, known] = p ? (['p', p] as const) : (['q', q!] as const);
  const missing = other(knownSide);
  const filled = known.cardinality === 'many' || m.holder === knownSide ? guess('one') : guess('many');
  return { ends: { [knownSide]: known, [missing]: filled } as Record<Side, End>, guessed: true };
}

const describeShape = (s: RelationShape): string =>
  s.kind === 'many-many' ? 'many-to-many' : s.kind === 'one-one' ? 'one-to-one' : 'one-to-many';

/**
 * Rule 6: the shape of a relation. Both ends many → many-to-many; one many → FK on the many side; both one →
 * FK on the stated side, else the optional side, else `b`. FK columns fix the holder: ends that contradict
 * them lose with a `resolve/conflict`. Guessed ends earn `extract/ambiguous-cardinality`.
 */
export function relationShape(m: MergedRelation, labels: { p: string; q: string }): Result<RelationShape> {
  const { ends, guessed } = completeEnds(m);
  const diagnostics: Diagnostic[] = [];
  const span = m.members[0]!.span;
  const fixed = m.fkColumns !== undefined ? m.holder : undefined;
  let shape: RelationShape;
  const pMany = ends.p.cardinality === 'many';
  const qMany = ends.q.cardinality === 'many';
  if (fixed !== undefined && ends[other(fixed)].cardinality === 'many') {
    const holderEnd = { ...ends[fixed], cardinality: 'many' as const };
    const targetEnd = { ...ends[other(fixed)], cardinality: 'one' as const };
    shape = { kind: 'one-many', holder: fixed, holderEnd, targetEnd };
    // the statement that fixed the columns wins; the one that made the other end many loses (both named)
    const fk = m.members.find((c) => c.fkColumns !== undefined) ?? m.members[0]!;
    const lost = fixed === 'p' ? m.qEnd : m.pEnd;
    const args = {
      what: `direction of ${labels.p} – ${labels.q}`,
      winner: `foreign key ${m.fkColumns!.join(', ')}`,
      winnerSource: describeSource(fk.source, fk.span),
      loser: describeEnds(ends),
      loserSource: lost ? describeSource(lost.source ?? 'column', lost.span) : 'cardinality',
    };
    diagnostics.push(diagnostic('resolve/conflict', args, fk.span, lost && compareSpans(lost.span, fk.span) !== 0 ? [lost.span] : []));
  } else if (pMany && qMany) {
    shape = { kind: 'many-many', pEnd: ends.p, qEnd: ends.q };
  } else if (pMany || qMany) {
    const holder: Side = pMany ? 'p' : 'q';
    shape = { kind: 'one-many', holder, holderEnd: ends[holder], targetEnd: ends[other(holder)] };
  } else {
    const holder: Side =
      fixed ?? m.holder ?? (ends.p.optional && !ends.q.optional ? 'p' : ends.q.optional && !ends.p.optional ? 'q' : m.bSide);
    shape = { kind: 'one-one', holder, holderEnd: ends[holder], targetEnd: ends[other(holder)] };
  }
  if (guessed) diagnostics.push(diagnostic('extract/ambiguous-cardinality', { a: labels.p, b: labels.q, assumed: describeShape(shape) }, span));
  return { value: shape, diagnostics };
}

function describeEnds(ends: Record<'p' | 'q', End>): string {
  return `${ends.p.cardinality} – ${ends.q.cardinality}`;
}
