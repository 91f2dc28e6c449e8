import { entityKey, words, type Relation } from '@schemawright/ir';

/** The verb used when a relation has no label and its foreign key simply names the target (`project_id`). */
export const DEFAULT_RELATION_VERB = 'has';

const KEY_SUFFIX = /(?:_(?:id|uuid|key|fk|ref)|(?<=[a-z0-9])(?:Id|ID|Uuid|Key|Fk|Ref))$/;

/**
 * The label of a relation as read from the referenced table to the holder (`USER ||--o{ TASK : "…"`):
 * the documents' verb when there is one; otherwise the role the foreign key names, when it is not just the
 * target (`assignee_id` → "assignee of", `manager_id` → "manager of"); otherwise "has". Two unlabelled
 * relations between one pair thus get different labels.
 */
export function relationLabel(relation: Relation): string {
  if (relation.label !== undefined && relation.label.trim() !== '') return relation.label;
  const role = roleWords(relation.from.columns);
  if (role.length === 0 || entityKey(role.join('_')) === entityKey(relation.to.table)) return DEFAULT_RELATION_VERB;
  return `${role.join(' ')} of`;
}

/** The words the foreign key columns share, key suffix dropped: `owner_id` → owner; (`bin_region`, `bin_code`) → bin. */
function roleWords(columns: readonly string[]): string[] {
  const lists = columns.map((c) => words(c.replace(KEY_SUFFIX, '')));
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!;
  const shared: string[] = [];
  for (let i = 0; lists.every((l) => i < l.length - 1 && l[i] === lists[0]![i]); i++) shared.push(lists[0]![i]!);
  return shared;
}
