import type { ParsedDocument } from '../document.js';
import { proseBlocksOf } from './blocks.js';
import { chunkSentence, type Chunk } from './chunks.js';
import { clausesOf, type Clause } from './clauses.js';
import { lineStartsOf, sentencesOf } from './sentences.js';
import { winkTagger } from './tagger.js';
import { properNamesOf } from './proper-names.js';
import { repairTags } from './repair.js';
import type { Sentence, Tagger } from './tokens.js';

/** A sentence with its chunks and clauses: what every rule family reads. */
export interface ReadSentence {
  readonly sentence: Sentence;
  readonly chunks: readonly Chunk[];
  readonly clauses: readonly Clause[];
}

/**
 * Reads the prose of a document into tagged, chunked sentences with clauses, in document order. Tags are
 * repaired once per sentence, knowing the document's proper names.
 */
export function readProse(doc: ParsedDocument, tagger: Tagger = winkTagger): ReadSentence[] {
  const lineStarts = lineStartsOf(doc.text);
  const tagged: Sentence[] = [];
  for (const block of proseBlocksOf(doc.tree)) tagged.push(...sentencesOf(block, tagger, doc.file, lineStarts, tagged.length));
  const properNames = properNamesOf(tagged);
  const out: ReadSentence[] = new Array(tagged.length);
  for (let i = 0; i < tagged.length; i++) {
    const sentence = { ...tagged[i]!, tokens: repairTags(tagged[i]!.tokens, properNames) };
    const chunks = chunkSentence(sentence.tokens);
    out[i] = { sentence, chunks, clauses: clausesOf(chunks) };
  }
  return out;
}
