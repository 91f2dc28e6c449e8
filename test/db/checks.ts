/** What a seeded database must satisfy, checked through a `Db` so PGlite and the real server get the same checks. */
import { oneToOneKeysOf, tableKeysOf } from '@schemawright/emit';
import type { Schema } from '@schemawright/ir';
import type { SeedPlan } from '@schemawright/seed';
import { expect } from 'vitest';
import { q, type Db } from './db.js';

async function count(db: Db, sql: string): Promise<number> {
  return Number((await db.rows<{ n: number | string }>(sql))[0]!.n);
}

/** Every row of every table as JSON text, each table's rows sorted: compares two seeded databases. */
export async function snapshotRows(db: Db, schema: Schema): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of schema.tables) out[t.name] = (await db.rows<{ r: string }>(`SELECT row_to_json(x)::text AS r FROM ${q(t.name)} x ORDER BY 1`)).map((r) => r.r);
  return out;
}

/** Each table holds the rows the seed plan promises. */
export async function expectRowCounts(db: Db, plan: SeedPlan): Promise<void> {
  for (const t of plan.tables) expect(await count(db, `SELECT count(*)::int AS n FROM ${q(t.table)}`), `${db.name}: rows of ${t.table}`).toBe(t.rows);
}

/** Every foreign key exists as a constraint, and every non-null key finds its parent row. */
export async function expectForeignKeys(db: Db, schema: Schema): Promise<void> {
  const constraints = new Set((await db.rows<{ conname: string }>(`SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND contype = 'f'`)).map((r) => r.conname));
  for (const r of schema.relations) {
    expect(constraints.has(r.name), `${db.name}: constraint ${r.name}`).toBe(true);
    const on = r.from.columns.map((c, i) => `p.${q(r.to.columns[i]!)} = c.${q(c)}`).join(' AND ');
    const set = r.from.columns.map((c) => `c.${q(c)} IS NOT NULL`).join(' AND ');
    expect(await count(db, `SELECT count(*)::int AS n FROM ${q(r.from.table)} c WHERE ${set} AND NOT EXISTS (SELECT 1 FROM ${q(r.to.table)} p WHERE ${on})`), `${db.name}: orphans of ${r.name}`).toBe(0);
  }
}

/** The primary key and every unique key of the DDL exist as unique indexes and hold no duplicate. */
export async function expectUniqueKeys(db: Db, schema: Schema): Promise<void> {
  const unique = new Set((await db.rows<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE 'CREATE UNIQUE INDEX%'`)).map((r) => r.indexname));
  const oneToOne = oneToOneKeysOf(schema);
  for (const t of schema.tables) {
    const keys = tableKeysOf(t, 'postgresql', oneToOne.get(t.name) ?? []).filter((k) => k.unique);
    for (const k of keys) expect(unique.has(k.name), `${db.name}: unique index ${k.name}`).toBe(true);
    for (const columns of [t.primaryKey, ...keys.map((k) => k.columns)]) {
      if (columns.length === 0) continue;
      const cols = columns.map(q).join(', ');
      const dupes = await count(db, `SELECT count(*)::int AS n FROM (SELECT ${cols} FROM ${q(t.name)} WHERE ${columns.map((c) => `${q(c)} IS NOT NULL`).join(' AND ')} GROUP BY ${cols} HAVING count(*) > 1) d`);
      expect(dupes, `${db.name}: duplicates in ${t.name} (${columns.join(', ')})`).toBe(0);
    }
  }
}

/** Enum types hold the IR's values in order, and enum columns hold only those values. */
export async function expectEnumValues(db: Db, schema: Schema): Promise<void> {
  const types = await db.rows<{ typname: string; labels: string[] }>(
    `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`,
  );
  const labels = new Map(types.map((t) => [t.typname, t.labels]));
  for (const e of schema.enums) expect(labels.get(e.name), `${db.name}: enum ${e.name}`).toEqual(e.values.map((v) => v.name));
  for (const t of schema.tables) {
    for (const c of t.columns) {
      if (c.type.kind !== 'enum') continue;
      const allowed = labels.get(c.type.enumName) ?? [];
      const used = (await db.rows<{ v: string }>(`SELECT DISTINCT ${q(c.name)}::text AS v FROM ${q(t.name)} WHERE ${q(c.name)} IS NOT NULL`)).map((r) => r.v);
      for (const v of used) expect(allowed, `${db.name}: ${t.name}.${c.name} holds "${v}"`).toContain(v);
    }
  }
}

