import { diagnostic, type Diagnostic, type Relation } from '@schemawright/ir';
import { updateColumn, type TableDraft, type TableMap } from './drafts.js';

/**
 * `<x>_id` columns that ended up in no foreign key (no entity `x`, no relation claimed them): reported so
 * the reader knows why no relation was drawn. Key columns are exempt: `users.user_id` is the row's own id.
 */
export function unlinkedIdColumns(tables: TableMap, relations: readonly Relation[]): Diagnostic[] {
  const used = new Set(relations.flatMap((r) => r.from.columns.map((c) => `${r.from.table}.${c}`)));
  const out: Diagnostic[] = [];
  for (const t of tables.values()) {
    for (const c of t.columns) {
      if (!c.name.endsWith('_id') || t.primaryKey.includes(c.name) || used.has(`${t.name}.${c.name}`) || c.references) continue;
      out.push(diagnostic('resolve/unknown-fk-target', { table: t.name, column: c.name, target: c.name.slice(0, -3) }, c.origin));
    }
  }
  return out;
}

/**
 * `<x>_id` columns that no relation uses and no source typed are identifiers of something outside the schema
 * (`stripe_customer_id`, `google_analytics_id`): text, not the uuid their name first suggested.
 */
export function externalIdsAsText(tables: TableMap, relations: readonly Relation[]): Map<string, TableDraft> {
  const used = new Set(relations.flatMap((r) => r.from.columns.map((c) => `${r.from.table}.${c}`)));
  const out = new Map(tables);
  for (const [key, t] of tables) {
    let next = t;
    for (const c of t.columns) {
      if (!c.typedByName || c.type?.kind !== 'uuid' || c.name === 'id' || t.primaryKey.includes(c.name) || used.has(`${t.name}.${c.name}`)) continue;
      next = updateColumn(next, c.name, (col) => ({ ...col, type: { kind: 'string' } }));
    }
    out.set(key, next);
  }
  return out;
}
