import { singular } from '@schemawright/ir';
import { POS_OVERRIDES } from '../infer/prose-pos.js';
import type { Pos, Token } from './tokens.js';

const BOUNDARY = /^(,|;|:|\.|\)|and|or)$/;

/**
 * Fixes two tagger errors common in requirement prose, so the chunker sees noun lists and verbs:
 * - a word tagged VERB standing alone between list separators or after "of" is a noun
 *   ("the name, address, and number…", "year of manufacture,");
 * - a word tagged NOUN right after a plural noun and before a preposition or determiner is a verb
 *   ("several attendants work on a flight").
 */
export function repairTags(tagged: readonly Token[]): Token[] {
  // closed-class words first: their tags are fixed whatever the tagger said
  const tokens = tagged.map((t) => {
    const fixed = POS_OVERRIDES.get(t.lower);
    return fixed === undefined || fixed === t.pos ? t : { ...t, pos: fixed };
  });
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let pos: Pos = t.pos;
    if (t.pos === 'VERB' && prev && (BOUNDARY.test(prev.lower) || prev.lower === 'of' || prev.pos === 'DET') && (!next || BOUNDARY.test(next.lower) || next.pos === 'AUX')) pos = 'NOUN';
    else if (
      t.pos === 'NOUN' && prev?.pos === 'NOUN' && singular(prev.lower) !== prev.lower && !/(ss|us|is)$/.test(prev.lower) &&
      next && (next.pos === 'ADP' || next.pos === 'DET') && singular(t.lower) === t.lower
    ) pos = 'VERB';
    return pos === t.pos ? t : { ...t, pos, lemma: pos === 'NOUN' ? t.lower : t.lemma };
  });
}
