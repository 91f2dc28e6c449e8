import type { Schema } from '@schemawright/ir';
import { emitMermaid } from '../mermaid/erd.js';
import { docContext } from './context.js';
import { databaseSection } from './database-section.js';
import { ORM_LABELS, PROVIDER_LABELS } from './database-words.js';
import { migrationSection } from './migration-section.js';
import type { ErdDocOptions } from './options.js';
import { performanceSection } from './performance/section.js';
import { relationshipsSection } from './relationships-section.js';
import { schemaSection } from './schema-section.js';
import { tablesSection } from './tables-section.js';

/**
 * `erd.md`: a title, the Mermaid ERD, then Database selection, Table definitions, Relationships, Schema
 * definition, Migration strategy and Performance. Pure and deterministic: walks the canonical schema and the
 * signals in the order given; ends with one newline.
 */
export function emitErdDoc(schema: Schema, options: ErdDocOptions = {}): string {
  const ctx = docContext(schema, options);
  const provider = PROVIDER_LABELS[schema.database.provider];
  const orm = ORM_LABELS[schema.database.orm];
  const sections: string[][] = [
    [
      `# ${schema.name.trim() === '' ? 'Database' : schema.name.trim()}: entity-relationship design`,
      '',
      `${schema.tables.length} tables and ${schema.relations.length} relationships on ${provider} with ${orm}, generated from the product documents. Every table and relationship below names the line it came from.`,
    ],
    ['## Entity-relationship diagram', '', '```mermaid', emitMermaid(schema, options.mermaid ?? {}).trimEnd(), '```'],
    databaseSection(ctx),
    tablesSection(ctx),
    relationshipsSection(ctx),
    schemaSection(ctx),
    migrationSection(ctx),
    performanceSection(ctx),
  ];
  return sections.map((s) => s.join('\n')).join('\n\n') + '\n';
}
