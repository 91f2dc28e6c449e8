import { HEADING_NOISE } from '../infer/prose-words.js';
import type { Candidate } from './candidates.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';

/**
 * Headings and glossary entries: a heading that is one noun phrase ("3.1 Customer Details", "Payments")
 * names a candidate entity once its filler words are dropped; a list item that opens with a short noun
 * phrase and a colon or dash ("**Invoice** — a bill sent …") defines one.
 */
export function glossaryCandidates(rs: ReadSentence): Candidate[] {
  const s = rs.sentence;
  const chunks = rs.chunks.filter((c) => !(c.kind === 'tok' && (/^[\d.#]+$/.test(c.token.text) || c.token.pos === 'SYM' || c.token.pos === 'NUM')));
  if (s.block === 'heading') {
    const nps = chunks.filter((c) => c.kind === 'np');
    const only = nps.length === 1 && chunks.length <= 2 ? nps[0] : undefined;
    if (only?.kind !== 'np') return [];
    const ref = nounRefOf(only.np);
    if (!ref) return [];
    const words = ref.words.filter((w) => !HEADING_NOISE.has(w));
    if (words.length === 0 || words.length > 3) return [];
    return [{ kind: 'mention', ref: { words }, role: 'heading', rule: 'prose/entity/heading', confidence: 0.5, sentence: s }];
  }
  if (s.block === 'item') {
    const [head, sep] = chunks;
    if (head?.kind === 'np' && sep?.kind === 'tok' && /^(:|—|–|-)$/.test(sep.token.text) && head.np.words.length <= 3) {
      const ref = nounRefOf(head.np);
      if (ref) return [{ kind: 'mention', ref, role: 'glossary', rule: 'prose/entity/glossary', confidence: 0.5, sentence: s }];
    }
  }
  return [];
}
