import { describe, expect, it } from 'vitest';
import { canonicalSchema, schema, type Schema } from '@schemawright/ir';
import { planSeed, streamSeed } from '@schemawright/seed';
import { selfRelationSchema } from '../../emit/test/helpers/schemas.js';
import { col, cycleSchema, rel, requiredCycleSchema, shopSchema, tbl } from './helpers/fixtures.js';

const order = (s: Schema) => planSeed(s).value.tables.map((t) => t.table);
const rowsOf = (s: Schema, options = {}) => Object.fromEntries(planSeed(s, options).value.tables.map((t) => [t.table, t.rows]));
const int = (name: string, nullable = false) => col(name, { kind: 'int', bits: 32 }, { nullable });

describe('insertion order', () => {
  it('puts parents first and breaks ties in code-unit order', () => {
    expect(order(shopSchema())).toEqual(['categories', 'customers', 'customer_profiles', 'orders', 'products', 'order_items', 'reviews', 'tags', 'product_tags']);
  });

  it('never places a table before the targets of its foreign keys', () => {
    const s = shopSchema();
    const o = order(s);
    for (const r of s.relations) if (r.from.table !== r.to.table) expect(o.indexOf(r.to.table)).toBeLessThan(o.indexOf(r.from.table));
  });

  it('does not treat a self-reference as a cycle', () => {
    const plan = planSeed(selfRelationSchema());
    expect(plan.diagnostics).toEqual([]);
    expect(plan.value.deferred).toEqual([]);
  });

  it('breaks a cycle at its nullable key and says so', () => {
    const plan = planSeed(cycleSchema());
    expect(plan.value.tables.map((t) => t.table)).toEqual(['departments', 'employees']);
    expect(plan.value.deferred).toEqual([
      { relation: 'departments_head_id_fkey', table: 'departments', columns: ['head_id'], target: 'employees', required: false, cycle: ['departments', 'employees', 'departments'] },
    ]);
    expect(plan.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['resolve/cycle', 'info', 'foreign keys form a cycle (departments → employees → departments); departments.head_id is inserted as null and updated afterwards'],
    ]);
    expect(plan.value.tables[0]!.orderReason).toContain('departments.head_id → employees is set after the cycle');
  });

  it('breaks a cycle of required keys at the lexically first edge, with a warning', () => {
    const plan = planSeed(requiredCycleSchema());
    expect(plan.value.tables.map((t) => t.table)).toEqual(['alphas', 'betas', 'gammas']);
    expect(plan.value.deferred.map((d) => [d.table, d.columns, d.required])).toEqual([['alphas', ['beta_id'], true]]);
    expect(plan.diagnostics.map((d) => [d.code, d.severity])).toEqual([['seed/required-cycle', 'warning']]);
  });

  it('picks the nullable edge of a longer cycle and reports the path from it', () => {
    const s = canonicalSchema(
      schema({
        name: 'Ring',
        tables: [tbl('a', [int('id'), int('b_id')]), tbl('b', [int('id'), int('c_id')]), tbl('c', [int('id'), int('a_id', true)])],
        relations: [rel('a', ['b_id'], 'b'), rel('b', ['c_id'], 'c'), rel('c', ['a_id'], 'a', { optional: true })],
        enums: [],
      }),
    );
    const plan = planSeed(s);
    expect(plan.value.deferred.map((d) => [d.table, d.cycle])).toEqual([['c', ['c', 'a', 'b', 'c']]]);
    expect(plan.value.tables.map((t) => t.table)).toEqual(['c', 'b', 'a']);
  });
});

describe('row counts', () => {
  it('gives lookups few rows, core entities tens, children 2–3 per parent, 1-1 at most one, joins a quarter of the pairs', () => {
    const plan = planSeed(shopSchema()).value;
    const by = Object.fromEntries(plan.tables.map((t) => [t.table, t]));
    expect([by['categories']!.rows, by['tags']!.rows]).toEqual([5, 5]);
    expect([by['categories']!.countRule, by['customers']!.countRule, by['orders']!.countRule]).toEqual(['lookup', 'entity', 'child']);
    expect(by['customers']!.rows).toBe(20);
    const spread = by['orders']!.spread!;
    expect(spread.perParent).toHaveLength(20);
    expect(spread.perParent.every((n) => n === 2 || n === 3)).toBe(true);
    expect(by['orders']!.rows).toBe(spread.perParent.reduce((a, b) => a + b, 0));
    expect(by['customer_profiles']!.rows).toBe(15);
    expect(by['customer_profiles']!.countRule).toBe('one-to-one');
    expect(by['product_tags']!.rows).toBe(25);
  });

  it('takes per-table and global overrides, spread over the parent', () => {
    const one = planSeed(shopSchema(), { rows: { customers: 4, orders: 9 } }).value;
    const orders = one.tables.find((t) => t.table === 'orders')!;
    expect([one.tables.find((t) => t.table === 'customers')!.rows, orders.rows, orders.countRule]).toEqual([4, 9, 'override']);
    expect(orders.spread!.perParent).toEqual([3, 2, 2, 2]);
    const all = rowsOf(shopSchema(), { defaultRows: 6 });
    expect(Object.values(all).every((n) => n === 6)).toBe(true);
    expect(rowsOf(shopSchema(), { defaultRows: 6, rows: { tags: 2 } })['tags']).toBe(2);
  });

  it('keeps structural limits over any override', () => {
    const plan = planSeed(shopSchema(), { rows: { customer_profiles: 500, product_tags: 1000, categories: 0 } }).value;
    const by = Object.fromEntries(plan.tables.map((t) => [t.table, t]));
    expect(by['customer_profiles']!.rows).toBe(20);
    expect(by['customer_profiles']!.countReason).toContain('limited to 20: one per customers row');
    expect(by['product_tags']!.rows).toBe(by['products']!.rows * by['tags']!.rows);
    expect(by['products']!.rows).toBe(0);
  });

  it('limits a unique boolean to two rows and a unique enum to its values', () => {
    const s = canonicalSchema(
      schema({
        name: 'Flags',
        tables: [tbl('flags', [int('id'), col('on', { kind: 'boolean' }, { unique: true })]), tbl('moods', [int('id'), col('mood', { kind: 'enum', enumName: 'mood' }, { unique: true })])],
        relations: [],
        enums: [{ kind: 'enum', name: 'mood', values: [{ name: 'up', label: 'up' }, { name: 'down', label: 'down' }, { name: 'flat', label: 'flat' }], origin: { file: 'x', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, rule: 't', confidence: 1 }],
      }),
    );
    expect(rowsOf(s)).toEqual({ flags: 2, moods: 3 });
  });
});

describe('value generators', () => {
  it('chooses a generator per column by name and type', () => {
    const plan = planSeed(shopSchema(), { seed: 3 }).value;
    const gen = Object.fromEntries(plan.tables.flatMap((t) => t.columns.map((c) => [`${t.table}.${c.column}`, c.generator])));
    expect(gen).toMatchObject({
      'customers.id': 'uuid',
      'customers.email': 'email',
      'customers.first_name': 'first-name',
      'customers.last_name': 'last-name',
      'customers.phone': 'phone',
      'customers.updated_at': 'later-datetime',
      'customer_profiles.customer_id': 'foreign-key',
      'customer_profiles.avatar_url': 'image-url',
      'customer_profiles.birth_date': 'birth-date',
      'categories.id': 'sequence',
      'categories.name': 'lookup-value',
      'categories.slug': 'slug',
      'products.sku': 'code',
      'products.name': 'entity-name',
      'products.description': 'paragraph',
      'products.price': 'money',
      'products.stock': 'quantity',
      'products.rating': 'rating',
      'products.is_active': 'boolean',
      'products.metadata': 'json',
      'orders.status': 'enum',
      'orders.placed_at': 'datetime',
      'orders.shipped_at': 'later-datetime',
      'order_items.quantity': 'quantity',
      'reviews.body': 'paragraph',
    });
    const email = plan.tables.find((t) => t.table === 'customers')!.columns.find((c) => c.column === 'email')!;
    expect(email.seed).toBe(streamSeed('customers.email', 3));
    expect(email.unique).toBe(true);
    expect(plan.tables.find((t) => t.table === 'orders')!.columns.find((c) => c.column === 'shipped_at')!.earlier).toBe('placed_at');
  });
});
