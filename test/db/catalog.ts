/**
 * The `public` schema as PostgreSQL's catalog describes it, through a `Db`: for comparing a migrated database
 * with a fresh one. Columns are listed by name, not position: ADD COLUMN appends and DROP COLUMN leaves a gap.
 */
import type { Db } from './db.js';

export async function readCatalog(db: Db): Promise<Record<string, unknown[]>> {
  return {
    columns: await db.rows(`SELECT table_name, column_name, data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name`),
    constraints: await db.rows(`SELECT c.conname, c.contype, t.relname AS table_name, pg_get_constraintdef(c.oid) AS definition
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' ORDER BY t.relname, c.conname`),
    indexes: await db.rows(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`),
    enums: await db.rows(`SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`),
  };
}
