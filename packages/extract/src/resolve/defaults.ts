import { type Relation } from '@schemawright/ir';
import { isImplicitJunctionDraft } from './implicit-junction.js';
import { addedColumn, appendColumn, findColumn, updateColumn, type TableDraft } from './drafts.js';

/** Rule id of the timestamp columns resolve adds. */
export const TIMESTAMPS_RULE = 'resolve/default-timestamps';

/** Names that already record when a row was created or last changed: no second column is added. Data. */
export const CREATED_COLUMNS: readonly string[] = ['created_at', 'created_on', 'creation_date', 'date_created', 'inserted_at', 'created'];
export const UPDATED_COLUMNS: readonly string[] = ['updated_at', 'updated_on', 'modified_at', 'modified_on', 'last_modified', 'last_updated', 'date_modified', 'updated'];

/**
 * Rule 10: entity tables get `created_at` (default now) and `updated_at` (set on update) unless they have
 * them under some name; junction tables get `created_at` only. A stated `created_at`/`updated_at` of
 * datetime type gets the same default and update behaviour. Prisma's implicit junctions get none.
 */
export function addTimestamps(t: TableDraft): TableDraft {
  // Prisma's implicit many-to-many table holds its two keys and nothing else
  if (isImplicitJunctionDraft(t)) return t;
  let out = t;
  const stamp = { origin: t.origin, rule: TIMESTAMPS_RULE, confidence: 1, type: { kind: 'datetime' } as const };
  const created = findColumn(out, 'created_at');
  if (created) {
    if (created.type?.kind === 'datetime' && created.default === undefined) out = updateColumn(out, 'created_at', (c) => ({ ...c, default: { kind: 'now' } }));
  } else if (!CREATED_COLUMNS.some((n) => findColumn(out, n))) {
    out = appendColumn(out, addedColumn({ ...stamp, name: 'created_at', default: { kind: 'now' } }));
  }
  if (t.role === 'join') return out;
  const updated = findColumn(out, 'updated_at');
  if (updated) {
    if (updated.type?.kind === 'datetime') out = updateColumn(out, 'updated_at', (c) => ({ ...c, autoUpdate: true }));
  } else if (!UPDATED_COLUMNS.some((n) => findColumn(out, n))) {
    out = appendColumn(out, addedColumn({ ...stamp, name: 'updated_at', autoUpdate: true }));
  }
  return out;
}

/**
 * A single-column key the documents gave no default gets one the database can fill: `uuid()` for uuid
 * keys and unsized string ids, autoincrement for integer keys. Keys that are also foreign keys copy the
 * referenced row's value.
 */
export function addKeyDefault(t: TableDraft, relations: readonly Relation[]): TableDraft {
  if (t.primaryKey.length !== 1) return t;
  const name = t.primaryKey[0]!;
  const col = findColumn(t, name);
  if (!col || col.default !== undefined) return t;
  if (relations.some((r) => r.from.table === t.name && r.from.columns.includes(name))) return t;
  if (col.type?.kind === 'uuid') return updateColumn(t, name, (c) => ({ ...c, default: { kind: 'uuid' } }));
  // an unsized string id (TypeScript `id: string`, Prisma `String @id`) is an opaque identifier: uuid() fills it
  const idName = name === 'id' || name.endsWith('_id');
  if (col.type?.kind === 'string' && col.type.maxLength === undefined && idName) return updateColumn(t, name, (c) => ({ ...c, default: { kind: 'uuid' } }));
  if (col.type?.kind === 'int') return updateColumn(t, name, (c) => ({ ...c, default: { kind: 'autoincrement' } }));
  return t;
}
