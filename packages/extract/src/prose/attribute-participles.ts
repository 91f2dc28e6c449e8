import { STORAGE_VERBS } from '../infer/prose-verbs.js';
import { candidate, isAttributeLike } from './attributes-of.js';
import type { Candidate } from './candidates.js';
import type { NounPhrase } from './chunks.js';
import { listAt } from './clauses.js';
import type { ReadSentence } from './read.js';

/** The storage verb an "-ing" word is a form of ("recording" → record, "storing" → store), if any. */
function storageVerbOf(word: string): string | undefined {
  if (!word.endsWith('ing') || word.length < 6) return undefined;
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].find((v) => STORAGE_VERBS.has(v));
}

/**
 * "…, with each order line recording the quantity ordered": a participle of a storage verb after a noun
 * stores the following properties for that noun. The chunker reads the participle as the last word of
 * the noun phrase, so the owner is that phrase without it.
 */
export function participleAttributes(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  const chunks = rs.chunks;
  for (let i = 0; i + 1 < chunks.length; i++) {
    const c = chunks[i]!;
    if (c.kind !== 'np' || c.np.words.length < 2 || c.np.of || !storageVerbOf(c.np.head)) continue;
    const words = c.np.words.slice(0, -1);
    const owner: NounPhrase = { ...c.np, words, head: words[words.length - 1]! };
    if (isAttributeLike(owner)) continue;
    const list = listAt(chunks, i + 1);
    for (const np of list?.items ?? []) if (isAttributeLike(np)) out.push(...candidate(owner, np, 'prose/attribute/participle', 0.6, rs));
  }
  return out;
}
