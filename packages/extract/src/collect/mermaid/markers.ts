import type { EndFact } from '../../facts.js';
import type { ErCardinality } from './ast.js';

/**
 * What each Mermaid cardinality means for the rows next to it. Every spelling maps to one of these tokens in
 * the lexer: `|o` `o|` `one or zero` `zero or one` → ZERO_OR_ONE; `||` `one` `only one` `1` → ONLY_ONE;
 * `}o` `o{` `zero or more` `zero or many` `many(0)` `many` `0+` → ZERO_OR_MORE; `}|` `|{` `one or more`
 * `one or many` `many(1)` `1+` → ONE_OR_MORE; `u` (the parent of a master-detail pair) → exactly one.
 */
export const CARDINALITY_ENDS: Readonly<Record<ErCardinality, EndFact>> = {
  ZERO_OR_ONE: { cardinality: 'one', optional: true },
  ONLY_ONE: { cardinality: 'one', optional: false },
  ZERO_OR_MORE: { cardinality: 'many', optional: true },
  ONE_OR_MORE: { cardinality: 'many', optional: false },
  MD_PARENT: { cardinality: 'one', optional: false },
};

/** The end a marker stands for, as a fresh object (facts never share mutable parts). */
export function endOf(card: ErCardinality): EndFact {
  const end = CARDINALITY_ENDS[card];
  return { cardinality: end.cardinality, optional: end.optional };
}
