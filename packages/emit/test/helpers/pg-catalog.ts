/** What PostgreSQL's catalog says about the `public` schema, in a stable order, for comparing two DDL scripts. */
import type { PGlite } from '@electric-sql/pglite';

export interface PgCatalog {
  columns: unknown[];
  constraints: unknown[];
  indexes: unknown[];
  enums: unknown[];
  sequences: unknown[];
}

/** Reads columns (types, nullability, defaults), constraints, indexes, enum types and sequences of `public`. */
export async function readPgCatalog(db: PGlite): Promise<PgCatalog> {
  const rows = async (sql: string) => (await db.query(sql)).rows;
  return {
    columns: await rows(`SELECT table_name, column_name, ordinal_position, data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`),
    constraints: await rows(`SELECT c.conname, c.contype, t.relname AS table_name, pg_get_constraintdef(c.oid) AS definition
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' ORDER BY t.relname, c.conname`),
    indexes: await rows(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`),
    enums: await rows(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`),
    sequences: await rows(`SELECT sequence_name, data_type FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY sequence_name`),
  };
}

/** Counts what is left in `public`: tables, types, sequences, indexes. */
export async function countPgObjects(db: PGlite): Promise<Record<string, number>> {
  const count = async (sql: string) => Number(((await db.query<{ n: number | string }>(sql)).rows[0]!).n);
  return {
    tables: await count(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'`),
    types: await count(`SELECT count(*) AS n FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`),
    sequences: await count(`SELECT count(*) AS n FROM information_schema.sequences WHERE sequence_schema = 'public'`),
    indexes: await count(`SELECT count(*) AS n FROM pg_indexes WHERE schemaname = 'public'`),
  };
}

/** Drops and recreates `public`, for a clean start between cases sharing one database. */
export async function resetPublicSchema(db: PGlite): Promise<void> {
  await db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
}
