import type { TableKey } from '../sql/table-keys.js';
import type { DbColumn, DbTable } from './database-model.js';

/** How one table present in both models differs. */
export interface TableChanges {
  readonly before: DbTable;
  readonly after: DbTable;
  readonly added: readonly DbColumn[];
  readonly dropped: readonly DbColumn[];
  /** Columns whose type, nullability or default changed, before and after. */
  readonly altered: readonly (readonly [before: DbColumn, after: DbColumn])[];
  /** Columns that gain or lose SERIAL: dropped and added again, PostgreSQL cannot switch a sequence on. */
  readonly recreated: readonly (readonly [before: DbColumn, after: DbColumn])[];
  readonly primaryKeyChanged: boolean;
  readonly droppedKeys: readonly TableKey[];
  readonly createdKeys: readonly TableKey[];
}

const sameKey = (a: TableKey, b: TableKey) => a.unique === b.unique && a.columns.join('\0') === b.columns.join('\0');

/** Compares a table with its next version, column by column (by name) and key by key (by database name). */
export function tableChangesOf(before: DbTable, after: DbTable): TableChanges {
  const old = new Map(before.columns.map((c) => [c.name, c]));
  const names = new Set(after.columns.map((c) => c.name));
  const altered: [DbColumn, DbColumn][] = [];
  const recreated: [DbColumn, DbColumn][] = [];
  for (const c of after.columns) {
    const p = old.get(c.name);
    if (!p || p.sql === c.sql) continue;
    (p.serial !== c.serial ? recreated : altered).push([p, c]);
  }
  const rebuiltColumns = new Set(recreated.map(([, c]) => c.name));
  const touchesRebuilt = (k: { columns: readonly string[] }) => k.columns.some((c) => rebuiltColumns.has(c));
  const oldKeys = new Map(before.keys.map((k) => [k.name, k]));
  const newKeys = new Map(after.keys.map((k) => [k.name, k]));
  const changedKey = (k: TableKey, other: TableKey | undefined) => !other || !sameKey(k, other) || touchesRebuilt(k);
  return {
    before,
    after,
    added: after.columns.filter((c) => !old.has(c.name)),
    dropped: before.columns.filter((c) => !names.has(c.name)),
    altered,
    recreated,
    primaryKeyChanged: before.primaryKey.join('\0') !== after.primaryKey.join('\0') || touchesRebuilt({ columns: after.primaryKey }),
    droppedKeys: before.keys.filter((k) => changedKey(k, newKeys.get(k.name))),
    createdKeys: after.keys.filter((k) => changedKey(k, oldKeys.get(k.name))),
  };
}

/** True when the table needs no statement of its own. */
export function isUnchanged(t: TableChanges): boolean {
  return t.added.length + t.dropped.length + t.altered.length + t.recreated.length + t.droppedKeys.length + t.createdKeys.length === 0 && !t.primaryKeyChanged;
}
