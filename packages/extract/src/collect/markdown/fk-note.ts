import type { ReferentialAction } from '@schemawright/ir';
import { readConstraints } from './constraints.js';

/** `article_id → articles.id, ON DELETE CASCADE`: a foreign key column of the entity above, and its target. */
export interface ForeignKeyNote {
  readonly column: string;
  readonly table: string;
  readonly refColumn: string;
  readonly onDelete?: ReferentialAction;
}

// The column is a lower-case identifier and the target ends at `table.column` (`supabase.auth.signUp()` is code).
const FK_NOTE =
  /^`?([a-z][A-Za-z0-9_]*)`?\s*(?:→|->|=>|[Rr]eferences|REFERENCES|refs|[Ff][Kk]\s+to)\s*`?([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*)|\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\))`?((?:[\s,，;；].*)?)$/;

/**
 * Reads a foreign-key note written under an entity: `` `user_id` → `users.id`，`ON DELETE CASCADE` ``,
 * `owner_id -> users(id)`. The target must name a column (`table.column` or `table(column)`), which tells it
 * apart from an arrow between two entities.
 */
export function readForeignKeyNote(line: string): ForeignKeyNote | undefined {
  const m = FK_NOTE.exec(line.trim());
  if (!m) return undefined;
  const rest = readConstraints(m[5] ?? '');
  return {
    column: m[1]!,
    table: m[2]!,
    refColumn: (m[3] ?? m[4])!,
    ...(rest.onDelete ? { onDelete: rest.onDelete } : {}),
  };
}
