import type { Result } from '@schemawright/ir';
import type { ParsedDocument } from '../document.js';
import type { Fact } from '../facts.js';
import { assembleFacts } from '../prose/assemble.js';
import { proseCandidates } from '../prose/candidates-of.js';
import { readProse } from '../prose/read.js';
import type { Tagger } from '../prose/tokens.js';

/**
 * Reads the data model out of a document's plain English: sentences, user stories, task bullets,
 * headings and glossary entries. Facts carry the sentence's span, the rule id, and a confidence from
 * how much the text supports them; unsure readings become `extract/prose-*` diagnostics.
 */
export function collectProse(doc: ParsedDocument, tagger?: Tagger): Result<readonly Fact[]> {
  const sentences = readProse(doc, tagger);
  const { facts, diagnostics } = assembleFacts(proseCandidates(sentences), sentences.length);
  return { value: facts, diagnostics };
}
