import { compareStrings, diagnostic, entityKey, relation, tableNameOf, words, type Diagnostic, type Relation, type Result } from '@schemawright/ir';
import { implicitJunctionOf } from './implicit-junction.js';
import { addedColumn, appendColumn, findColumn, updateColumn, type TableDraft, type TableMap } from './drafts.js';
import { fkBaseName } from './fk-columns.js';
import { normalizeLabel } from './labels.js';
import { referentialAction } from './on-delete.js';
import type { MergedRelation } from './relation-groups.js';
import { foreignKeyName, type PendingManyToMany } from './relations.js';
import { rolesForLabel } from './role-names.js';
import { EVENT_NOUNS } from '../infer/prose-words.js';

/** Rule id of junction tables, their columns and relations. */
export const MANY_TO_MANY_RULE = 'resolve/many-to-many';

/** Endings of nouns that name an association ("enrollment", "membership", "subscription"). Data. */
export const JUNCTION_NOUN_SUFFIXES: readonly string[] = ['ment', 'ments', 'ship', 'ships', 'tion', 'tions', 'sion', 'sions', 'ance', 'ances', 'ence', 'ences'];

/** The junction table a label names (`"enrollment"` → `enrollments`), or undefined for verb labels. */
export function junctionNameFromLabel(label: string | undefined): string | undefined {
  const w = words(normalizeLabel(label));
  if (w.length === 0 || w.length > 2) return undefined;
  return JUNCTION_NOUN_SUFFIXES.some((s) => w[w.length - 1]!.endsWith(s) && w[w.length - 1]!.length > s.length + 2) ? tableNameOf(w.join(' ')) : undefined;
}

/** `${singular a}_${plural b}` with a, b in code-unit order of entity key: `course_students`. */
export function defaultJunctionName(p: string, q: string): string {
  return `${p}_${tableNameOf(q)}`;
}

/** Required relations from `j` to table `to`. */
/**
 * An entity that already links both ends with required foreign keys (an `enrollments` table with
 * `student_id` and `course_id`), preferring the one the label names; undefined when there is none.
 */
export function findJunction(m: MergedRelation, tables: TableMap, relations: readonly Relation[]): TableDraft | undefined {
  // list fields on both sides of a Prisma source are Prisma's own implicit table: no model is their junction
  if (m.members[0]!.source === 'prisma') return undefined;
  const a = tables.get(m.p)!;
  const b = tables.get(m.q)!;
  const named = m.label !== undefined ? entityKey(m.label) : '';
  // only tables holding a required key to `a` can link the pair: count those once, not per table
  const toA = new Map<string, number>();
  const toB = new Map<string, number>();
  // tables whose keys to `a` or `b` some structured source states (not only prose)
  const stated = new Set<string>();
  for (const r of relations) {
    if (r.to.optional) continue;
    if (r.to.table === a.name) toA.set(r.from.table, (toA.get(r.from.table) ?? 0) + 1);
    if (r.to.table === b.name) toB.set(r.from.table, (toB.get(r.from.table) ?? 0) + 1);
    if ((r.to.table === a.name || r.to.table === b.name) && !r.rule.startsWith('prose/')) stated.add(r.from.table);
  }
  const fits = [...toA.keys()]
    .map((name) => [...tables.values()].find((t) => t.name === name))
    .filter((j): j is TableDraft => j !== undefined)
    // a link table the documents listed counts; a junction made for another many-to-many does not
    .filter((j) => (j.role === 'entity' || j.rule !== MANY_TO_MANY_RULE) && j.key !== a.key && j.key !== b.key)
    .filter((j) => (a.key === b.key ? (toA.get(j.name) ?? 0) >= 2 : (toA.get(j.name) ?? 0) >= 1 && (toB.get(j.name) ?? 0) >= 1))
    // prose links every entity a sentence touches: a lesson a guardian books for a child does not make
    // lessons the guardian–child link; an event or association noun (a booking, an enrolment) does
    .filter((j) => j.key === named || stated.has(j.name) || isAssociationNoun(j.key))
    .sort((x, y) => Number(y.key === named) - Number(x.key === named) || compareStrings(x.name, y.name));
  return fits[0];
}

/** A name whose head is an event or association noun ("booking", "course enrollment", "membership"). */
function isAssociationNoun(key: string): boolean {
  const head = words(key).at(-1) ?? '';
  return EVENT_NOUNS.has(head) || JUNCTION_NOUN_SUFFIXES.some((suffix) => head.endsWith(suffix) && head.length > suffix.length + 2);
}

/** FK column names of the junction for `end`: `<end>_id`; the second end of a self junction gets a role. */
function junctionColumns(end: TableDraft, second: boolean, label: string | undefined): string[] {
  const role = rolesForLabel(label)[0] ?? 'related';
  return end.primaryKey.map((k) => (second ? `${role}_${fkBaseName(end.key, k)}` : fkBaseName(end.key, k)));
}

/** Adds (or reuses) the FK columns of `j` to `end` and the required, cascading relation. */
export function connect(j: TableDraft, end: TableDraft, cols: readonly string[], fromOptional: boolean, m: MergedRelation): { table: TableDraft; relation: Relation } {
  const win = m.members[0]!;
  let t = j;
  cols.forEach((name, i) => {
    const type = findColumn(end, end.primaryKey[i]!)!.type;
    const base = { name, nullable: false, origin: win.span, rule: MANY_TO_MANY_RULE, confidence: win.confidence };
    t = findColumn(t, name)
      ? updateColumn(t, name, (c) => ({ ...c, ...(type ? { type } : {}), nullable: false }))
      : appendColumn(t, addedColumn(type ? { ...base, type } : base));
  });
  const rel = relation({
    name: foreignKeyName(t.name, cols),
    ...(m.label !== undefined ? { label: m.label } : {}),
    from: { table: t.name, columns: cols, cardinality: 'many', optional: fromOptional },
    to: { table: end.name, columns: end.primaryKey, cardinality: 'one', optional: false },
    onDelete: referentialAction({ nullable: false, identifying: true, join: true }),
    origin: win.span,
    rule: MANY_TO_MANY_RULE,
    confidence: win.confidence,
  });
  return { table: t, relation: rel };
}

/** A new, empty junction table with a name no table uses yet. */
function newJunction(m: MergedRelation, tables: TableMap): TableDraft {
  const a = tables.get(m.p)!;
  const b = tables.get(m.q)!;
  const wanted = junctionNameFromLabel(m.label) ?? defaultJunctionName(a.key, b.key);
  const names = new Set([...tables.values()].map((t) => t.name));
  let name = wanted;
  for (let n = 2; names.has(name) || tables.has(entityKey(name)); n++) name = `${wanted}_${n}`;
  const win = m.members[0]!;
  return {
    key: entityKey(name),
    name,
    label: name,
    purpose: `Links ${a.label} and ${b.label} (many-to-many).`,
    role: 'join',
    columns: [],
    primaryKey: [],
    uniques: [],
    indexes: [],
    origin: win.span,
    rule: MANY_TO_MANY_RULE,
    confidence: win.confidence,
  };
}

/** An entity the label names (`STUDENT }o--o{ COURSE : enrollment` with an ENROLLMENT entity), if any. */
export function labelledEntity(m: MergedRelation, tables: TableMap): TableDraft | undefined {
  if (m.label === undefined) return undefined;
  const key = entityKey(normalizeLabel(m.label));
  const t = tables.get(key);
  return t && t.role === 'entity' && key !== m.p && key !== m.q ? t : undefined;
}

/** Makes an existing entity the junction: adds the required FKs it lacks to either end. */
function connectNamedEntity(pending: PendingManyToMany, named: TableDraft, tables: TableMap, relations: readonly Relation[]): Result<{ tables: Map<string, TableDraft>; relations: Relation[] }> {
  const { merged: m, shape } = pending;
  const a = tables.get(m.p)!;
  const b = tables.get(m.q)!;
  let j = named;
  const added: Relation[] = [];
  const ends: [TableDraft, boolean, boolean][] = [[a, false, shape.qEnd.optional], [b, a.key === b.key, shape.pEnd.optional]];
  for (const [end, second, fromOptional] of ends) {
    const linked = relations.filter((r) => r.from.table === j.name && r.to.table === end.name).length;
    if (linked > (second ? 1 : 0)) continue;
    const cols = junctionColumns(end, second, m.label);
    if (relations.some((r) => r.from.table === j.name && r.from.columns.some((c) => cols.includes(c)))) continue;
    const r = connect(j, end, cols, fromOptional, m);
    j = r.table;
    added.push(r.relation);
  }
  const out = new Map(tables);
  out.set(j.key, j);
  const d = diagnostic('resolve/many-to-many', { a: a.label, b: b.label, join: j.name }, m.members[0]!.span);
  return { value: { tables: out, relations: added }, diagnostics: [d] };
}

/**
 * Rule 7: lowers one many-to-many. An entity that already links both ends is the junction; so is an entity
 * the label names (given the FKs it lacks); otherwise a join table `<a>_<bs>` (or the table an association
 * noun label names) with both keys as its composite primary key and two cascading relations. A junction
 * nothing names (no association noun, no entity) between two single-key tables is Prisma's implicit table
 * `_AToB` instead (see implicit-junction.ts).
 */
export function lowerManyToMany(pending: PendingManyToMany, tables: TableMap, relations: readonly Relation[]): Result<{ tables: Map<string, TableDraft>; relations: Relation[] }> {
  const { merged: m, shape } = pending;
  const a = tables.get(m.p)!;
  const b = tables.get(m.q)!;
  const win = m.members[0]!;
  const existing = findJunction(m, tables, relations);
  if (existing) {
    const d = diagnostic('resolve/many-to-many', { a: a.label, b: b.label, join: existing.name }, win.span);
    return { value: { tables: new Map(tables), relations: [] }, diagnostics: [d] };
  }
  const named = labelledEntity(m, tables);
  if (named) return connectNamedEntity(pending, named, tables, relations);
  const implicit = implicitJunctionOf(pending, tables);
  if (implicit) return implicit;
  let j = newJunction(m, tables);
  const colsA = junctionColumns(a, false, m.label);
  const colsB = junctionColumns(b, a.key === b.key, m.label);
  const toA = connect(j, a, colsA, shape.qEnd.optional, m);
  const toB = connect(toA.table, b, colsB, shape.pEnd.optional, m);
  j = { ...toB.table, primaryKey: [...colsA, ...colsB], columns: toB.table.columns.map((c) => ({ ...c, primaryKey: true })) };
  const out = new Map(tables);
  out.set(j.key, j);
  const d = diagnostic('resolve/many-to-many', { a: a.label, b: b.label, join: j.name }, win.span);
  return { value: { tables: out, relations: [toA.relation, toB.relation] }, diagnostics: [d] };
}

/** Lowers every pending many-to-many in order (pair, then document order). */
export function lowerAllManyToMany(pending: readonly PendingManyToMany[], tables: TableMap, relations: readonly Relation[]): Result<{ tables: Map<string, TableDraft>; relations: Relation[] }> {
  const diagnostics: Diagnostic[] = [];
  let current = new Map(tables);
  const all = [...relations];
  for (const p of pending) {
    const r = lowerManyToMany(p, current, all);
    diagnostics.push(...r.diagnostics);
    current = r.value.tables;
    all.push(...r.value.relations);
  }
  return { value: { tables: current, relations: all }, diagnostics };
}
