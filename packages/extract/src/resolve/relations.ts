import {
  compareSpans,
  compareStrings,
  diagnostic,
  relation,
  type Diagnostic,
  type Relation,
  type Result,
  type Span,
} from '@schemawright/ir';
import { addedColumn, appendColumn, findColumn, updateColumn, type TableDraft, type TableMap } from './drafts.js';
import { chooseFkColumns } from './fk-columns.js';
import { referentialAction } from './on-delete.js';
import { describeSource, stableJson } from './rank.js';
import type { Side } from './relation-candidates.js';
import type { MergedRelation } from './relation-groups.js';
import { relationShape, type RelationShape } from './relation-shape.js';

/** Rule id of foreign key columns resolve adds. */
export const FOREIGN_KEY_RULE = 'resolve/foreign-key';

/** Prisma's default FK constraint name: `tasks_project_id_fkey`. */
export function foreignKeyName(table: string, columns: readonly string[]): string {
  return `${table}_${columns.join('_')}_fkey`;
}

/** Who claimed an FK column first: the referenced table and the statement, for the conflict message. */
export interface Claim {
  readonly target: string;
  readonly statement: string;
  readonly span: Span;
}

/** Columns of a table already used by a relation: entity key → column → claim. */
export type Claimed = Map<string, Map<string, Claim>>;

/** True when `cols` alone are unique in `t`: a unique column, the whole key, or a composite unique. */
export function isUniqueSet(t: TableDraft, cols: readonly string[]): boolean {
  const same = (list: readonly string[]): boolean => list.length === cols.length && list.every((c) => cols.includes(c));
  if (cols.length === 1 && findColumn(t, cols[0]!)?.unique) return true;
  return same(t.primaryKey) || t.uniques.some(same);
}

/** The table with `cols` made unique (a column flag for one column, a composite unique otherwise). */
export function makeUnique(t: TableDraft, cols: readonly string[]): TableDraft {
  if (isUniqueSet(t, cols)) return t;
  if (cols.length === 1) return updateColumn(t, cols[0]!, (c) => ({ ...c, unique: true }));
  return { ...t, uniques: [...t.uniques, [...cols]] };
}

/**
 * The FK column's null-ness: the relation's `to` end, unless the column's own statement ranks higher. A conflict
 * names both places, the winner's first: the column's statement and the statement of the end (`endAt`).
 */
function fkNullable(h: TableDraft, fk: readonly string[], shape: Extract<RelationShape, { holder: Side }>, what: string, endAt: { span: Span; source: string }): Result<boolean> {
  if (fk.some((c) => h.primaryKey.includes(c))) return { value: false, diagnostics: [] };
  const col = findColumn(h, fk[0]!);
  const end = shape.targetEnd;
  if (!col || col.nullableRank === undefined || col.nullable === end.optional) return { value: end.optional, diagnostics: [] };
  // an implied end came from this very column (or a guess): the column's own statement simply stands
  if (end.implied) return { value: col.nullable, diagnostics: [] };
  const columnWins = col.nullableRank > end.rank;
  const say = (n: boolean): string => (n ? 'optional' : 'required');
  const column = { value: say(col.nullable), source: `column ${h.name}.${col.name}, ${describeSource(col.source ?? 'column', col.origin)}`, span: col.origin };
  const relation = { value: say(end.optional), source: `relation, ${describeSource(endAt.source, endAt.span)}`, span: endAt.span };
  const [win, lose] = columnWins ? [column, relation] : [relation, column];
  const args = { what, winner: win.value, winnerSource: win.source, loser: lose.value, loserSource: lose.source };
  return { value: columnWins ? col.nullable : end.optional, diagnostics: [diagnostic('resolve/conflict', args, win.span, [lose.span])] };
}

/**
 * Lowers one 1-N or 1-1 relation to a foreign key on the holder: picks or adds the FK columns, types them
 * like the referenced key, sets null-ness, uniqueness (1-1) and the delete action. Records the columns it
 * takes in `claimed` (shared across one lowering pass) so no column serves two relations.
 */
export function lowerForeignKey(
  m: MergedRelation,
  shape: Extract<RelationShape, { holder: Side }>,
  tables: TableMap,
  claimed: Claimed,
): Result<{ tables: Map<string, TableDraft>; relation?: Relation }> {
  const win = m.members[0]!;
  const holderKey = shape.holder === 'p' ? m.p : m.q;
  const targetKey = shape.holder === 'p' ? m.q : m.p;
  let h = tables.get(holderKey)!;
  let t = tables.get(targetKey)!;
  const toColumns = m.refColumns && m.refColumns.every((c) => findColumn(t, c)) ? [...m.refColumns] : [...t.primaryKey];
  const used = claimed.get(holderKey) ?? new Map<string, Claim>();
  const fk = m.fkColumns && m.fkColumns.length === toColumns.length ? [...m.fkColumns] : chooseFkColumns(h, targetKey, toColumns, m.label, new Set(used.keys()));
  const what = `${h.name}.${fk.join(', ')}`;
  const statement = describeSource(win.source, win.span);
  const taken = fk.map((c) => used.get(c)).find((c) => c !== undefined);
  if (taken) {
    const args = { what: `${what} foreign key target`, winner: taken.target, winnerSource: taken.statement, loser: t.name, loserSource: statement };
    return { value: { tables: new Map(tables) }, diagnostics: [diagnostic('resolve/conflict', args, taken.span, [win.span])] };
  }
  claimed.set(holderKey, new Map([...used, ...fk.map((c): [string, Claim] => [c, { target: t.name, statement, span: win.span }])]));
  const diagnostics: Diagnostic[] = [];
  const targetStatement = shape.holder === 'p' ? m.qEnd : m.pEnd;
  const endAt = targetStatement ? { span: targetStatement.span, source: targetStatement.source ?? 'column' } : { span: win.span, source: win.source };
  const nullable = fkNullable(h, fk, shape, `${what} null-ness`, endAt);
  diagnostics.push(...nullable.diagnostics);
  fk.forEach((name, i) => {
    const type = findColumn(t, toColumns[i]!)!.type;
    const init = { name, nullable: nullable.value, origin: win.span, rule: FOREIGN_KEY_RULE, confidence: win.confidence };
    h = findColumn(h, name)
      ? updateColumn(h, name, (c) => ({ ...c, ...(type ? { type } : {}), nullable: nullable.value }))
      : appendColumn(h, addedColumn(type ? { ...init, type } : init));
  });
  let oneOne = shape.kind === 'one-one';
  if (!oneOne && isUniqueSet(h, fk)) {
    oneOne = true;
    if (!shape.holderEnd.implied) {
      // the unique column (or the table's key) wins over the statement that made this end many
      const uniqueCol = fk.length === 1 ? findColumn(h, fk[0]!) : undefined;
      const uniqueAt = uniqueCol?.origin ?? h.origin;
      const manyAt = (shape.holder === 'p' ? m.pEnd : m.qEnd) ?? { span: win.span, source: win.source };
      const args = {
        what: `cardinality of ${h.label} in ${t.label} – ${h.label}`,
        winner: 'one',
        winnerSource: `unique ${what}, ${describeSource(uniqueCol?.source ?? 'key', uniqueAt)}`,
        loser: 'many',
        loserSource: `relation, ${describeSource(manyAt.source ?? 'column', manyAt.span)}`,
      };
      diagnostics.push(diagnostic('resolve/conflict', args, uniqueAt, [manyAt.span]));
    }
  }
  if (oneOne) h = makeUnique(h, fk);
  if (holderKey === targetKey) t = h;
  if (toColumns.join() !== t.primaryKey.join()) t = makeUnique(t, toColumns);
  if (holderKey === targetKey) h = t;
  const out = new Map(tables);
  out.set(targetKey, t);
  out.set(holderKey, h);
  const onDelete = referentialAction({
    ...(m.onDelete ? { stated: m.onDelete } : {}),
    nullable: nullable.value,
    identifying: m.identifying,
    join: h.role === 'join',
    ...(m.label !== undefined ? { label: m.label } : {}),
  });
  const rel = relation({
    name: foreignKeyName(h.name, fk),
    ...(m.label !== undefined ? { label: m.label } : {}),
    from: { table: h.name, columns: fk, cardinality: oneOne ? 'one' : 'many', optional: shape.holderEnd.optional },
    to: { table: t.name, columns: toColumns, cardinality: 'one', optional: nullable.value },
    onDelete,
    origin: win.span,
    rule: win.rule,
    confidence: win.confidence,
  });
  return { value: { tables: out, relation: rel }, diagnostics };
}

/**
 * Relations with stated FK columns claim them first, best-ranked statement first (an SQL `REFERENCES` beats
 * an ERD line naming the same column); then the rest, pair by pair in document order.
 */
export function lowerOrder(a: MergedRelation, b: MergedRelation): number {
  return (
    Number(a.fkColumns === undefined) - Number(b.fkColumns === undefined) ||
    (a.fkColumns !== undefined ? b.members[0]!.rank - a.members[0]!.rank : 0) ||
    compareStrings(a.p, b.p) ||
    compareStrings(a.q, b.q) ||
    compareSpans(a.members[0]!.span, b.members[0]!.span) ||
    compareStrings(stableJson(a.members[0]), stableJson(b.members[0]))
  );
}

/** Many-to-many relations wait for the junction rule. */
export interface PendingManyToMany {
  readonly merged: MergedRelation;
  readonly shape: Extract<RelationShape, { kind: 'many-many' }>;
}

/** Lowers every merged relation: 1-N and 1-1 to foreign keys now, many-to-many set aside for junctions. */
export function lowerRelations(merged: readonly MergedRelation[], tables: TableMap): Result<{ tables: Map<string, TableDraft>; relations: Relation[]; manyToMany: PendingManyToMany[] }> {
  const diagnostics: Diagnostic[] = [];
  const relations: Relation[] = [];
  const manyToMany: PendingManyToMany[] = [];
  const claimed: Claimed = new Map();
  let current = new Map(tables);
  for (const m of [...merged].sort(lowerOrder)) {
    const labels = { p: current.get(m.p)!.label, q: current.get(m.q)!.label };
    const shape = relationShape(m, labels);
    diagnostics.push(...shape.diagnostics);
    if (shape.value.kind === 'many-many') {
      manyToMany.push({ merged: m, shape: shape.value });
      continue;
    }
    const r = lowerForeignKey(m, shape.value, current, claimed);
    diagnostics.push(...r.diagnostics);
    current = r.value.tables;
    if (r.value.relation) relations.push(r.value.relation);
  }
  return { value: { tables: propagateFkTypes(current, relations), relations, manyToMany }, diagnostics };
}

/** FK columns take the type of the column they reference, through chains of keys (`a.b_id` → `b.id` → …). */
export function propagateFkTypes(tables: TableMap, relations: readonly Relation[]): Map<string, TableDraft> {
  const byName = new Map([...tables.values()].map((t) => [t.name, t.key]));
  const out = new Map(tables);
  for (let pass = 0; pass <= relations.length; pass++) {
    let changed = false;
    for (const r of relations) {
      const hKey = byName.get(r.from.table)!;
      const tKey = byName.get(r.to.table)!;
      r.from.columns.forEach((name, i) => {
        const type = findColumn(out.get(tKey)!, r.to.columns[i]!)?.type;
        const col = findColumn(out.get(hKey)!, name);
        if (!type || !col || stableJson(col.type) === stableJson(type)) return;
        out.set(hKey, updateColumn(out.get(hKey)!, name, (c) => ({ ...c, type })));
        changed = true;
      });
    }
    if (!changed) break;
  }
  return out;
}
