import type { Diagnostic, Result } from '@schemawright/ir';
import type { ParsedDocument } from '../document.js';
import type { Fact } from '../facts.js';
import { collectEntitySections } from './entity-sections.js';
import { collectFieldTables } from './field-tables.js';
import { collectRelationshipNotes } from './relationship-notes.js';
import { collectTableLists } from './table-lists.js';
import { collectMermaidErd } from './mermaid-erd.js';
import { collectSignals } from './signals.js';
import { collectSqlDdl } from './sql-ddl.js';
import { collectPrismaModels } from './prisma-models.js';
import { collectTypeScriptTypes } from './typescript-types.js';
import { collectJsonExamples } from './json-examples.js';
import { collectUnfencedCode } from './unfenced-code.js';
import { collectProse } from './prose.js';

/** A collector reads one input style from one document and returns facts with spans. Pure. */
export type Collector = (doc: ParsedDocument) => Result<readonly Fact[]>;

/**
 * Every collector, in a fixed order. Add one line per input style; the order only affects which of two
 * equally ranked facts is seen first, and resolve breaks those ties by span, not by this order.
 */
export const COLLECTORS: readonly (readonly [name: string, collect: Collector])[] = [
  ['signals', collectSignals],
  ['mermaid-erd', collectMermaidErd],
  ['field-tables', collectFieldTables],
  ['entity-sections', collectEntitySections],
  ['table-lists', collectTableLists],
  ['relationship-notes', collectRelationshipNotes],
  ['sql-ddl', collectSqlDdl],
  ['prisma-models', collectPrismaModels],
  ['typescript-types', collectTypeScriptTypes],
  ['json-examples', collectJsonExamples],
  ['unfenced-code', collectUnfencedCode],
  ['prose', (doc) => collectProse(doc)],
];

/** Runs every collector over every document (documents already in canonical order). */
export function collectFacts(docs: readonly ParsedDocument[], collectors = COLLECTORS): Result<Fact[]> {
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of docs) {
    for (const [, collect] of collectors) {
      const r = collect(doc);
      facts.push(...r.value);
      diagnostics.push(...r.diagnostics);
    }
  }
  return { value: facts, diagnostics };
}
