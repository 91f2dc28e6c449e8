import { OF_ATTRIBUTE_SKIPPED_HEADS } from '../infer/prose-words.js';
import { candidate, isAttributeLike } from './attributes-of.js';
import type { Candidate } from './candidates.js';
import type { NounPhrase } from './chunks.js';
import type { ReadSentence } from './read.js';

/** Determiners that point at one particular thing: "the start date of the cruise", "the price of each ticket". */
const POINTING = /^(the|a|an|each|every|this|that)$/;

/**
 * "the start date of the cruise", "the price of each ticket" anywhere in a sentence: a property-like
 * head with "of" and one particular owner names the owner's attribute. A bare plural after "of"
 * ("the number of seats", "the price of tickets") counts or sums many things, so it is left alone, and so
 * are heads that group or classify ("the type of stay" is usually a category of its own). A passing
 * phrase is weak evidence: it never makes its owner an entity.
 */
export function ofAttributes(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  for (const c of rs.chunks) {
    if (c.kind !== 'np') continue;
    const np = c.np;
    const owner = np.of;
    if (!owner || owner.pronoun || owner.of || !isAttributeLike(np) || isAttributeLike(owner)) continue;
    if (OF_ATTRIBUTE_SKIPPED_HEADS.has(np.head) || np.possessor) continue;
    if (!(owner.quant?.meaning.distributive || POINTING.test(owner.det ?? ''))) continue;
    for (const a of candidate(owner, { ...np, of: undefined } as NounPhrase, 'prose/attribute/of-owner', 0.55, rs)) out.push({ ...a, weak: true });
  }
  return out;
}
