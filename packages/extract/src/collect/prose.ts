import { entityKey, type Result } from '@schemawright/ir';
import type { ParsedDocument } from '../document.js';
import type { Fact } from '../facts.js';
import { SUPPORT } from '../infer/prose-support.js';
import { assembleFacts } from '../prose/assemble.js';
import { proseCandidates } from '../prose/candidates-of.js';
import { readProse } from '../prose/read.js';
import { documentStructure } from '../prose/structure.js';
import type { Tagger } from '../prose/tokens.js';

/**
 * Reads the data model out of a document's plain English: sentences, user stories, task bullets,
 * headings and glossary entries. Facts carry the sentence's span, the rule id, and a confidence from
 * how much the text supports them; unsure readings become `extract/prose-*` diagnostics. A document with
 * an ERD, SQL, Prisma or field tables holds prose-only entities to a much higher bar.
 */
export function collectProse(doc: ParsedDocument, tagger?: Tagger): Result<readonly Fact[]> {
  const sentences = readProse(doc, tagger);
  const structure = documentStructure(doc.tree);
  // in a document that spells its schema out, prose adds relations among the entities named there and
  // fields of those it names without listing their fields; a noun the structure does not name needs far
  // more support to become an entity (an architecture document's prose is mostly about technology: it
  // gets the same bar)
  const strict = structure.structured || doc.role === 'architecture';
  const known = (key: string): boolean => structure.names.has(entityKey(key));
  const bar = (key: string): number => (known(key) ? SUPPORT.knownFactor : strict ? SUPPORT.structuredFactor : 1);
  const spelled = (key: string): boolean => structure.spelled.has(entityKey(key));
  const { facts, diagnostics } = assembleFacts(proseCandidates(sentences), sentences.length, bar, spelled);
  return { value: facts, diagnostics };
}
