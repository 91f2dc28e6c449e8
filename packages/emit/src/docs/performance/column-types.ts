import type { DatabaseProvider } from '@schemawright/ir';
import { code } from '../markdown.js';
import type { DocContext } from '../context.js';
import { firstSignal, type Recommendation } from './recommendation.js';
import { MONEY_COLUMNS, nameMatches } from './words.js';

/** How each provider stores instants, and the advice that goes with it. */
const TIMESTAMPS: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'stored as timestamptz(6): an instant in UTC, shown in any zone; plain timestamp would drop the offset.',
  cockroachdb: 'stored as TIMESTAMPTZ: an instant in UTC, shown in any zone.',
  mysql: 'datetime(3) keeps no zone: write UTC only and convert at the edges.',
  sqlite: 'SQLite keeps them as text or numbers: write UTC ISO-8601 only.',
  sqlserver: 'datetime2 keeps no zone: write UTC only (or use datetimeoffset).',
  mongodb: 'BSON dates are UTC instants.',
};

/**
 * Column types that matter for correctness and speed: instants with a zone, exact numerics for money (a
 * float money column is flagged), and on PostgreSQL `text` over `varchar(n)` unless the limit is a rule.
 */
export function columnTypes(ctx: DocContext): Recommendation[] {
  const out: Recommendation[] = [];
  const datetimes = ctx.schema.tables.flatMap((t) => t.columns.filter((c) => c.type.kind === 'datetime').map((c) => `${t.name}.${c.name}`));
  if (datetimes.length > 0) out.push({ what: `Timestamps (${datetimes.length})`, why: TIMESTAMPS[ctx.provider] });

  const money = firstSignal(ctx.signals, ['money']);
  for (const t of ctx.schema.tables) {
    for (const c of t.columns) {
      if (!nameMatches(c.name, MONEY_COLUMNS)) continue;
      if (c.type.kind === 'float') {
        out.push({ what: `Money in ${t.name}.${c.name}`, why: 'a float cannot hold 0.10 exactly and sums drift; use numeric(12,2) (Decimal) or an integer amount in cents.', ...(money ? { source: money } : {}), snippet: `${c.name} Decimal @db.Decimal(12, 2)` });
      } else if (c.type.kind === 'decimal') {
        out.push({ what: `Money in ${t.name}.${c.name}`, why: `exact numeric(${c.type.precision},${c.type.scale}): sums and comparisons are exact; keep the currency next to it when more than one is used.`, ...(money ? { source: money } : {}) });
      }
    }
  }

  if (ctx.provider === 'postgresql') {
    const limited = ctx.schema.tables.flatMap((t) => t.columns.filter((c) => c.type.kind === 'string' && c.type.maxLength !== undefined).map((c) => `${t.name}.${c.name}`));
    if (limited.length > 0) {
      out.push({
        what: `Length limits (${limited.length})`,
        why: `in PostgreSQL varchar(n) is stored and compared exactly like text; keep a limit only where it is a business rule, otherwise text avoids migrations when it grows: ${limited.map(code).join(', ')}.`,
      });
    }
  }
  return out;
}
