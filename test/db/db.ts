/** The little the database checks need from a connection, so PGlite and the real server run the same checks. */
import type { PGlite } from '@electric-sql/pglite';

export interface Db {
  /** Shown in test names and messages. */
  readonly name: string;
  /** Runs a script of one or more statements. */
  exec(sql: string): Promise<void>;
  rows<T>(sql: string): Promise<T[]>;
}

/** A PGlite instance as a `Db`, its clock in UTC like the server's session. */
export async function pgliteDb(db: PGlite): Promise<Db> {
  await db.exec(`SET TimeZone = 'UTC'`);
  return {
    name: 'PGlite',
    exec: async (sql) => {
      await db.exec(sql);
    },
    rows: async <T>(sql: string) => (await db.query<T>(sql)).rows,
  };
}

/** Drops and recreates `public`: a fresh, empty schema. */
export async function freshSchema(db: Db): Promise<void> {
  await db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
}

/** A double-quoted identifier. */
export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
