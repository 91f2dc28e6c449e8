import type { DatabaseProvider } from '@schemawright/ir';
import { fieldOf, isUniqueColumn, type DocContext } from '../context.js';
import type { Recommendation } from './recommendation.js';
import { NATURAL_KEY_COLUMNS, nameMatches, TENANT_COLUMNS } from './words.js';

/** Case-insensitive uniqueness for e-mail addresses, per provider. */
const EMAIL_CASE: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'compare lower-cased: a unique index on lower(email), or the citext type.',
  cockroachdb: 'compare lower-cased: a unique index on lower(email).',
  mysql: 'the default utf8mb4 collation already compares case-insensitively.',
  sqlite: 'declare the column COLLATE NOCASE so Ann@x.io and ann@x.io collide.',
  sqlserver: 'the default collation already compares case-insensitively.',
  mongodb: 'store it lower-cased, or use a collation with strength 2 on the unique index.',
};

/**
 * Natural keys (email, slug, username, sku, code…): confirms the ones already unique and proposes a unique
 * constraint for the others, scoped to the tenant when the table has a tenant column.
 */
export function naturalKeys(ctx: DocContext): Recommendation[] {
  const out: Recommendation[] = [];
  for (const t of ctx.schema.tables) {
    const tenant = t.columns.find((c) => nameMatches(c.name, TENANT_COLUMNS, true));
    for (const c of t.columns) {
      if (!nameMatches(c.name, NATURAL_KEY_COLUMNS, true)) continue;
      const emailNote = c.name === 'email' ? ` Uniqueness of e-mail addresses should ${EMAIL_CASE[ctx.provider]}` : '';
      if (isUniqueColumn(ctx, t, c) || t.uniques.some((u) => u.includes(c.name))) {
        out.push({ what: `Unique ${t.name}.${c.name}`, why: `a natural key, already enforced unique: lookups by it are index lookups and duplicates are refused.${emailNote}` });
        continue;
      }
      const cols = tenant ? [tenant.name, c.name] : [c.name];
      out.push({
        what: `Unique ${t.name}(${cols.join(', ')})`,
        why: `${c.name} reads as a natural key; if every ${t.label.replace(/_/g, ' ')} has a distinct one${tenant ? ' within its tenant' : ''}, a unique constraint enforces it and serves lookups.${emailNote}`,
        snippet: `@@unique([${cols.map((x) => fieldOf(ctx, t.name, x)).join(', ')}])`,
      });
    }
  }
  return out;
}
