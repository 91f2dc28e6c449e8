import { findColumn, type TableDraft } from './drafts.js';
import { labelPrefix, rolesForLabel, SELF_ROLE_FALLBACK } from './role-names.js';

/** `user` + `id` → `user_id`; a key already named for its table (`user_id`) is kept as it is. */
export function fkBaseName(targetKey: string, pkColumn: string): string {
  return pkColumn.startsWith(`${targetKey}_`) ? pkColumn : `${targetKey}_${pkColumn}`;
}

/**
 * Existing columns a relation with this label may already use (single-column keys): `owner_id` for
 * "owns", `created_by` for "creates", `departure_airport_id` for "departs from", `parent_id` for a tree.
 */
export function roleColumnNames(label: string | undefined, targetKey: string, pk: string, self: boolean): string[] {
  const base = fkBaseName(targetKey, pk);
  const roles = [...rolesForLabel(label), ...(self ? [SELF_ROLE_FALLBACK] : [])];
  const out: string[] = [];
  for (const role of roles) out.push(`${role}_${base}`, `${role}_${pk}`, ...(role.includes('_') ? [role] : []));
  const prefix = labelPrefix(label);
  if (prefix !== '') out.push(`${prefix}_${base}`, `${prefix}_${pk}`);
  return out.filter((n, i) => out.indexOf(n) === i);
}

/**
 * New column names to try, best first: `<target>_id` (not for self relations), the label's role
 * (`manager_id`, `departure_airport_id`), `parent_id` for self relations, then `<label>_<target>_id`.
 */
export function newFkNameCandidates(label: string | undefined, targetKey: string, pk: readonly string[], self: boolean): string[][] {
  const bases = pk.map((k) => fkBaseName(targetKey, k));
  const out: string[][] = [];
  if (!self) out.push(bases);
  const role = rolesForLabel(label)[0];
  if (role !== undefined) out.push(self ? pk.map((k) => `${role}_${k}`) : bases.map((b) => `${role}_${b}`));
  if (self) out.push(pk.map((k) => `${SELF_ROLE_FALLBACK}_${k}`));
  const prefix = labelPrefix(label);
  if (prefix !== '') out.push(bases.map((b) => `${prefix}_${b}`));
  return out;
}

/**
 * The foreign key columns of a relation that did not state them: an existing role column, else the existing
 * `<target>_id`, else the first free new name, else `<target>_id_<n>`. `claimed` holds columns of this
 * table that other relations already use.
 */
export function chooseFkColumns(
  holder: TableDraft,
  targetKey: string,
  pk: readonly string[],
  label: string | undefined,
  claimed: ReadonlySet<string>,
): string[] {
  const self = holder.key === targetKey;
  const free = (n: string): boolean => !claimed.has(n);
  if (pk.length === 1) {
    const existing = roleColumnNames(label, targetKey, pk[0]!, self).find((n) => findColumn(holder, n) && free(n));
    if (existing !== undefined) return [existing];
  }
  const bases = pk.map((k) => fkBaseName(targetKey, k));
  if (!self && bases.every((n) => findColumn(holder, n) && free(n))) return bases;
  for (const names of newFkNameCandidates(label, targetKey, pk, self)) {
    if (names.every((n) => !findColumn(holder, n) && free(n))) return names;
  }
  for (let n = 2; ; n++) {
    const names = bases.map((b) => `${b}_${n}`);
    if (names.every((x) => !findColumn(holder, x) && free(x))) return names;
  }
}
