import { isImplicitJunction, type DatabaseProvider, type Table } from '@schemawright/ir';

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

/**
 * True when the table's primary key is a PRIMARY KEY constraint. Prisma 6 keys its implicit many-to-many
 * tables (`_AToB`) with a primary key `_AToB_AB_pkey` on PostgreSQL only; elsewhere with a unique index
 * `_AToB_AB_unique` (see `implicitPairKeyName`).
 */
export function hasPrimaryKeyConstraint(t: Table, provider: DatabaseProvider): boolean {
  return t.primaryKey.length > 0 && !hasPairIndexInstead(t, provider);
}

/** True for an implicit many-to-many table keyed by Prisma's unique pair index (SQL databases but PostgreSQL). */
export function hasPairIndexInstead(t: Table, provider: DatabaseProvider): boolean {
  return provider !== 'postgresql' && provider !== 'mongodb' && t.primaryKey.length > 0 && isImplicitJunction(t);
}

/** The primary key's name: Prisma's default, `${table}_AB_pkey` for an implicit many-to-many table. */
export function primaryKeyNameOf(t: Table, provider: DatabaseProvider): string {
  return isImplicitJunction(t) ? withSuffix(`${t.name}_AB`, '_pkey', provider) : primaryKeyName(t.name, provider);
}

/** The unique index standing in for the primary key of an implicit many-to-many table off PostgreSQL. */
export function implicitPairKeyName(t: Table, provider: DatabaseProvider): string {
  return withSuffix(`${t.name}_AB`, '_unique', provider);
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
