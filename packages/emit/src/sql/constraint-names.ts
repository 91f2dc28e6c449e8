import type { DatabaseProvider } from '@schemawright/ir';

/**
 * Longest identifier each database accepts, in bytes. Prisma truncates its default constraint names to
 * these limits, so ours must too for the names to agree.
 */
export const MAX_IDENTIFIER_BYTES: Readonly<Record<DatabaseProvider, number>> = {
  postgresql: 63,
  cockroachdb: 63,
  mysql: 64,
  sqlserver: 128,
  sqlite: 10_000,
  mongodb: 127,
};

const utf8 = new TextEncoder();

/** Cuts `text` to at most `maxBytes` UTF-8 bytes without splitting a character. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (utf8.encode(text).length <= maxBytes) return text;
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    const size = utf8.encode(ch).length;
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += ch;
  }
  return out;
}

/**
 * `${stem}${suffix}` where the stem is cut to fit the provider's limit. Prisma cuts the stem when it is at
 * least `limit - suffix` bytes long, to exactly that many bytes, so the result can end up `limit` bytes long.
 */
function withSuffix(stem: string, suffix: string, provider: DatabaseProvider): string {
  return truncateBytes(stem, MAX_IDENTIFIER_BYTES[provider] - suffix.length) + suffix;
}

/** Prisma's default primary key name: `${table}_pkey`. */
export function primaryKeyName(tableName: string, provider: DatabaseProvider): string {
  return withSuffix(tableName, '_pkey', provider);
}

/** Prisma's default unique index name: `${table}_${columns}_key`. */
export function uniqueIndexName(tableName: string, columns: readonly string[], provider: DatabaseProvider): string {
  return withSuffix(`${tableName}_${columns.join('_')}`, '_key', provider);
}

/** Prisma's default index name: `${table}_${columns}_idx`. */
export function indexName(tableName: string, columns: readonly string[], provider: DatabaseProvider): string {
  return withSuffix(`${tableName}_${columns.join('_')}`, '_idx', provider);
}

/** Prisma's default foreign key name: `${table}_${columns}_fkey` (the referencing table and columns). */
export function foreignKeyName(tableName: string, columns: readonly string[], provider: DatabaseProvider): string {
  return withSuffix(`${tableName}_${columns.join('_')}`, '_fkey', provider);
}
