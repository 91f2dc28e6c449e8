import type { DatabaseProvider, Orm } from '@schemawright/ir';
import type { DesignSignal } from '../infer/signal-words.js';

/** Display names of providers and ORMs, as the reasons print them. */
export const PROVIDER_NAMES: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  sqlite: 'SQLite',
  sqlserver: 'SQL Server',
  cockroachdb: 'CockroachDB',
  mongodb: 'MongoDB',
};

export const ORM_NAMES: Readonly<Record<Orm, string>> = { prisma: 'Prisma', typeorm: 'TypeORM', drizzle: 'Drizzle' };

/** Reason wording. `{name}` placeholders are filled by `reasonText`; data, not code. */
export const REASON_TEXT = {
  named: '{product} is named in {where}: "{quote}"',
  configured: '{product} is configured in {where}: "{quote}"',
  outvoted: '{other} is also mentioned ("{quote}"), but {product} is named more strongly{tier}',
  rejected: '{other} is mentioned only as an option set aside: "{quote}"',
  bySignals: 'No database is named in the documents; the design signals below point to {product}.',
  noSignals: 'No database is named in the documents and no design signal prefers another; {product} is the default.',
  ormDefault: 'No ORM is named; {product} is recommended: schema.prisma is the one source for the typed client, the migrations and this design.',
} as const;

/** What each design signal means for the choice, quoted with the line that raised it. */
export const SIGNAL_REASON: Readonly<Record<DesignSignal, string>> = {
  money: 'Money is involved ("{quote}"): exact numeric types and ACID transactions keep amounts right.',
  'many-to-many': 'Many-to-many relationships ("{quote}") need junction tables with foreign keys on both sides.',
  relational: 'The data is relational ("{quote}"): foreign keys and constraints keep it consistent.',
  document: 'Document-shaped data ("{quote}"): {documentAdvice}',
  geo: 'Location data ("{quote}"): {geoAdvice}',
  'full-text': 'Full-text search ("{quote}"): {textAdvice}',
  'multi-tenant': 'Multi-tenant data ("{quote}"): every row carries its tenant, and queries filter by it first.',
  offline: 'Offline use ("{quote}"): an embedded database on the device keeps working without a network.',
  embedded: 'An embedded store ("{quote}"): a single-file database needs no server.',
  volume: 'Growing append-only data ("{quote}"): time-ordered keys keep inserts cheap, and partitioning keeps old rows out of the way.',
};

/** Provider-specific advice filled into `SIGNAL_REASON`. */
export const PROVIDER_ADVICE: Readonly<Record<'documentAdvice' | 'geoAdvice' | 'textAdvice', Readonly<Record<DatabaseProvider, string>>>> = {
  documentAdvice: {
    postgresql: 'jsonb columns hold it next to relational data, indexable with GIN.',
    cockroachdb: 'JSONB columns hold it next to relational data, with inverted indexes.',
    mysql: 'JSON columns hold it next to relational data.',
    sqlite: 'JSON text columns with the json1 functions hold it.',
    sqlserver: 'nvarchar(max) columns with the JSON functions hold it.',
    mongodb: 'documents store it as written.',
  },
  geoAdvice: {
    postgresql: 'PostGIS adds geography types and GiST indexes for radius queries.',
    cockroachdb: 'spatial types and inverted indexes answer radius queries.',
    mysql: 'spatial types with SPATIAL indexes answer radius queries.',
    sqlite: 'SpatiaLite or a bounding-box index on latitude/longitude answers radius queries.',
    sqlserver: 'geography types with spatial indexes answer radius queries.',
    mongodb: '2dsphere indexes answer radius queries.',
  },
  textAdvice: {
    postgresql: 'tsvector columns with GIN indexes, and pg_trgm for fuzzy matches.',
    cockroachdb: 'trigram and inverted indexes.',
    mysql: 'FULLTEXT indexes.',
    sqlite: 'the FTS5 extension.',
    sqlserver: 'full-text catalogs.',
    mongodb: 'text indexes or Atlas Search.',
  },
};

/** The design signals that speak for each provider; the others are left out of its justification. */
export const SUPPORTING_SIGNALS: Readonly<Record<DatabaseProvider, readonly DesignSignal[]>> = {
  postgresql: ['relational', 'money', 'many-to-many', 'multi-tenant', 'full-text', 'geo', 'document', 'volume'],
  cockroachdb: ['relational', 'money', 'many-to-many', 'multi-tenant', 'volume', 'document', 'geo'],
  mysql: ['relational', 'money', 'many-to-many', 'multi-tenant', 'full-text', 'geo', 'document'],
  sqlserver: ['relational', 'money', 'many-to-many', 'multi-tenant', 'full-text', 'geo'],
  sqlite: ['offline', 'embedded', 'relational', 'many-to-many', 'full-text'],
  mongodb: ['document', 'volume', 'geo', 'full-text'],
};

/** Fills `{name}` placeholders; unknown names stay visible. */
export function reasonText(template: string, args: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => args[key] ?? whole);
}

/** Longest quotation in a reason. */
const QUOTE_MAX = 160;

/**
 * A line quoted in a reason: markdown emphasis dropped, spaces collapsed, at most 160 characters. A longer
 * line is cut around `column` (1-based, where the signal sits) so the quote still shows the words that count.
 */
export function quoteOf(text: string, column = 1): string {
  const lead = text.length - text.trimStart().length;
  const plain = text.replace(/\*\*|__/g, '').replace(/^[-*+>#\s]+/, '').replace(/\s+/g, ' ').replace(/"/g, "'").trim();
  if (plain.length <= QUOTE_MAX) return plain;
  const at = Math.max(0, Math.min(column - 1 - lead, plain.length));
  if (at < QUOTE_MAX / 2) return `${plain.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
  if (plain.length - at < (QUOTE_MAX * 2) / 3) return `…${plain.slice(plain.length - (QUOTE_MAX - 1)).trimStart()}`;
  const start = at - Math.floor(QUOTE_MAX / 3);
  return `…${plain.slice(start, start + QUOTE_MAX - 2).trim()}…`;
}
