import { diagnostic, snakeCase, type Diagnostic, type Result } from '@schemawright/ir';
import type { PrimaryKeyFact } from '../facts.js';
import { addedColumn, findColumn, type TableDraft, type TableMap } from './drafts.js';
import { linkTableKey } from './link-tables.js';
import { byRank, describeSource } from './rank.js';

/** The rule id of the `id` column resolve adds to a table the documents gave no key. */
export const DEFAULT_ID_RULE = 'resolve/default-id';

/** The stated key of a table: the best-ranked PrimaryKeyFact, with a conflict for each other list. */
export function statedPrimaryKey(tableName: string, facts: readonly PrimaryKeyFact[]): Result<PrimaryKeyFact | undefined> {
  const ranked = byRank(facts.filter((f) => f.columns.some((c) => snakeCase(c) !== '')));
  const win = ranked[0];
  if (!win) return { value: undefined, diagnostics: [] };
  const cols = (f: PrimaryKeyFact): string => f.columns.map(snakeCase).filter((c) => c !== '').join(', ');
  const seen = new Set([cols(win)]);
  const diagnostics: Diagnostic[] = [];
  for (const f of ranked.slice(1)) {
    if (seen.has(cols(f))) continue;
    seen.add(cols(f));
    diagnostics.push(
      diagnostic(
        'resolve/conflict',
        { what: `${tableName} primary key`, winner: cols(win), winnerSource: describeSource(win.source, win.span), loser: cols(f), loserSource: describeSource(f.source, f.span) },
        win.span,
        [f.span],
      ),
    );
  }
  return { value: win, diagnostics };
}

/**
 * The key columns, in order: a stated key, else the columns marked as key, else a column named `id`, else
 * `<entity>_id` (`users.user_id`). Undefined when the documents give nothing to go on.
 */
export function keyColumns(t: TableDraft, stated: PrimaryKeyFact | undefined): string[] | undefined {
  if (stated) return stated.columns.map(snakeCase).filter((c, i, all) => c !== '' && all.indexOf(c) === i);
  const marked = t.columns.filter((c) => c.primaryKey).map((c) => c.name);
  if (marked.length > 0) return marked;
  if (findColumn(t, 'id')) return ['id'];
  if (findColumn(t, `${t.key}_id`)) return [`${t.key}_id`];
  return undefined;
}

/** The table with `key` as its primary key: key columns exist, are not null, and come first. */
export function withPrimaryKey(t: TableDraft, key: readonly string[], stated: PrimaryKeyFact | undefined): TableDraft {
  const missing = key.filter((k) => !findColumn(t, k));
  const added = missing.map((name) =>
    addedColumn({ name, origin: stated?.span ?? t.origin, rule: stated?.rule ?? DEFAULT_ID_RULE, confidence: stated?.confidence ?? 1 }),
  );
  const all = [...t.columns, ...added].map((c) => (key.includes(c.name) ? { ...c, primaryKey: true, nullable: false } : { ...c, primaryKey: false }));
  const first = key.map((k) => all.find((c) => c.name === k)!);
  return { ...t, columns: [...first, ...all.filter((c) => !key.includes(c.name))], primaryKey: [...key] };
}

/**
 * Rule 5: every table gets a primary key. When the documents give none, a pure link table (only foreign keys to
 * other entities) becomes a junction keyed by them; any other table gets `id uuid default uuid()`, and the
 * reader is told (`resolve/many-to-many`, `resolve/default-primary-key`).
 */
export function resolvePrimaryKey(t: TableDraft, facts: readonly PrimaryKeyFact[], tables: TableMap = new Map()): Result<TableDraft> {
  const stated = statedPrimaryKey(t.name, facts);
  const key = keyColumns(t, stated.value);
  if (key) return { value: withPrimaryKey(t, key, stated.value), diagnostics: stated.diagnostics };
  const link = linkTableKey(t, tables);
  if (link) {
    const ends = link.targets.map((k) => tables.get(k)!.label);
    const d = diagnostic('resolve/many-to-many', { a: ends.slice(0, -1).join(', '), b: ends[ends.length - 1]!, join: t.name }, t.origin);
    return { value: withPrimaryKey({ ...t, role: 'join' }, link.columns, undefined), diagnostics: [...stated.diagnostics, d] };
  }
  const id = addedColumn({ name: 'id', type: { kind: 'uuid' }, default: { kind: 'uuid' }, origin: t.origin, rule: DEFAULT_ID_RULE, confidence: 1 });
  return {
    value: withPrimaryKey({ ...t, columns: [id, ...t.columns] }, ['id'], undefined),
    diagnostics: [...stated.diagnostics, diagnostic('resolve/default-primary-key', { table: t.name, column: 'id', type: 'uuid' }, t.origin)],
  };
}
