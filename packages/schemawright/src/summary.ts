import { assertNever, type DatabaseProvider, type Orm, type Schema } from '@schemawright/ir';

/** The terminal summary's facts. */
export interface Summary {
  readonly name: string;
  readonly tables: number;
  /** Display name of the database, e.g. `PostgreSQL`. */
  readonly database: string;
  /** Display name of the ORM, e.g. `Prisma`. */
  readonly orm: string;
}

/** Display name of a database provider. */
export function providerName(p: DatabaseProvider): string {
  switch (p) {
    case 'postgresql': return 'PostgreSQL';
    case 'mysql': return 'MySQL';
    case 'sqlite': return 'SQLite';
    case 'sqlserver': return 'SQL Server';
    case 'cockroachdb': return 'CockroachDB';
    case 'mongodb': return 'MongoDB';
    default: return assertNever(p, 'database provider');
  }
}

/** Display name of an ORM. */
export function ormName(o: Orm): string {
  switch (o) {
    case 'prisma': return 'Prisma';
    case 'typeorm': return 'TypeORM';
    case 'drizzle': return 'Drizzle';
    default: return assertNever(o, 'ORM');
  }
}

/** The summary of a schema. */
export function summarize(schema: Schema): Summary {
  return { name: schema.name, tables: schema.tables.length, database: providerName(schema.database.provider), orm: ormName(schema.database.orm) };
}

/** The lines the CLI prints after a successful run. */
export function formatSummary(summary: Summary, outputFolder: string): string {
  return [
    `✅ Database schema complete for ${summary.name}`,
    `📁 Output: ${outputFolder}`,
    '',
    `Tables: ${summary.tables} tables`,
    `Database: ${summary.database} + ${summary.orm}`,
    '',
  ].join('\n');
}
