import { diagnostic, type Diagnostic, type Result } from '@schemawright/ir';
import type { Fact } from '../facts.js';

/** The confidence below which facts are dropped when the caller does not say. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * Drops facts below `min`. Dropping an entity or a relation changes the design, so each of those gets an
 * info diagnostic; a dropped attribute or signal only loses detail and stays silent.
 */
export function dropLowConfidence(facts: readonly Fact[], min: number): Result<Fact[]> {
  const kept: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of facts) {
    if (f.confidence >= min) {
      kept.push(f);
      continue;
    }
    if (f.kind === 'entity' || f.kind === 'relation') {
      const name = f.kind === 'entity' ? f.name : `${f.a} – ${f.b}`;
      diagnostics.push(diagnostic('resolve/low-confidence', { what: f.kind, name, confidence: f.confidence, min }, f.span));
    }
  }
  return { value: kept, diagnostics };
}
