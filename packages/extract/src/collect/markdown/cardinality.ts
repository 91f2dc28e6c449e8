import { compareStrings } from '@schemawright/ir';
import type { EndFact } from '../../facts.js';
import { CARDINALITY_WORDS } from '../../infer/relationship-phrases.js';

/** Escapes a word for use inside a RegExp. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CARD_KEYS = Object.keys(CARDINALITY_WORDS).sort((a, b) => b.length - a.length || compareStrings(a, b));
/** One cardinality word (`1`, `N`, `0..1`, `many`), as a RegExp source. */
export const CARD = `(?:${CARD_KEYS.map(escapeRegExp).join('|')})`;
const PAIR_SEP = `(?:\\s*(?::|\\/|—|–|─+|-{1,2}>?|→)\\s*|-to-|\\s+to\\s+)`;
/** `1:N`, `one-to-many`, `0..1 — *`, as a whole string. */
export const PAIR = new RegExp(`^(${CARD})${PAIR_SEP}(${CARD})$`, 'i');
/** `A 1:N B`, `A (1:N) B`, `A one-to-many B`: a pair between two names. */
export const PAIR_BETWEEN = new RegExp(`^(.+?)\\s+\\(?(${CARD})${PAIR_SEP}(${CARD})\\)?\\s+(.+)$`, 'i');

/** `(one-to-many, optional)`: the child may exist without the parent, so the `one` end is optional. */
export function optionalParent(pair: { left: EndFact; right: EndFact }, mods: readonly string[]): { left: EndFact; right: EndFact } {
  if (!mods.some((m) => /^(?:optional|nullable|may be empty)$/i.test(m))) return pair;
  const soften = (e: EndFact): EndFact => (e.cardinality === 'one' ? { ...e, optional: true } : e);
  return { left: soften(pair.left), right: soften(pair.right) };
}

/** Reads a whole pair (`1:N`, `one-to-many`) into its left and right ends. */
export function pairOf(text: string): { left: EndFact; right: EndFact } {
  const m = PAIR.exec(text)!;
  return { left: card(m[1]!), right: card(m[2]!) };
}

/** The end a cardinality word stands for (`N` → many, optional). */
export function card(word: string): EndFact {
  return CARDINALITY_WORDS[word.toLowerCase()]!;
}

