import { plural, singular, type Relation, type RelationEnd, type Table } from '@schemawright/ir';
import { relationsFrom, type DocContext } from './context.js';
import { code, columnList, quote, where } from './markdown.js';

/** A many-to-many: the junction table and its two relations. */
interface ManyToMany {
  readonly junction: Table;
  readonly left: Relation;
  readonly right: Relation;
}

/**
 * "Relationships", grouped one-to-one, one-to-many and many-to-many (a junction table with exactly two
 * foreign keys is one many-to-many, named). Each entry reads both directions in words, names the key and
 * its delete action, and quotes the line that stated it when the documents were given.
 */
export function relationshipsSection(ctx: DocContext): string[] {
  const manyToMany: ManyToMany[] = [];
  const inJunction = new Set<string>();
  for (const t of ctx.schema.tables) {
    const rels = relationsFrom(ctx, t.name);
    if (t.role !== 'join' || rels.length !== 2) continue;
    manyToMany.push({ junction: t, left: rels[0]!, right: rels[1]! });
    for (const r of rels) inJunction.add(r.name);
  }
  const rest = ctx.schema.relations.filter((r) => !inJunction.has(r.name));
  const oneToOne = rest.filter((r) => r.from.cardinality === 'one' && r.to.cardinality === 'one');
  const isOneToOne = new Set(oneToOne);
  const oneToMany = rest.filter((r) => !isOneToOne.has(r));
  const lines = ['## Relationships'];
  lines.push('', '### One-to-one', '', ...orNone(oneToOne.flatMap((r) => relationEntry(ctx, r))));
  lines.push('', '### One-to-many', '', ...orNone(oneToMany.flatMap((r) => relationEntry(ctx, r))));
  lines.push('', '### Many-to-many', '', ...orNone(manyToMany.flatMap((m) => manyToManyEntry(ctx, m))));
  return lines;
}

function orNone(lines: string[]): string[] {
  return lines.length > 0 ? lines : ['None.'];
}

function relationEntry(ctx: DocContext, r: Relation): string[] {
  const action = ctx.actions.get(r.name)?.onDelete ?? r.onDelete;
  const label = r.label === undefined ? '' : ` ("${r.label}")`;
  const head = `- ${code(r.to.table)} ${count(r.to)} — ${count(r.from)} ${code(r.from.table)}${label}: ${reading(r)}`;
  const key = `  Key ${columnList(r.from.columns)} → ${code(`${r.to.table}.${r.to.columns.join(', ')}`)}, on delete ${action.replace('-', ' ')}.`;
  return [head, key, `  ${statedBy(ctx, r)}`];
}

function manyToManyEntry(ctx: DocContext, m: ManyToMany): string[] {
  const a = m.left.to.table;
  const b = m.right.to.table;
  const own = m.junction.columns.filter((c) => !m.left.from.columns.includes(c.name) && !m.right.from.columns.includes(c.name));
  const extra = own.length > 0 ? `; it also records ${own.map((c) => code(c.name)).join(', ')}` : '';
  return [
    `- ${code(a)} N — M ${code(b)} through the junction table ${code(m.junction.name)}: one ${words(singular(a))} relates to any number of ${words(b)} and back${extra}.`,
    `  Keys ${columnList(m.left.from.columns)} → ${code(`${a}.${m.left.to.columns.join(', ')}`)} and ${columnList(m.right.from.columns)} → ${code(`${b}.${m.right.to.columns.join(', ')}`)}.`,
    `  ${statedBy(ctx, m.left)}`,
  ];
}

/** `1`, `0..1`, `1..N`, `0..N`: how many rows of the end's table relate to one row of the other. */
function count(end: RelationEnd): string {
  if (end.cardinality === 'one') return end.optional ? '0..1' : '1';
  return end.optional ? '0..N' : '1..N';
}

/** "each task belongs to exactly one project; a project has zero or more tasks." */
function reading(r: Relation): string {
  const child = words(singular(r.from.table));
  const parent = words(singular(r.to.table));
  const toSide = r.to.optional ? 'at most one' : 'exactly one';
  const fromSide =
    r.from.cardinality === 'one' ? (r.from.optional ? 'at most one' : 'exactly one') : r.from.optional ? 'zero or more' : 'one or more';
  const fromNoun = r.from.cardinality === 'one' ? child : words(plural(singular(r.from.table)));
  return `each ${child} refers to ${toSide} ${parent}; one ${parent} has ${fromSide} ${fromNoun}.`;
}

function statedBy(ctx: DocContext, r: Relation): string {
  const line = ctx.lineAt(r.origin);
  return line === undefined ? `Source: \`${where(r.origin)}\` (rule \`${r.rule}\`).` : `Stated at \`${where(r.origin)}\`: ${quote(line)}`;
}

function words(name: string): string {
  return name.replace(/_/g, ' ');
}
