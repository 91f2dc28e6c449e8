import type { Span } from '@schemawright/ir';
import type { IndexFact, RelationFact } from '../../facts.js';
import { readForeignKeyNote } from './fk-note.js';
import { readIndexNote } from './index-note.js';

/** Rule ids of the notes written under an entity heading. */
export const FK_NOTE_RULE = 'collect/relationship-note';
export const INDEX_NOTE_RULE = 'collect/index-note';

/**
 * Reads a note that belongs to the entity above it: a foreign key (`` `user_id` → `users.id`, ON DELETE CASCADE ``)
 * becomes a relation held by `entity`; an index (`UNIQUE(a, b)`, or `idx_x (a, b)` under an `Indexes:` label)
 * becomes an IndexFact on `entity`.
 */
export function readEntityNote(line: string, entity: string, span: Span, underIndexLabel: boolean): RelationFact | IndexFact | undefined {
  const fk = readForeignKeyNote(line);
  if (fk) {
    return {
      kind: 'relation', span, rule: FK_NOTE_RULE, source: 'note', confidence: 1, a: entity, b: fk.table,
      aEnd: { cardinality: 'many', optional: true },
      bEnd: { cardinality: 'one', optional: fk.onDelete === 'set-null' },
      fkOn: 'a', fkColumns: [fk.column],
      ...(fk.onDelete ? { onDelete: fk.onDelete } : {}),
    };
  }
  const index = readIndexNote(line, underIndexLabel);
  if (!index) return undefined;
  return {
    kind: 'index', span, rule: INDEX_NOTE_RULE, source: 'note', confidence: 1, entity,
    columns: index.columns, unique: index.unique, ...(index.name ? { name: index.name } : {}),
  };
}
