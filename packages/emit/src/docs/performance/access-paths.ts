import type { Column } from '@schemawright/ir';
import { indexName } from '../../sql/constraint-names.js';
import { coveredBy, fieldOf, type DocContext } from '../context.js';
import type { DocSignal } from '../options.js';
import type { Recommendation } from './recommendation.js';
import { columnFor, signalColumns } from './signal-columns.js';
import { nameMatches, TENANT_COLUMNS } from './words.js';

const EQUALITY = new Set(['filter-by', 'search-by']);
const ORDER = 'sort-by';

/**
 * Composite indexes from "filter by / sort by / search by" lines: on each table the line names (or the only
 * table with the field), equality columns first and the sort column last, led by the tenant column in a
 * multi-tenant design. Text searched with `contains` is left to the text-search advice; an index the table
 * already has is reported as covering.
 */
export function accessPathIndexes(ctx: DocContext): Recommendation[] {
  const byLine = new Map<string, DocSignal[]>();
  for (const s of ctx.signals) {
    if (!EQUALITY.has(s.signal) && s.signal !== ORDER) continue;
    const key = `${s.span.file}:${s.span.start.line}`;
    const group = byLine.get(key);
    if (group) group.push(s);
    else byLine.set(key, [s]);
  }
  const multiTenant = ctx.signals.some((s) => s.signal === 'multi-tenant');
  const position = new Map(ctx.schema.tables.map((t, i) => [t, i]));
  const seen = new Set<string>();
  const out: Recommendation[] = [];
  for (const group of byLine.values()) {
    // only the tables a signal of the line names a column on can get an index from it; schema order
    const named = new Set(group.flatMap((s) => [...signalColumns(ctx, s).keys()]));
    for (const t of [...named].sort((a, b) => position.get(a)! - position.get(b)!)) {
      const filters = group
        .filter((s) => EQUALITY.has(s.signal))
        .map((s) => ({ s, c: columnFor(ctx, t, s) }))
        .filter((x): x is { s: DocSignal; c: Column } => x.c !== undefined && (x.s.signal === 'filter-by' || !isText(x.c)))
        .map((x) => x.c);
      const sorts = group.filter((s) => s.signal === ORDER).map((s) => columnFor(ctx, t, s)).filter((c): c is Column => c !== undefined);
      const cols = [...new Set([...filters, ...sorts.slice(0, 1)].map((c) => c.name))];
      if (cols.length === 0) continue;
      const tenant = multiTenant ? t.columns.find((c) => nameMatches(c.name, TENANT_COLUMNS, true)) : undefined;
      if (tenant && !cols.includes(tenant.name)) cols.unshift(tenant.name);
      const key = `${t.name}(${cols.join(', ')})`;
      if (seen.has(key)) continue;
      seen.add(key);
      // "sort is stable by id" asks for nothing the primary key does not already give
      if (cols.every((c) => t.primaryKey.includes(c))) continue;
      const covered = coveredBy(t, cols);
      const source = group[0]!;
      if (covered !== undefined) {
        out.push({ what: `Access path ${key}`, why: `asked for by the documents and already served by ${covered}.`, source });
        continue;
      }
      const why = sorts.length > 0 && filters.length > 0
        ? 'equality filters first, then the sort column, so the index both finds and orders the rows.'
        : sorts.length > 0 ? 'the list is read in this order; the index returns rows sorted without a sort step.' : 'lookups by these columns use the index instead of scanning.';
      out.push({ what: `Index ${key}`, why: `${tenant ? 'tenant first, then ' : ''}${why}`, source, snippet: `@@index([${cols.map((c) => fieldOf(ctx, t.name, c)).join(', ')}])  // ${indexName(t.name, cols, ctx.provider)}` });
    }
  }
  return out;
}

/** Text searched by a user is matched with `contains`, which a b-tree cannot serve: text search covers it. */
function isText(c: Column): boolean {
  return c.type.kind === 'text' || c.type.kind === 'string';
}
