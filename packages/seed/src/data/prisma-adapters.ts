import type { DatabaseProvider } from '@schemawright/ir';

/**
 * How seed.ts connects under Prisma 7: the driver adapter per provider (`url` is the DATABASE_URL value).
 * MongoDB has no adapter; Prisma 7 leaves it to the built-in engine of Prisma 6, so the client is created bare.
 */
export const PRISMA_ADAPTERS: Readonly<Record<DatabaseProvider, { readonly importLine: string; readonly create: string } | undefined>> = {
  postgresql: { importLine: "import { PrismaPg } from '@prisma/adapter-pg';", create: 'new PrismaPg({ connectionString: url })' },
  cockroachdb: { importLine: "import { PrismaPg } from '@prisma/adapter-pg';", create: 'new PrismaPg({ connectionString: url })' },
  mysql: { importLine: "import { PrismaMariaDb } from '@prisma/adapter-mariadb';", create: 'new PrismaMariaDb(url)' },
  sqlite: { importLine: "import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';", create: 'new PrismaBetterSqlite3({ url })' },
  sqlserver: { importLine: "import { PrismaMssql } from '@prisma/adapter-mssql';", create: 'new PrismaMssql(url)' },
  mongodb: undefined,
};
