import type { ParsedDocument } from '../document.js';
import { proseBlocksOf } from './blocks.js';
import { chunkSentence, type Chunk } from './chunks.js';
import { clausesOf, type Clause } from './clauses.js';
import { lineStartsOf, sentencesOf } from './sentences.js';
import { winkTagger } from './tagger.js';
import type { Sentence, Tagger } from './tokens.js';

/** A sentence with its chunks and clauses: what every rule family reads. */
export interface ReadSentence {
  readonly sentence: Sentence;
  readonly chunks: readonly Chunk[];
  readonly clauses: readonly Clause[];
}

/** Reads the prose of a document into tagged, chunked sentences with clauses, in document order. */
export function readProse(doc: ParsedDocument, tagger: Tagger = winkTagger): ReadSentence[] {
  const lineStarts = lineStartsOf(doc.text);
  const out: ReadSentence[] = [];
  for (const block of proseBlocksOf(doc.tree)) {
    for (const sentence of sentencesOf(block, tagger, doc.file, lineStarts, out.length)) {
      const chunks = chunkSentence(sentence.tokens);
      out.push({ sentence, chunks, clauses: clausesOf(chunks) });
    }
  }
  return out;
}
