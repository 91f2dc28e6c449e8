import type { DatabaseProvider } from '@schemawright/ir';
import { indexName } from '../../sql/constraint-names.js';
import { coveredBy, fieldOf, type DocContext } from '../context.js';
import type { Recommendation } from './recommendation.js';

/** Why a foreign key needs its own index, per provider. */
const WHY: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'PostgreSQL does not index foreign keys by itself; without it every join from the parent and every parent delete scans this table.',
  cockroachdb: 'joins from the parent and parent deletes look rows up by this key.',
  mysql: 'InnoDB creates an index for a foreign key when none exists; declaring it keeps its name and columns under review.',
  sqlite: 'SQLite does not index foreign keys; joins and cascading deletes scan the table without it.',
  sqlserver: 'SQL Server does not index foreign keys; joins and cascading deletes scan the table without it.',
  mongodb: 'relations are emulated by Prisma, so every lookup by the reference needs this index.',
};

/**
 * An index for every foreign key that no existing index leads with (the primary key, a unique constraint or
 * an index whose first columns are the key's). Covered keys are listed too, so the reader sees all of them.
 */
export function foreignKeyIndexes(ctx: DocContext): Recommendation[] {
  const out: Recommendation[] = [];
  for (const r of ctx.schema.relations) {
    const t = ctx.tables.get(r.from.table);
    if (!t) continue;
    const cols = r.from.columns;
    const label = `${t.name}(${cols.join(', ')})`;
    const covered = coveredBy(t, cols);
    if (covered !== undefined) {
      out.push({ what: `Foreign key ${label}`, why: `already indexed by ${covered}.` });
      continue;
    }
    out.push({
      what: `Index ${label}`,
      why: `foreign key to ${r.to.table}; ${WHY[ctx.provider]}`,
      snippet: `@@index([${cols.map((c) => fieldOf(ctx, t.name, c)).join(', ')}])  // ${indexName(t.name, cols, ctx.provider)}`,
    });
  }
  return out;
}
