import { compareStrings, index, snakeCase, type Index, type Relation } from '@schemawright/ir';
import type { IndexFact } from '../facts.js';
import { findColumn, type TableDraft } from './drafts.js';
import { compareBySpan } from './rank.js';
import { isUniqueSet, makeUnique } from './relations.js';

/** Rule id of the indexes resolve adds on foreign keys. */
export const FK_INDEX_RULE = 'resolve/fk-index';

/** Prisma's default index name: `tasks_project_id_idx`. */
export function indexName(table: string, columns: readonly string[]): string {
  return `${table}_${columns.join('_')}_idx`;
}

/** True when an index or the primary key already starts with `cols`, so another index would be redundant. */
export function isCovered(t: TableDraft, cols: readonly string[]): boolean {
  const prefixOf = (list: readonly string[]): boolean => list.length >= cols.length && cols.every((c, i) => list[i] === c);
  return prefixOf(t.primaryKey) || t.indexes.some((i) => prefixOf(i.columns));
}

/**
 * Rule 8, stated part: a unique on one column sets `Column.unique`, a composite unique joins `uniques`, a
 * plain index joins `indexes`. Indexes naming columns the table lacks are skipped: they would not compile.
 */
export function applyIndexFacts(t: TableDraft, facts: readonly IndexFact[]): TableDraft {
  let out = t;
  for (const f of [...facts].sort(compareBySpan)) {
    const cols = f.columns.map(snakeCase).filter((c, i, all) => c !== '' && all.indexOf(c) === i);
    if (cols.length === 0 || !cols.every((c) => findColumn(out, c))) continue;
    if (f.unique) {
      out = makeUnique(out, cols);
      continue;
    }
    if (out.indexes.some((i) => i.columns.join() === cols.join())) continue;
    const name = f.name !== undefined && snakeCase(f.name) !== '' ? snakeCase(f.name) : indexName(out.name, cols);
    const added: Index = index({ name, columns: cols, reason: 'stated in the documents', origin: f.span, rule: f.rule, confidence: f.confidence });
    out = { ...out, indexes: [...out.indexes, added] };
  }
  return out;
}

/**
 * Rule 8, derived part: an index on every foreign key of the table that the primary key, a unique or an
 * existing index does not already lead with (Postgres does not index foreign keys by itself).
 */
export function addForeignKeyIndexes(t: TableDraft, relations: readonly Relation[]): TableDraft {
  let out = t;
  const own = relations.filter((r) => r.from.table === t.name).sort((a, b) => compareStrings(a.from.columns.join(), b.from.columns.join()));
  for (const r of own) {
    const cols = r.from.columns;
    if (isCovered(out, cols) || isUniqueSet(out, cols)) continue;
    const added = index({ name: indexName(out.name, cols), columns: cols, reason: 'foreign key', origin: r.origin, rule: FK_INDEX_RULE, confidence: r.confidence });
    out = { ...out, indexes: [...out.indexes, added] };
  }
  return out;
}
