import {
  compareStrings,
  defaultImplicitRelationName,
  diagnostic,
  entityKey,
  implicitJunctionTableName,
  index,
  modelNameOf,
  pascalCase,
  words,
  type Relation,
  type Result,
} from '@schemawright/ir';
import type { TableDraft, TableMap } from './drafts.js';
import { normalizeLabel } from './labels.js';
import { connect, junctionNameFromLabel, MANY_TO_MANY_RULE } from './many-to-many.js';
import type { PendingManyToMany } from './relations.js';

/**
 * True for a junction this rule shaped as Prisma's implicit many-to-many table (`_CollectorToPiece`):
 * it gets no timestamps, nothing but its two keys.
 */
export function isImplicitJunctionDraft(t: TableDraft): boolean {
  return t.role === 'join' && t.rule === MANY_TO_MANY_RULE && t.name.startsWith('_');
}

/**
 * The Prisma relation name of an implicit many-to-many. A Prisma source's `@relation("Likes")` is the
 * name (its table is `_Likes`); otherwise Prisma's default `${A}To${B}`, made distinct when a self relation
 * or a second many-to-many of the same pair needs it: the label's words (`UserFollowsUser`), else a number.
 */
function relationNameOf(pending: PendingManyToMany, a: TableDraft, b: TableDraft, taken: ReadonlySet<string>): string {
  const m = pending.merged;
  const fromPrisma = m.members[0]!.source === 'prisma';
  if (fromPrisma && m.label !== undefined && /^[A-Za-z][A-Za-z0-9_]*$/.test(m.label)) return m.label;
  const [x, y] = compareStrings(modelNameOf(a.name), modelNameOf(b.name)) <= 0 ? [a, b] : [b, a];
  const base = defaultImplicitRelationName(modelNameOf(x.name), modelNameOf(y.name));
  const free = (n: string) => !taken.has(implicitJunctionTableName(n).toLowerCase()) && !taken.has(entityKey(implicitJunctionTableName(n)));
  if (free(base) && a.key !== b.key) return base;
  const verb = pascalCase(words(normalizeLabel(m.label)).join(' '));
  const labelled = verb !== '' && /^[A-Za-z0-9]+$/.test(verb) ? `${modelNameOf(x.name)}${verb}${modelNameOf(y.name)}` : base;
  if (free(labelled)) return labelled;
  let n = 2;
  while (!free(`${labelled}_${n}`)) n++;
  return `${labelled}_${n}`;
}

/**
 * Lowers a many-to-many nothing names to Prisma's implicit table: `_${relationName}` with `A` → the end
 * whose model name sorts first and `B` → the other, both the primary key, an index `_…_B_index` on `B`,
 * foreign keys `_…_A_fkey`/`_…_B_fkey` cascading. Undefined (an explicit junction follows) when a label
 * names the junction (an association noun, not from Prisma) or an end has a composite key (Prisma's
 * implicit relations need a single `@id`).
 */
export function implicitJunctionOf(pending: PendingManyToMany, tables: TableMap): Result<{ tables: Map<string, TableDraft>; relations: Relation[] }> | undefined {
  const { merged: m, shape } = pending;
  const p = tables.get(m.p)!;
  const q = tables.get(m.q)!;
  const fromPrisma = m.members[0]!.source === 'prisma';
  if (!fromPrisma && junctionNameFromLabel(m.label) !== undefined) return undefined;
  if (p.primaryKey.length !== 1 || q.primaryKey.length !== 1) return undefined;
  const taken = new Set([...tables.values()].flatMap((t) => [t.name.toLowerCase(), t.key]));
  const name = implicitJunctionTableName(relationNameOf(pending, p, q, taken));
  // A references the model whose name sorts first; `pFirst` keeps the optional ends with their side
  const pFirst = compareStrings(modelNameOf(p.name), modelNameOf(q.name)) <= 0;
  const [a, b] = pFirst ? [p, q] : [q, p];
  const [aOptional, bOptional] = pFirst ? [shape.qEnd.optional, shape.pEnd.optional] : [shape.pEnd.optional, shape.qEnd.optional];
  const win = m.members[0]!;
  const empty: TableDraft = {
    key: entityKey(name),
    name,
    label: name,
    purpose: `Links ${p.label} and ${q.label} (many-to-many).`,
    role: 'join',
    columns: [],
    primaryKey: [],
    uniques: [],
    indexes: [],
    origin: win.span,
    rule: MANY_TO_MANY_RULE,
    confidence: win.confidence,
  };
  const toA = connect(empty, a, ['A'], aOptional, m);
  const toB = connect(toA.table, b, ['B'], bOptional, m);
  const byB = index({ name: `${name}_B_index`, columns: ['B'], reason: 'foreign key', origin: win.span, rule: MANY_TO_MANY_RULE, confidence: win.confidence });
  const j: TableDraft = { ...toB.table, primaryKey: ['A', 'B'], columns: toB.table.columns.map((c) => ({ ...c, primaryKey: true })), indexes: [byB] };
  const out = new Map(tables);
  out.set(j.key, j);
  const d = diagnostic('resolve/many-to-many', { a: p.label, b: q.label, join: j.name }, win.span);
  return { value: { tables: out, relations: [toA.relation, toB.relation] }, diagnostics: [d] };
}
