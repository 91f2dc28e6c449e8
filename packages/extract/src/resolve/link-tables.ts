import { entityKey } from '@schemawright/ir';
import type { TableDraft, TableMap } from './drafts.js';
import { CREATED_COLUMNS } from './defaults.js';
import { idColumnTarget } from './relation-candidates.js';

/** A link table's key and the entities its columns point at, in column order. */
export interface LinkKey {
  readonly columns: readonly string[];
  readonly targets: readonly string[];
}

/**
 * The key of a pure link table: a table the documents gave no key whose every column (two or more, creation
 * timestamps aside) is a foreign key to a different other entity, by a stated target or a `<entity>_id` name
 * (`menu_item_toppings (menu_item_id, topping_id)`). Such a row is the pair itself, so the pair is the key.
 * Undefined for anything else (an `id`, a column of its own, a nullable column, a column that points nowhere).
 */
export function linkTableKey(t: TableDraft, tables: TableMap): LinkKey | undefined {
  if (t.columns.some((c) => c.primaryKey || c.name === 'id')) return undefined;
  const own = t.columns.filter((c) => !CREATED_COLUMNS.includes(c.name));
  // a column the documents let be empty cannot be part of a key: that row is not just a pair
  if (own.length < 2 || own.some((c) => c.nullable)) return undefined;
  const targets: string[] = [];
  for (const c of own) {
    const stated = c.references ? entityKey(c.references.entity) : undefined;
    const target = stated ?? idColumnTarget(t, c, tables);
    if (target === undefined || target === t.key || !tables.has(target)) return undefined;
    targets.push(target);
  }
  // two keys to one entity (`home_team_id`, `away_team_id`; `from_account_id`, `to_account_id`) name an event
  if (new Set(targets).size !== targets.length) return undefined;
  return { columns: own.map((c) => c.name), targets };
}
