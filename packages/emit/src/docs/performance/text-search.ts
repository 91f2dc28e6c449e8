import type { Column, DatabaseProvider, Table } from '@schemawright/ir';
import { fieldOf, type DocContext } from '../context.js';
import type { DocSignal } from '../options.js';
import { signalColumns } from './signal-columns.js';
import type { Recommendation } from './recommendation.js';
import { nameMatches, SEARCHABLE_COLUMNS } from './words.js';

/** How each provider searches inside text; `{field}`/`{fields}` are schema.prisma field names, `{table}`/`{column}` database names. */
const TEXT_SEARCH: Readonly<Record<DatabaseProvider, { readonly why: string; readonly snippet: string }>> = {
  postgresql: {
    why: 'a b-tree cannot serve `contains`/ILIKE; a trigram GIN index (pg_trgm) can, and a generated tsvector column with a GIN index serves word search.',
    snippet: '@@index([{field}(ops: raw("gin_trgm_ops"))], type: Gin)  // needs CREATE EXTENSION pg_trgm',
  },
  cockroachdb: { why: 'a trigram inverted index serves `contains` searches.', snippet: 'CREATE INDEX ON {table} USING GIN ({column} gin_trgm_ops);' },
  mysql: { why: 'a FULLTEXT index serves word search (MATCH … AGAINST); LIKE with a leading % cannot use a b-tree.', snippet: '@@fulltext([{fields}])' },
  sqlite: { why: 'an FTS5 virtual table serves word search; LIKE with a leading % scans.', snippet: 'CREATE VIRTUAL TABLE {table}_fts USING fts5({column}, content={table});' },
  sqlserver: { why: 'a full-text index serves CONTAINS searches; LIKE with a leading % scans.', snippet: 'CREATE FULLTEXT INDEX ON {table}({column}) KEY INDEX {table}_pkey;' },
  mongodb: { why: 'a text index serves $text searches.', snippet: '@@fulltext([{fields}])' },
};

/**
 * Text-search indexes for the text columns the documents search: "search by <field>" lines, and, when the
 * documents ask for full-text search, the usual searchable columns (title, name, description, body…).
 */
export function textSearchIndexes(ctx: DocContext): Recommendation[] {
  const fullText = ctx.signals.find((s) => s.signal === 'full-text');
  // per table, the text columns "search by" lines name on it, in signal order
  const searchedOn = new Map<Table, { column: Column; source: DocSignal }[]>();
  for (const s of ctx.signals) {
    if (s.signal !== 'search-by') continue;
    for (const [t, c] of signalColumns(ctx, s)) {
      if (!isText(c)) continue;
      const searched = searchedOn.get(t);
      if (!searched) searchedOn.set(t, [{ column: c, source: s }]);
      else if (!searched.some((x) => x.column === c)) searched.push({ column: c, source: s });
    }
  }
  const out: Recommendation[] = [];
  for (const t of ctx.schema.tables) {
    const searched = [...(searchedOn.get(t) ?? [])];
    if (fullText) {
      for (const c of t.columns) if (isText(c) && nameMatches(c.name, SEARCHABLE_COLUMNS, true) && !searched.some((x) => x.column === c)) searched.push({ column: c, source: fullText });
    }
    if (searched.length > 0) out.push(recommendation(ctx, t, searched));
  }
  return out;
}

function recommendation(ctx: DocContext, t: Table, searched: readonly { column: Column; source: DocSignal }[]): Recommendation {
  const rule = TEXT_SEARCH[ctx.provider];
  const first = searched[0]!;
  const fill = (template: string, column: Column) =>
    template
      .replace(/\{fields\}/g, searched.map((x) => fieldOf(ctx, t.name, x.column.name)).join(', '))
      .replace(/\{field\}/g, fieldOf(ctx, t.name, column.name))
      .replace(/\{table\}/g, t.name)
      .replace(/\{column\}/g, column.name);
  // a per-column template repeats for each searched column; a list template takes them all at once
  const perColumn = /\{field\}|\{column\}/.test(rule.snippet);
  const snippet = perColumn ? searched.map((x) => fill(rule.snippet, x.column)).join('  ;  ') : fill(rule.snippet, first.column);
  return { what: `Text search on ${t.name}(${searched.map((x) => x.column.name).join(', ')})`, why: rule.why, source: first.source, snippet };
}

function isText(c: Column): boolean {
  return c.type.kind === 'text' || c.type.kind === 'string';
}
