/**
 * Every golden and every example workspace: schema.sql then seed.sql applied to PostgreSQL — PGlite and a
 * real server (scripts/pg-server.sh) — twice, on a fresh schema each time, giving identical rows; row counts
 * as the seed plan says, foreign keys and unique keys intact, enum columns within their types. In CI a
 * missing server fails the run; locally the real-server part is skipped with a message.
 */
import { PGlite } from '@electric-sql/pglite';
import { emitSql } from '@schemawright/emit';
import { databaseChoice, type Schema } from '@schemawright/ir';
import { emitSeedSql, generateRows, planSeed, type SeedPlan } from '@schemawright/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbCases, type DbCase } from './cases.js';
import { expectEnumValues, expectForeignKeys, expectRowCounts, expectUniqueKeys, snapshotRows } from './checks.js';
import { freshSchema, pgliteDb, type Db } from './db.js';
import { findServer, IN_CI, openServerDatabase, type ServerDatabase } from './server.js';

/** The SQL a case applies, with the seed plan it was written from (generateSchema's options, replayed). */
interface Applied {
  readonly name: string;
  readonly schema: Schema;
  readonly ddl: string;
  readonly seed: string;
  readonly plan: SeedPlan;
}

/**
 * The case's own schema.sql and seed.sql when its provider writes PostgreSQL; other providers' schemas are
 * written again for PostgreSQL (same IR, same seed), so every case reaches the database.
 */
function appliedOf(c: DbCase): Applied | undefined {
  const { schema, files } = c.result;
  if (schema.tables.length === 0) return undefined;
  const seedOptions = { seed: c.options.seed ?? 1, ...(c.options.rows ? { rows: c.options.rows } : {}), ...(c.options.defaultRows === undefined ? {} : { defaultRows: c.options.defaultRows }) };
  if (schema.database.provider === 'postgresql' && files['schema.sql'] !== undefined && files['seed.sql'] !== undefined) {
    return { name: c.name, schema, ddl: files['schema.sql'], seed: files['seed.sql'], plan: planSeed(schema, seedOptions).value };
  }
  const pgSchema: Schema = { ...schema, database: databaseChoice({ ...schema.database, provider: 'postgresql' }) };
  const plan = planSeed(pgSchema, seedOptions).value;
  return { name: `${c.name} (as PostgreSQL)`, schema: pgSchema, ddl: emitSql(pgSchema, 'postgresql'), seed: emitSeedSql(pgSchema, plan, generateRows(pgSchema, plan).value), plan };
}

const cases = dbCases();
const applied = cases.map(appliedOf).filter((a): a is Applied => a !== undefined);

/** Applies schema and seed on a fresh schema, checks the database, and returns its rows. */
async function applyAndCheck(db: Db, a: Applied): Promise<Record<string, string[]>> {
  await freshSchema(db);
  await db.exec(a.ddl);
  await db.exec(a.seed);
  await expectRowCounts(db, a.plan);
  await expectForeignKeys(db, a.schema);
  await expectUniqueKeys(db, a.schema);
  await expectEnumValues(db, a.schema);
  return snapshotRows(db, a.schema);
}

/** Two runs in a row give identical rows; the rows are returned for comparing engines. */
async function twice(db: Db, a: Applied): Promise<Record<string, string[]>> {
  const first = await applyAndCheck(db, a);
  const second = await applyAndCheck(db, a);
  expect(second, `${db.name}: second run of ${a.name}`).toEqual(first);
  expect(Object.values(first).reduce((n, rows) => n + rows.length, 0)).toBe(a.plan.tables.reduce((n, t) => n + t.rows, 0));
  return first;
}

it('covers every golden and every example', () => {
  expect(cases.filter((c) => c.name.startsWith('fixtures/')).length).toBeGreaterThanOrEqual(12);
  expect(cases.some((c) => c.name.startsWith('examples/'))).toBe(true);
  expect(applied.length).toBeGreaterThanOrEqual(cases.length - 1); // no-entities has no table to seed
});

/** Rows each case gave in PGlite, compared with the real server's below. */
const pgliteRows = new Map<string, Record<string, string[]>>();

describe('PGlite', () => {
  let db: Db;
  let lite: PGlite;
  beforeAll(async () => {
    lite = await PGlite.create();
    db = await pgliteDb(lite);
  });
  afterAll(async () => {
    await lite.close();
  });
  for (const a of applied) {
    it(`${a.name}: schema.sql + seed.sql twice, identical rows, keys and enums hold`, async () => {
      pgliteRows.set(a.name, await twice(db, a));
    });
  }
});

const server = await findServer();
if ('missing' in server) {
  if (IN_CI) {
    it('has a real PostgreSQL server in CI', () => {
      throw new Error(`test/db: ${server.missing}; .ci/run starts one before npm test`);
    });
  } else {
    console.warn(`test/db: ${server.missing}. The real-server part of seed-apply is skipped; PGlite still runs.`);
    describe.skip('real PostgreSQL server (not running)', () => it('skipped', () => {}));
  }
} else {
  describe('real PostgreSQL server', () => {
    let db: ServerDatabase;
    beforeAll(async () => {
      db = await openServerDatabase(server.url, `schemawright_seed_${process.pid}`);
    });
    afterAll(async () => {
      await db?.close();
    });
    it('is a real server (not PGlite)', () => {
      expect(db.version).toMatch(/^PostgreSQL (1[3-9]|[2-9]\d)\./);
      expect(db.version).not.toMatch(/emscripten|emcc|wasm/i);
    });
    for (const a of applied) {
      it(`${a.name}: schema.sql + seed.sql twice, identical rows, keys and enums hold, same rows as PGlite`, async () => {
        const rows = await twice(db, a);
        const lite = pgliteRows.get(a.name);
        if (lite) expect(rows).toEqual(lite);
      });
    }
  });
}
