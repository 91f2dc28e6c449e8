import { singularWords, words, type Column, type Schema, type Table } from '@schemawright/ir';
import { LOOKUP_TABLE_WORDS } from '../data/lookup-tables.js';
import { COMPANY_TABLE_WORDS, PERSON_TABLE_WORDS } from '../data/generator-rules.js';
import { foreignKeysOf } from './foreign-keys.js';
import { schemaIndex } from './schema-index.js';

/** Lookup tables hold few columns; more than this many data columns makes a table an entity. */
export const LOOKUP_MAX_DATA_COLUMNS = 4;

/** The table's head word, singular: `order_items` → `item`, `ProductCategories` → `category`. */
export function tableWord(table: Table): string {
  return singularWords(table.name).at(-1) ?? table.name;
}

/** Timestamps set by the database or the application (`created_at`, `@updatedAt`), not data. */
export function isBookkeeping(column: Column): boolean {
  const w = words(column.name);
  return column.autoUpdate || (column.default?.kind === 'now') || (w.at(-1) === 'at' && ['created', 'updated', 'deleted'].includes(w[0] ?? ''));
}

/** How many other tables hold a foreign key to this one. */
export function referencedBy(schema: Schema, table: Table): number {
  const to = schemaIndex(schema).relationsTo.get(table.name) ?? [];
  return new Set(to.filter((r) => r.from.table !== table.name).map((r) => r.from.table)).size;
}

/**
 * A lookup table: an entity with no foreign keys, a few data columns, and a lookup-like name (category,
 * tag, role, status, type, …). Shape alone is not enough: `users (id, email)` is small but no lookup.
 */
export function isLookupTable(schema: Schema, table: Table): boolean {
  if (table.role !== 'entity' || !LOOKUP_TABLE_WORDS.includes(tableWord(table))) return false;
  if (foreignKeysOf(schema, table).some((fk) => !fk.self)) return false;
  return table.columns.filter((c) => !table.primaryKey.includes(c.name) && !isBookkeeping(c)).length <= LOOKUP_MAX_DATA_COLUMNS;
}

/** Rows of this table are people (users, customers, members, …). */
export function isPersonTable(table: Table): boolean {
  return PERSON_TABLE_WORDS.includes(tableWord(table));
}

/** Rows of this table are companies (vendors, organizations, …). */
export function isCompanyTable(table: Table): boolean {
  return COMPANY_TABLE_WORDS.includes(tableWord(table));
}
