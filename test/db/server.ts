/**
 * The real PostgreSQL server of test/db: its URL comes from test/db/.pg-url (written by
 * `scripts/pg-server.sh start`) or DATABASE_URL. Each test file gets a database of its own, created on the
 * server and dropped afterwards, so files running in parallel never share tables.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Db } from './db.js';

const URL_FILE = join(dirname(fileURLToPath(import.meta.url)), '.pg-url');

/** The server's URL once it answers, or why there is none (no URL, or nothing listening there). */
export async function findServer(): Promise<{ url: string } | { missing: string }> {
  const fromFile = existsSync(URL_FILE) ? readFileSync(URL_FILE, 'utf8').trim() : '';
  const url = fromFile !== '' ? fromFile : (process.env.DATABASE_URL ?? '').trim();
  if (url === '') return { missing: 'no PostgreSQL server: test/db/.pg-url is missing and DATABASE_URL is unset (start one with scripts/pg-server.sh start)' };
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    await probe.query('SELECT 1');
    return { url };
  } catch (e) {
    return { missing: `no PostgreSQL server answers at ${url} (${(e as Error).message}); start one with scripts/pg-server.sh start` };
  } finally {
    await probe.end().catch(() => undefined);
  }
}

/** True in CI, where a missing server fails the run instead of skipping. */
export const IN_CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';

/** A database of its own on the server, for one test file. */
export interface ServerDatabase extends Db {
  /** `SELECT version()`: `PostgreSQL 15.18 (Debian …) on x86_64-pc-linux-gnu, compiled by gcc …`. */
  readonly version: string;
  close(): Promise<void>;
}

/** Creates `name` on the server (dropping a leftover of the same name) and connects to it. */
export async function openServerDatabase(url: string, name: string): Promise<ServerDatabase> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  await client.query(`SET TimeZone = 'UTC'`);
  const version = String((await client.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v);
  return {
    name: `${version.split(' ').slice(0, 2).join(' ')} server`,
    version,
    exec: async (sql) => {
      await client.query(sql);
    },
    rows: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
