import { entityKey, words } from '@schemawright/ir';
import type { FieldSpec } from './field-line.js';

/** What a list column (`rates[]`, `assigned_activity_ids[]`) says about another table. */
export interface ListLink {
  /** The entity key of the table it names. */
  readonly target: string;
  /** `has-many`: the table has many rows of the target; `many-many`: a list of the target's ids. */
  readonly kind: 'has-many' | 'many-many';
  /** Words before the target (`assigned`), for the relation label; '' when none. */
  readonly role: string;
}

/**
 * A list column that names another table of the same document is a relation, not a column: `rates[]` beside a
 * `Rate` table is that table's rows; `assigned_activity_ids[]` holds `Activity` ids, a many-to-many. Undefined
 * for any other column (`tags[]` with no `Tag` table stays a json list).
 */
export function listLink(field: FieldSpec, tables: ReadonlySet<string>): ListLink | undefined {
  if (field.rawType !== 'array') return undefined;
  const w = words(field.name);
  const ids = w.length >= 2 && w[w.length - 1] === 'ids';
  const stem = ids ? w.slice(0, -1) : w;
  // the longest tail of the name that names a table: `assigned_activity` → activity
  for (let i = 0; i < stem.length; i++) {
    const key = entityKey(stem.slice(i).join('_'));
    if (tables.has(key)) return { target: key, kind: ids ? 'many-many' : 'has-many', role: stem.slice(0, i).join(' ') };
  }
  return undefined;
}
