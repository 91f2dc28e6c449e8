import { singular, type Table } from '@schemawright/ir';
import { fieldOf, relationsFrom, type DocContext } from '../context.js';
import type { Recommendation } from './recommendation.js';
import { TIME_ORDER_COLUMNS } from './words.js';

/**
 * Query shapes: load children with their parent in one query instead of one query per parent (N+1), and
 * page long lists by keyset (the last row's sort key and id) rather than OFFSET, which re-reads every
 * skipped row.
 */
export function queryPatterns(ctx: DocContext): Recommendation[] {
  const out: Recommendation[] = [];
  const childrenOf = new Map<string, { table: string; field: string }[]>();
  for (const r of ctx.schema.relations) {
    if (r.from.cardinality !== 'many' || r.from.table === r.to.table) continue;
    const field = ctx.relationFields.get(r.name)?.backField;
    if (field === undefined) continue;
    const children = childrenOf.get(r.to.table);
    if (children) children.push({ table: r.from.table, field });
    else childrenOf.set(r.to.table, [{ table: r.from.table, field }]);
  }
  // an implicit many-to-many is two list fields: each model loads the other side through its own
  for (const m of ctx.implicitTables.values()) {
    if (m.implicit.a.to.table === m.implicit.b.to.table) continue;
    for (const [parent, table, field] of [[m.implicit.a.to.table, m.implicit.b.to.table, m.aField], [m.implicit.b.to.table, m.implicit.a.to.table, m.bField]] as const) {
      const children = childrenOf.get(parent);
      if (children) children.push({ table, field });
      else childrenOf.set(parent, [{ table, field }]);
    }
  }
  for (const [parent, children] of childrenOf) {
    const tables = [...new Set(children.map((c) => c.table))];
    out.push({
      what: `Avoid N+1 on ${parent}`,
      why: `load ${tables.join(', ')} together with their ${words(parent)} in one query (Prisma include/select, or a join) instead of one query per ${words(singular(parent))}.`,
      snippet: `include: { ${children.map((c) => `${c.field}: true`).join(', ')} }`,
    });
  }
  for (const t of ctx.schema.tables) {
    const sort = keysetColumn(t);
    const id = t.primaryKey.length === 1 ? t.primaryKey[0]! : undefined;
    // a list usually belongs to a required parent (a project's tasks), not an optional one (an assignee)
    const parents = relationsFrom(ctx, t.name).filter((r) => r.from.cardinality === 'many' && r.from.columns.length === 1);
    const parentKey = parents.find((r) => !r.to.optional) ?? parents[0];
    if (!sort || id === undefined || t.role !== 'entity' || !parentKey) continue;
    const scope = parentKey.from.columns[0]!;
    out.push({
      what: `Keyset pagination on ${t.name}`,
      why: `order by (${sort}, ${id}) and continue after the last row seen; OFFSET re-reads every skipped row. An index on (${scope}, ${sort}, ${id}) serves the list of one ${words(singular(parentKey.to.table))}'s ${words(t.name)}.`,
      snippet: `cursor: { ${fieldOf(ctx, t.name, id)}: lastId }, skip: 1, take: 50, orderBy: [{ ${fieldOf(ctx, t.name, sort)}: 'desc' }, { ${fieldOf(ctx, t.name, id)}: 'desc' }]`,
    });
  }
  return out;
}

function keysetColumn(t: Table): string | undefined {
  return TIME_ORDER_COLUMNS.find((name) => t.columns.some((c) => c.name === name && c.type.kind === 'datetime'));
}

function words(name: string): string {
  return name.replace(/_/g, ' ');
}
