import { compareSpans, compareStrings, formatSpan, type Span } from '@schemawright/ir';
import { SOURCE_RANK, type FactBase, type SourceKind } from '../facts.js';

/** Rank of a source kind: higher wins a conflict. */
export function rankOf(source: SourceKind): number {
  return SOURCE_RANK[source];
}

/** JSON with object keys sorted: a text form of a value that does not depend on how it was built. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort(compareStrings)) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/**
 * The order in which facts win: higher source rank first, then earlier span, then rule, then content.
 * Total, so the outcome never depends on the order the collectors produced the facts in.
 */
export function compareByRank(a: FactBase, b: FactBase): number {
  return (
    rankOf(b.source) - rankOf(a.source) ||
    compareSpans(a.span, b.span) ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(stableJson(a), stableJson(b))
  );
}

/** Document order: span, then rule, then content. */
export function compareBySpan(a: FactBase, b: FactBase): number {
  return compareSpans(a.span, b.span) || compareStrings(a.rule, b.rule) || compareStrings(stableJson(a), stableJson(b));
}

/** A copy sorted by `compareByRank` (best first). */
export function byRank<T extends FactBase>(list: readonly T[]): T[] {
  return [...list].sort(compareByRank);
}

/** How a diagnostic names where a value came from: `erd at architecture.md:12:5`. */
export function describeSource(source: string, span: Span): string {
  return `${source} at ${formatSpan(span)}`;
}
