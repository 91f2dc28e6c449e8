import { PGlite } from '@electric-sql/pglite';
import { emitSql } from '@schemawright/emit';
import type { Schema } from '@schemawright/ir';
import { emitSeedSql, generateRows, planSeed, type SeedRows } from '@schemawright/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allShapes } from '../../emit/test/helpers/schemas.js';
import { HAND_DDL } from './helpers/ddl.js';
import { seedFixtures } from './helpers/fixtures.js';

// One database for the file (cold start ~2 s); each case gets its own PostgreSQL schema.
let db: PGlite;
beforeAll(async () => {
  db = new PGlite();
  await db.waitReady;
});
afterAll(async () => {
  await db.close();
});

let caseNumber = 0;
/** Creates a fresh schema, applies the DDL and the seed, and returns the generated rows. */
async function applySeed(schema: Schema, ddl: string, seed = 1): Promise<SeedRows> {
  const ns = `case_${++caseNumber}`;
  await db.exec(`CREATE SCHEMA ${ns}; SET search_path TO ${ns};`);
  const plan = planSeed(schema, { seed });
  const rows = generateRows(schema, plan.value).value;
  await db.exec(ddl);
  await db.exec(emitSeedSql(schema, plan.value, rows));
  return rows;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function count(sql: string): Promise<number> {
  const r = await db.query<{ n: number }>(sql);
  return Number(r.rows[0]!.n);
}

/** Row counts match, every foreign key finds its parent, every unique key is distinct, as stored. */
async function expectIntact(schema: Schema, rows: SeedRows): Promise<void> {
  for (const t of rows.tables) expect(await count(`SELECT count(*) AS n FROM ${q(t.table)}`), t.table).toBe(t.rows.length);
  for (const r of schema.relations) {
    const on = r.from.columns.map((c, i) => `p.${q(r.to.columns[i]!)} = c.${q(c)}`).join(' AND ');
    const set = r.from.columns.map((c) => `c.${q(c)} IS NOT NULL`).join(' AND ');
    const orphans = await count(`SELECT count(*) AS n FROM ${q(r.from.table)} c WHERE ${set} AND NOT EXISTS (SELECT 1 FROM ${q(r.to.table)} p WHERE ${on})`);
    expect(orphans, r.name).toBe(0);
  }
  for (const t of schema.tables) {
    const keys = [t.primaryKey, ...t.uniques, ...t.columns.filter((c) => c.unique).map((c) => [c.name])];
    for (const k of keys) {
      const cols = k.map(q).join(', ');
      const dupes = await count(`SELECT count(*) AS n FROM (SELECT ${cols} FROM ${q(t.name)} WHERE ${k.map((c) => `${q(c)} IS NOT NULL`).join(' AND ')} GROUP BY ${cols} HAVING count(*) > 1) d`);
      expect(dupes, `${t.name} (${k.join(', ')})`).toBe(0);
    }
  }
}

describe('seed.sql applied to PostgreSQL (PGlite) after hand-written DDL', () => {
  for (const [name, schema] of seedFixtures()) {
    it(`${name}: every row lands, keys and uniques hold`, async () => {
      const rows = await applySeed(schema, HAND_DDL[name]!);
      expect(rows.tables.every((t) => t.rows.length > 0)).toBe(true);
      await expectIntact(schema, rows);
    });
  }

  it('stores every type as generated (decimal, float, bigint, boolean, json, enum, dates)', async () => {
    const rows = await applySeed(seedFixtures()[0]![1], HAND_DDL['shop']!, 7);
    const products = rows.tables.find((t) => t.table === 'products')!;
    const stored = await db.query<Record<string, unknown>>(`SELECT id, price::text AS price, rating, is_active, metadata, view_count::text AS view_count FROM products ORDER BY id`);
    products.rows.forEach((r, i) => {
      const at = (c: string) => r[products.columns.indexOf(c)];
      const s = stored.rows[i]!;
      expect([s['id'], s['price'], s['rating'], s['is_active'], s['view_count']]).toEqual([at('id'), at('price'), at('rating'), at('is_active'), String(at('view_count'))]);
      expect(s['metadata']).toEqual(at('metadata') === null ? null : JSON.parse(String(at('metadata'))));
    });
    const orders = rows.tables.find((t) => t.table === 'orders')!;
    const first = orders.rows[0]!;
    const row = await db.query<{ status: string; placed: string }>(`SELECT status::text AS status, to_char(placed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS placed FROM orders WHERE id = $1`, [first[0]]);
    expect(row.rows[0]).toEqual({ status: first[orders.columns.indexOf('status')], placed: first[orders.columns.indexOf('placed_at')] });
  });

  it('moves serial and identity counters past the seeded ids', async () => {
    const rows = await applySeed(seedFixtures()[1]![1], HAND_DDL['cycle']!);
    const departments = rows.tables.find((t) => t.table === 'departments')!.rows.length;
    const next = await db.query<{ id: number }>(`INSERT INTO departments (name) VALUES ('New') RETURNING id`);
    expect(next.rows[0]!.id).toBe(departments + 1);
  });

  it('closes a cycle of required keys and restores NOT NULL', async () => {
    await applySeed(seedFixtures()[2]![1], HAND_DDL['required-cycle']!);
    expect(await count(`SELECT count(*) AS n FROM alphas WHERE beta_id IS NULL`)).toBe(0);
    const nullable = await db.query<{ is_nullable: string }>(`SELECT is_nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'alphas' AND column_name = 'beta_id'`);
    expect(nullable.rows[0]!.is_nullable).toBe('NO');
  });
});

// The SQL emitter's DDL (unique indexes, foreign keys added by ALTER TABLE): every shared shape and fixture.
describe('seed.sql applied to PostgreSQL (PGlite) after emitSql DDL', () => {
  for (const [name, schema] of [...seedFixtures(), ...allShapes()]) {
    it(`${name}: every row lands, keys and uniques hold`, async () => {
      const rows = await applySeed(schema, emitSql(schema, 'postgresql'));
      await expectIntact(schema, rows);
    });
  }
});
