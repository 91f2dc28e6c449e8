/**
 * The seed package's own IR fixtures, built with the IR factories: a shop with every relation shape
 * (lookups, 1-N, 1-1 on a shared key, M-N, composite unique, self-reference), a cycle broken at a
 * nullable key, and a cycle of required keys only.
 */
import { canonicalSchema, column, enumType, relation, schema, span, table, validateSchema, type Column, type DefaultValue, type Relation, type ScalarType, type Schema, type Table } from '@schemawright/ir';

let line = 0;
const at = () => ({ origin: span('seed-fixture.md', ++line, 1), rule: 'test/seed-fixture' });

export function col(name: string, type: ScalarType, o: { nullable?: boolean; unique?: boolean; default?: DefaultValue; autoUpdate?: boolean } = {}): Column {
  return column({ ...at(), name, type, ...o });
}

export function tbl(name: string, columns: Column[], o: { primaryKey?: string[]; uniques?: string[][]; role?: 'entity' | 'join' } = {}): Table {
  return table({ ...at(), name, columns, primaryKey: o.primaryKey ?? ['id'], uniques: o.uniques ?? [], role: o.role ?? 'entity' });
}

/** A foreign key `from.columns → to.id`; `one` makes it 1-1. */
export function rel(from: string, columns: string[], to: string, o: { one?: boolean; optional?: boolean; fromOptional?: boolean } = {}): Relation {
  return relation({
    ...at(),
    name: `${from}_${columns.join('_')}_fkey`,
    from: { table: from, columns, cardinality: o.one ? 'one' : 'many', optional: o.fromOptional ?? true },
    to: { table: to, columns: ['id'], cardinality: 'one', optional: o.optional ?? false },
    onDelete: o.optional ? 'set-null' : 'cascade',
  });
}

function build(name: string, tables: Table[], relations: Relation[], enums: ReturnType<typeof enumType>[] = []): Schema {
  const s = canonicalSchema(schema({ name, tables, relations, enums }));
  const problems = validateSchema(s);
  if (problems.length > 0) throw new Error(`fixture ${name}: ${problems.join('; ')}`);
  return s;
}

const serial = () => col('id', { kind: 'int', bits: 32 }, { default: { kind: 'autoincrement' } });
const uuidKey = () => col('id', { kind: 'uuid' }, { default: { kind: 'uuid' } });
const int = (name: string, nullable = false) => col(name, { kind: 'int', bits: 32 }, { nullable });
const uuid = (name: string, nullable = false) => col(name, { kind: 'uuid' }, { nullable });
const str = (name: string, maxLength?: number, o: { nullable?: boolean; unique?: boolean } = {}) => col(name, maxLength === undefined ? { kind: 'string' } : { kind: 'string', maxLength }, o);
const text = (name: string, nullable = false) => col(name, { kind: 'text' }, { nullable });

/** A shop: every relation shape the planner distinguishes. */
export function shopSchema(): Schema {
  const status = enumType({ ...at(), name: 'order_status', values: ['pending', 'paid', 'shipped', 'delivered', 'cancelled'].map((v) => ({ name: v, label: v })) });
  return build(
    'Corner Shop',
    [
      tbl('categories', [serial(), str('name', 60, { unique: true }), str('slug', 80, { unique: true })]),
      tbl('tags', [serial(), str('name', 40, { unique: true })]),
      tbl('customers', [uuidKey(), str('email', 255, { unique: true }), str('first_name', 80), str('last_name', 80), str('phone', 30, { nullable: true }), col('created_at', { kind: 'datetime' }, { default: { kind: 'now' } }), col('updated_at', { kind: 'datetime' }, { autoUpdate: true })]),
      tbl('customer_profiles', [uuid('customer_id'), text('bio', true), str('avatar_url', 300, { nullable: true }), col('birth_date', { kind: 'date' }, { nullable: true })], { primaryKey: ['customer_id'] }),
      tbl('products', [serial(), int('category_id'), str('sku', 20, { unique: true }), str('name', 120), text('description', true), col('price', { kind: 'decimal', precision: 10, scale: 2 }), int('stock'), col('rating', { kind: 'float' }, { nullable: true }), col('is_active', { kind: 'boolean' }), col('metadata', { kind: 'json' }, { nullable: true }), col('view_count', { kind: 'int', bits: 64 })]),
      tbl('product_tags', [int('product_id'), int('tag_id')], { primaryKey: ['product_id', 'tag_id'], role: 'join' }),
      tbl('orders', [uuidKey(), uuid('customer_id'), col('status', { kind: 'enum', enumName: 'order_status' }), col('total', { kind: 'decimal', precision: 12, scale: 2 }), col('placed_at', { kind: 'datetime' }), col('shipped_at', { kind: 'datetime' }, { nullable: true }), text('notes', true)]),
      tbl('order_items', [serial(), uuid('order_id'), int('product_id'), int('quantity'), col('unit_price', { kind: 'decimal', precision: 10, scale: 2 })], { uniques: [['order_id', 'product_id']] }),
      tbl('reviews', [serial(), int('product_id'), uuid('customer_id', true), int('rating'), text('body'), int('parent_id', true)]),
    ],
    [
      rel('products', ['category_id'], 'categories'),
      rel('product_tags', ['product_id'], 'products'),
      rel('product_tags', ['tag_id'], 'tags'),
      rel('customer_profiles', ['customer_id'], 'customers', { one: true }),
      rel('orders', ['customer_id'], 'customers'),
      rel('order_items', ['order_id'], 'orders'),
      rel('order_items', ['product_id'], 'products'),
      rel('reviews', ['product_id'], 'products'),
      rel('reviews', ['customer_id'], 'customers', { optional: true }),
      rel('reviews', ['parent_id'], 'reviews', { optional: true }),
    ],
    [status],
  );
}

/** Departments have an optional head; employees a required department: a cycle broken at `head_id`. */
export function cycleSchema(): Schema {
  return build(
    'Org',
    [
      tbl('departments', [serial(), str('name', 80), int('head_id', true)]),
      tbl('employees', [serial(), int('department_id'), str('full_name', 120), int('manager_id', true)]),
    ],
    [rel('departments', ['head_id'], 'employees', { optional: true }), rel('employees', ['department_id'], 'departments'), rel('employees', ['manager_id'], 'employees', { optional: true })],
  );
}

/** Alphas and betas require each other; gammas hang off alphas. A cycle of required keys only. */
export function requiredCycleSchema(): Schema {
  return build(
    'Knot',
    [
      tbl('alphas', [serial(), int('beta_id'), str('label', 40)]),
      tbl('betas', [serial(), int('alpha_id'), str('label', 40)]),
      tbl('gammas', [serial(), int('alpha_id'), str('title', 80)]),
    ],
    [rel('alphas', ['beta_id'], 'betas'), rel('betas', ['alpha_id'], 'alphas'), rel('gammas', ['alpha_id'], 'alphas')],
  );
}

/** Every fixture of this package, by name. */
export function seedFixtures(): ReadonlyArray<readonly [string, Schema]> {
  return [
    ['shop', shopSchema()],
    ['cycle', cycleSchema()],
    ['required-cycle', requiredCycleSchema()],
  ];
}
