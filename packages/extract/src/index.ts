import { canonicalSchema, type Diagnostic, type Result, type Schema } from '@schemawright/ir';
import { collectFacts } from './collect/index.js';
import { parseDocuments, type SourceDocument } from './document.js';
import { resolveSchema, type ResolveOptions } from './resolve/index.js';

export * from './facts.js';
export * from './document.js';
export { collectFacts, COLLECTORS, type Collector } from './collect/index.js';
export { resolveSchema, type ResolveOptions } from './resolve/index.js';
export { parseRawType, TYPE_WORDS } from './infer/index.js';
export { chooseDatabase } from './design/database.js';

/** Documents → schema IR in canonical order: parse, collect facts, resolve. Pure. */
export function extractSchema(docs: readonly SourceDocument[], options: ResolveOptions): Result<Schema> {
  const parsed = parseDocuments(docs);
  const facts = collectFacts(parsed);
  const resolved = resolveSchema(facts.value, options);
  const diagnostics: Diagnostic[] = [...facts.diagnostics, ...resolved.diagnostics];
  return { value: canonicalSchema(resolved.value), diagnostics };
}
