import { describe, expect, it } from 'vitest';
import { emitSeedDoc, emitSeedSql, emitSeedTs, generateRows, planSeed, type SeedRows, type SeedValue } from '@schemawright/seed';
import type { Schema } from '@schemawright/ir';
import { allShapes } from '../../emit/test/helpers/schemas.js';
import { seedFixtures, shopSchema } from './helpers/fixtures.js';
import { constraintProblems } from './helpers/invariants.js';

const seeded = (s: Schema, options = {}) => generateRows(s, planSeed(s, options).value).value;
const column = (rows: SeedRows, table: string, name: string): SeedValue[] => {
  const t = rows.tables.find((x) => x.table === table)!;
  return t.rows.map((r) => r[t.columns.indexOf(name)] ?? null);
};
const everything = [...seedFixtures(), ...allShapes()];

describe('determinism', () => {
  it('gives identical bytes for the same seed, in every output', () => {
    for (const [, s] of everything) {
      const a = planSeed(s, { seed: 11 }).value;
      const b = planSeed(s, { seed: 11 }).value;
      const ra = generateRows(s, a).value;
      const rb = generateRows(s, b).value;
      expect(JSON.stringify(rb)).toBe(JSON.stringify(ra));
      expect(emitSeedSql(s, b, rb)).toBe(emitSeedSql(s, a, ra));
      expect(emitSeedDoc(s, b, rb)).toBe(emitSeedDoc(s, a, ra));
      expect(emitSeedTs(s, b, rb)).toEqual(emitSeedTs(s, a, ra));
    }
  });

  it('gives different rows for a different seed', () => {
    const one = seeded(shopSchema(), { seed: 1 });
    const two = seeded(shopSchema(), { seed: 2 });
    expect(column(two, 'customers', 'email')).not.toEqual(column(one, 'customers', 'email'));
    expect(column(two, 'products', 'price')).not.toEqual(column(one, 'products', 'price'));
  });
});

describe('constraints', () => {
  it('holds NOT NULL, keys, uniques, 1-1 keys, foreign keys, enum values and lengths, for every shape and several seeds', () => {
    for (const [name, s] of everything) {
      for (const seed of [1, 2, 99, 123456789]) expect(constraintProblems(s, seeded(s, { seed })), `${name} seed ${seed}`).toEqual([]);
    }
  });

  it('still holds when overrides crowd the value space', () => {
    const rows = seeded(shopSchema(), { rows: { customers: 100, tags: 30, categories: 12, orders: 300, order_items: 1000 } });
    expect(constraintProblems(shopSchema(), rows)).toEqual([]);
    const emails = column(rows, 'customers', 'email').map(String);
    expect(emails.every((e) => /^[a-z]+\.[a-z]+\d*@example\.(com|org|net)$/.test(e))).toBe(true);
    const tags = column(rows, 'tags', 'name').map(String);
    expect(tags).toHaveLength(30);
    expect(tags.filter((t) => / \d+$/.test(t)).length).toBe(20);
  });
});

describe('values', () => {
  const rows = seeded(shopSchema());

  it('spreads children over parents: 2–3 orders per customer, grouped', () => {
    const owners = column(rows, 'orders', 'customer_id');
    const perCustomer = new Map<SeedValue, number>();
    for (const o of owners) perCustomer.set(o, (perCustomer.get(o) ?? 0) + 1);
    expect(perCustomer.size).toBe(20);
    expect([...perCustomer.values()].every((n) => n === 2 || n === 3)).toBe(true);
    expect(owners.filter((o, i) => i > 0 && o !== owners[i - 1]).length).toBe(19);
  });

  it('gives each order distinct products', () => {
    const orders = column(rows, 'order_items', 'order_id');
    const products = column(rows, 'order_items', 'product_id');
    const pairs = new Set(orders.map((o, i) => `${String(o)}/${String(products[i])}`));
    expect(pairs.size).toBe(orders.length);
  });

  it('leaves optional keys null sometimes, and points self-references at earlier rows', () => {
    const customers = column(rows, 'reviews', 'customer_id');
    expect(customers.some((c) => c === null)).toBe(true);
    expect(customers.filter((c) => c !== null).length).toBeGreaterThan(customers.length / 2);
    const ids = column(rows, 'reviews', 'id');
    column(rows, 'reviews', 'parent_id').forEach((p, i) => {
      if (p !== null) expect(Number(p)).toBeLessThan(Number(ids[i]));
    });
  });

  it('keeps dates in 2024 and later events after earlier ones', () => {
    const placed = column(rows, 'orders', 'placed_at');
    const shipped = column(rows, 'orders', 'shipped_at');
    for (const v of [...placed, ...shipped, ...column(rows, 'customers', 'created_at')]) if (v !== null) expect(String(v)).toMatch(/^2024-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    shipped.forEach((s, i) => {
      if (s !== null) expect(String(s) >= String(placed[i])).toBe(true);
    });
  });

  it('makes v4-shaped UUIDs, exact decimals and one person per row', () => {
    for (const id of column(rows, 'customers', 'id')) expect(String(id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (const p of column(rows, 'products', 'price')) expect(String(p)).toMatch(/^\d{1,3}\.\d{2}$/);
    const first = column(rows, 'customers', 'first_name');
    const last = column(rows, 'customers', 'last_name');
    column(rows, 'customers', 'email').forEach((e, i) => expect(String(e).startsWith(`${String(first[i]).toLowerCase()}.${String(last[i]).toLowerCase()}`)).toBe(true));
  });

  it('biases booleans by name', () => {
    const active = column(seeded(shopSchema(), { rows: { products: 400 } }), 'products', 'is_active');
    const share = active.filter((v) => v === true).length / active.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.9);
  });

  it('fills the deferred key of a broken cycle once its targets exist', () => {
    const org = seedFixtures()[1]![1];
    const r = seeded(org);
    const heads = column(r, 'departments', 'head_id');
    expect(heads.some((h) => h !== null)).toBe(true);
    const employees = new Set(column(r, 'employees', 'id'));
    for (const h of heads) if (h !== null) expect(employees.has(h)).toBe(true);
  });
});
