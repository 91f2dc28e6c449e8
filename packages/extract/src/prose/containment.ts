import { COLLECTION_NOUNS, CONTAINER_DETERMINERS, CONTAINMENT_PREPOSITIONS } from '../infer/prose-weak-words.js';
import { isAttributeLike } from './attributes.js';
import type { Candidate } from './candidates.js';
import type { Chunk, NounPhrase } from './chunks.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';

const ONE = { cardinality: 'one', optional: false } as const;
const MANY = { cardinality: 'many', optional: true } as const;

/** The things a phrase counts: "seats" itself, or through "the number of seats". */
function contained(np: NounPhrase): NounPhrase | undefined {
  if (COLLECTION_NOUNS.has(np.head) && np.of) return np.of.plural ? np.of : undefined;
  return np.plural && !isAttributeLike(np) ? np : undefined;
}

/** One particular container: a singular noun with "the", "a", "each" … ("another theatre" is not one). */
function container(np: NounPhrase | undefined): NounPhrase | undefined {
  if (!np || np.plural || np.pronoun || isAttributeLike(np)) return undefined;
  const det = np.quant?.text ?? np.det;
  return det !== undefined && CONTAINER_DETERMINERS.has(det) ? np : undefined;
}

const tokenAt = (chunks: readonly Chunk[], i: number): string | undefined => {
  const c = chunks[i];
  return c?.kind === 'tok' ? c.token.lower : undefined;
};

function relation(rs: ReadSentence, whole: NounPhrase, parts: NounPhrase, rule: string, confidence: number): Candidate[] {
  const a = nounRefOf(whole);
  const b = nounRefOf(parts);
  if (!a || !b || a.words.join(' ') === b.words.join(' ')) return [];
  return [{ kind: 'relation', a, b, aEnd: ONE, bEnd: MANY, label: 'contain', possession: false, rule, confidence, sentence: rs.sentence }];
}

/**
 * Containment said by a preposition rather than a verb: "the seats in the theatre", "the number of rooms
 * on each floor", "the shows of a theatre" (many parts, one particular whole), and "several theatres in
 * which several shows are programmed" (a relative clause opened by a preposition: its subject lies inside
 * the antecedent). The whole has many parts, each part one whole.
 */
export function containmentRelations(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  const chunks = rs.chunks;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (c.kind !== 'np') continue;
    const np = c.np;
    // "the shows of a theatre"
    if (np.of && !COLLECTION_NOUNS.has(np.head)) {
      const parts = contained({ ...np, of: undefined });
      const whole = container(np.of);
      if (parts && whole) out.push(...relation(rs, whole, parts, 'prose/relation/of-containment', 0.55));
    }
    const prep = tokenAt(chunks, i + 1);
    if (!prep || !CONTAINMENT_PREPOSITIONS.has(prep)) continue;
    const next = chunks[i + 2];
    // "theatres in which shows are programmed", "rooms in which beds stand"
    if (tokenAt(chunks, i + 2) === 'which' && chunks[i + 3]?.kind === 'np' && chunks[i + 4]?.kind === 'vg' && !np.pronoun && !isAttributeLike(np)) {
      const inner = (chunks[i + 3] as { np: NounPhrase }).np;
      const counted = inner.plural || (inner.quant !== undefined && inner.quant.meaning.cardinality === 'many');
      if (counted && !isAttributeLike(inner)) out.push(...relation(rs, np, inner, 'prose/relation/in-which', 0.6));
      continue;
    }
    // "the seats in the theatre"
    const parts = contained(np);
    const whole = next?.kind === 'np' ? container(next.np) : undefined;
    if (parts && whole) out.push(...relation(rs, whole, parts, 'prose/relation/in-container', 0.55));
  }
  return out;
}
