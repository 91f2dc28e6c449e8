import { ATTRIBUTE_HEADS } from '../infer/prose-words.js';
import type { NounPhrase } from './chunks.js';
import type { ReadSentence } from './read.js';

/** The first subject of a sentence that is a real noun (not a pronoun), or undefined. */
export function topicOf(rs: ReadSentence | undefined): NounPhrase | undefined {
  if (!rs) return undefined;
  for (const c of rs.clauses) {
    const np = c.subject?.items[0];
    if (np && !np.pronoun) return np;
  }
  for (const c of rs.chunks) if (c.kind === 'np' && !c.np.pronoun) return c.np;
  return undefined;
}

/**
 * What a pronoun ("they", "it", "their") in `rs` most likely stands for: the topic of the same sentence
 * when the pronoun is not its first noun phrase, else the previous sentence's topic.
 */
export function antecedentOf(rs: ReadSentence, pronounAt: number, previous: ReadSentence | undefined): NounPhrase | undefined {
  const before: NounPhrase[] = [];
  for (const c of rs.chunks) if (c.kind === 'np' && !c.np.pronoun && c.np.end <= pronounAt && !ATTRIBUTE_HEADS.has(c.np.head)) before.push(c.np);
  const pronoun = rs.sentence.tokens[pronounAt]?.lower ?? '';
  // "their"/"they" prefer the nearest plural noun, "its"/"it" the nearest singular one
  const wantPlural = /^(they|their|them)$/.test(pronoun);
  const agreeing = [...before].reverse().find((np) => np.plural === wantPlural);
  return agreeing ?? before[before.length - 1] ?? topicOf(previous);
}

/** "For each X, …", "Of these X, …", "Per X, …" at the start of a sentence: the noun all of it is about. */
export function framingOwnerOf(rs: ReadSentence): NounPhrase | undefined {
  const [first, second] = rs.chunks;
  if (first?.kind !== 'tok' || !/^(for|of|per|on|about|regarding|concerning)$/.test(first.token.lower)) return undefined;
  if (second?.kind !== 'np' || second.np.pronoun) return undefined;
  const framing = second.np.quant?.meaning.distributive || /^(these|those|this|the)$/.test(second.np.det ?? '') || first.token.lower !== 'of';
  return framing ? second.np : undefined;
}
