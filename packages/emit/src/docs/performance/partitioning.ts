import { words, type DatabaseProvider, type Table } from '@schemawright/ir';
import type { DocContext } from '../context.js';
import { firstSignal, type Recommendation } from './recommendation.js';
import { TIME_ORDER_COLUMNS, VOLUME_TABLE_WORDS } from './words.js';

/** How each provider splits a big append-only table. */
const HOW: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'range-partition it by month on {column} (declarative PARTITION BY RANGE, written in the migration SQL: Prisma does not manage partitions) once it passes tens of millions of rows; drop old partitions instead of deleting rows.',
  cockroachdb: 'a hash-sharded index on {column} spreads the inserts; add a row-level TTL to expire old rows.',
  mysql: 'range-partition it by month on {column}; MySQL partitioned tables cannot have foreign keys, so keep the keys in the application.',
  sqlite: 'archive old rows into a separate database file; SQLite has no partitioning.',
  sqlserver: 'partition it by month on {column} with a partition function and scheme.',
  mongodb: 'use a time-series collection or a TTL index on {column}.',
};

/**
 * Partitioning, only when the documents carry a volume signal (millions of rows, append-only logs, events):
 * the candidates are tables named like logs, events or messages with a time column to split on. Without a
 * signal the advice is to keep one table per entity.
 */
export function partitioning(ctx: DocContext): Recommendation[] {
  const volume = firstSignal(ctx.signals, ['volume']);
  if (!volume) {
    return [{ what: 'No partitioning', why: 'the documents give no volume signal (millions of rows, append-only logs or events); one table per entity with the indexes above is simplest.' }];
  }
  const out: Recommendation[] = [];
  for (const t of ctx.schema.tables) {
    if (!words(t.name).some((w) => VOLUME_TABLE_WORDS.includes(w))) continue;
    const column = timeColumn(t);
    if (column === undefined) continue;
    out.push({ what: `Partition ${t.name}`, why: HOW[ctx.provider].replace('{column}', column), source: volume });
  }
  if (out.length === 0) out.push({ what: 'No partitioning yet', why: 'the documents expect volume, but no table is an append-only log or event table by name; revisit when one grows past tens of millions of rows.', source: volume });
  return out;
}

function timeColumn(t: Table): string | undefined {
  for (const name of TIME_ORDER_COLUMNS) if (t.columns.some((c) => c.name === name && (c.type.kind === 'datetime' || c.type.kind === 'date'))) return name;
  return t.columns.find((c) => c.type.kind === 'datetime')?.name;
}
