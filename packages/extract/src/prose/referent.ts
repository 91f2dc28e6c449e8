import type { Chunk, NounPhrase } from './chunks.js';
import type { ReadSentence } from './read.js';

const DEMONSTRATIVE = /^(this|that|these|those)$/;

/** The noun phrases of `chunks` that end before `end`, nearest first. */
function phrasesBefore(chunks: readonly Chunk[], end: number): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (const c of chunks) if (c.kind === 'np' && c.np.end <= end) out.push(c.np);
  return out.reverse();
}

/**
 * What a demonstrative phrase points back to: "Users can create a special type of page: an advertisement
 * page. This page records …" — "this page" is the advertisement page, the nearest earlier phrase (in this
 * sentence or the one before) with the same head and more words. Anything else stands for itself.
 */
export function referentOf(np: NounPhrase, rs: ReadSentence, previous: ReadSentence | undefined): NounPhrase {
  if (!DEMONSTRATIVE.test(np.det ?? '') || np.words.length !== 1 || np.pronoun) return np;
  const earlier = [...phrasesBefore(rs.chunks, np.start), ...(previous ? phrasesBefore(previous.chunks, Number.MAX_SAFE_INTEGER) : [])];
  for (const e of earlier) {
    if (e.pronoun || e.head !== np.head) continue;
    return e.words.length > 1 ? e : np;
  }
  return np;
}
