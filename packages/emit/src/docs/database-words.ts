import type { DatabaseProvider, Orm } from '@schemawright/ir';

/** Display names, as the document prints them. */
export const PROVIDER_LABELS: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  sqlite: 'SQLite',
  sqlserver: 'SQL Server',
  cockroachdb: 'CockroachDB',
  mongodb: 'MongoDB',
};

export const ORM_LABELS: Readonly<Record<Orm, string>> = { prisma: 'Prisma', typeorm: 'TypeORM', drizzle: 'Drizzle' };

/** Why each ORM fits, for the ORM recommendation. Data, not code. */
export const ORM_WHY: Readonly<Record<Orm, string>> = {
  prisma:
    'schema.prisma is the one definition the typed client, the migrations (`prisma migrate`) and this document share; relations, enums, unique keys and referential actions map one to one, and queries are checked by the TypeScript compiler.',
  typeorm:
    'the documents name it; entity classes with decorators fit a Nest.js code base, and `typeorm migration:generate` writes migrations from them. Keep schema.prisma as the reviewed definition and mirror it in the entities table for table.',
  drizzle:
    'the documents name it; the schema is plain TypeScript, queries stay close to SQL, and `drizzle-kit generate` writes migrations. Keep schema.prisma as the reviewed definition and mirror it in the Drizzle schema table for table.',
};

/** What to know about each provider when running this design. */
export const PROVIDER_NOTES: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'Transactional DDL (a failed migration rolls back whole), foreign keys, partial and expression indexes, `jsonb`, full-text search and extensions such as pg_trgm and PostGIS.',
  cockroachdb: 'PostgreSQL-compatible and distributed: prefer UUID keys over sequences so writes spread across ranges.',
  mysql: 'InnoDB with `utf8mb4`; foreign keys get an index automatically; DDL is not transactional, so keep each migration small.',
  sqlite: 'One file and one writer at a time; `ALTER TABLE` is limited, so Prisma rebuilds tables for most changes.',
  sqlserver: 'Cascading deletes may not form cycles or multiple paths; enums are stored as text.',
  mongodb: 'Prisma emulates relations (no foreign keys in the database) and has no migrations: `prisma db push` syncs indexes.',
};

/** How the choice was made, by the `named` flag and whether signals took part. */
export const CHOICE_BASIS = {
  named: 'named in the documents',
  chosen: 'chosen from the design signals in the documents',
  default: 'the default: the documents name no database and raise no signal against it',
} as const;
