import { canonicalSchema, type Diagnostic, type Result, type Schema } from '@schemawright/ir';
import { collectFacts } from './collect/index.js';
import { parseDocuments, type ParsedDocument, type SourceDocument } from './document.js';
import type { SignalFact } from './facts.js';
import { resolveSchema, type ResolveOptions } from './resolve/index.js';

export * from './facts.js';
export * from './document.js';
export { collectFacts, COLLECTORS, type Collector } from './collect/index.js';
export { resolveSchema, type ResolveOptions } from './resolve/index.js';
export { collectPrismaModels } from './collect/prisma-models.js';
export { parseRawType, TYPE_WORDS } from './infer/index.js';
export { chooseDatabase } from './design/database.js';

/** What extraction yields besides the schema: the normalized documents and the design signals. */
export interface Extraction {
  readonly schema: Schema;
  /** Documents in canonical order, normalized (LF, no BOM), for quoting source lines. */
  readonly documents: readonly ParsedDocument[];
  /** Design signals (named database/ORM, money, search, volume …) in document order. */
  readonly signals: readonly SignalFact[];
}

/** Documents → schema IR in canonical order, with the documents and signals the design docs cite. Pure. */
export function extractDesign(docs: readonly SourceDocument[], options: ResolveOptions): Result<Extraction> {
  const parsed = parseDocuments(docs);
  const facts = collectFacts(parsed);
  const resolved = resolveSchema(facts.value, options);
  const diagnostics: Diagnostic[] = [...facts.diagnostics, ...resolved.diagnostics];
  const signals = facts.value.filter((f): f is SignalFact => f.kind === 'signal');
  return { value: { schema: canonicalSchema(resolved.value), documents: parsed, signals }, diagnostics };
}

/** Documents → schema IR in canonical order: parse, collect facts, resolve. Pure. */
export function extractSchema(docs: readonly SourceDocument[], options: ResolveOptions): Result<Schema> {
  const r = extractDesign(docs, options);
  return { value: r.value.schema, diagnostics: r.diagnostics };
}
export { previousSchemaOf, PREVIOUS_SCHEMA_PATH, INFERRED_RULES } from './previous-schema.js';
