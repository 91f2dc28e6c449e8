import { canonicalSchema, schema, type Relation, type Schema, type Table } from '@schemawright/ir';
import { describe, expect, it } from 'vitest';
import { embeddingsOf, emitPrismaMongo, idListJunctionsOf, isBookkeepingTimestamp, isUnboundedChild, surrogateIdOf } from '../src/mongo/index.js';
import { prismaDmmf, validatePrismaSchema } from '../src/prisma/index.js';
import { col, rel, tbl, withProvider } from './helpers/schemas.js';

const build = (tables: Table[], relations: Relation[] = []): Schema => withProvider(canonicalSchema(schema({ name: 'Rules', tables, relations, enums: [] })), 'mongodb');
const id = () => col('id', { kind: 'string' }, { default: { kind: 'uuid' } });
const key = (name: string, nullable = false) => col(name, { kind: 'string' }, { nullable });
const text = (name: string, options: { unique?: boolean } = {}) => col(name, { kind: 'string' }, options);
const createdAt = () => col('created_at', { kind: 'datetime' }, { default: { kind: 'now' } });
const orders = () => tbl('orders', [id(), text('number', { unique: true })]);
/** orders plus one child table holding `order_id`, with the given relation options. */
const withChild = (child: Table, options: Parameters<typeof rel>[3] = {}, more: { tables?: Table[]; relations?: Relation[] } = {}) =>
  build([orders(), child, ...(more.tables ?? [])], [rel(child.name, ['order_id'], 'orders', { fromOptional: false, ...options }), ...(more.relations ?? [])]);
const embedded = (s: Schema) => [...embeddingsOf(s).keys()];

describe('embeddingsOf: owned data only', () => {
  it('embeds a child whose only relation is a required key to one parent that nothing references', () => {
    const s = withChild(tbl('order_items', [id(), key('order_id'), text('sku'), col('quantity', { kind: 'int', bits: 32 }), createdAt()]));
    const e = embeddingsOf(s).get('order_items')!;
    expect(e).toMatchObject({ parent: 'orders', list: true, required: false, dropped: ['id', 'order_id', 'created_at'] });
    expect(e.columns.map((c) => c.name)).toEqual(['sku', 'quantity']);
  });

  it('a one-to-one child every parent has is a required single document; an optional one-to-one an optional one', () => {
    const child = () => tbl('invoices', [id(), key('order_id'), text('total')]);
    expect(embeddingsOf(withChild(child(), { one: true, fromOptional: false })).get('invoices')).toMatchObject({ list: false, required: true });
    expect(embeddingsOf(withChild(child(), { one: true, fromOptional: true })).get('invoices')).toMatchObject({ list: false, required: false });
  });

  it('keeps a collection when the key is optional, the child is referenced, or it holds a second relation', () => {
    expect(embedded(withChild(tbl('order_items', [id(), key('order_id', true), text('sku')])))).toEqual([]);
    const items = () => tbl('order_items', [id(), key('order_id'), text('sku')]);
    const refunds = tbl('refunds', [id(), key('order_item_id', true), text('reason')]);
    expect(embedded(withChild(items(), {}, { tables: [refunds], relations: [rel('refunds', ['order_item_id'], 'order_items', { optional: true })] }))).not.toContain('order_items');
    const products = tbl('products', [id(), text('name')]);
    const twoParents = tbl('order_items', [id(), key('order_id'), key('product_id'), text('sku')]);
    expect(embedded(withChild(twoParents, {}, { tables: [products], relations: [rel('order_items', ['product_id'], 'products')] }))).toEqual([]);
  });

  it('keeps a collection when a unique value is global, not scoped to the parent', () => {
    expect(embedded(withChild(tbl('order_items', [id(), key('order_id'), text('serial', { unique: true })])))).toEqual([]);
    expect(embedded(withChild(tbl('order_items', [id(), key('order_id'), text('line')], { uniques: [['order_id', 'line']] })))).toEqual(['order_items']);
    // a natural key of its own is a global identity too
    expect(embedded(withChild(tbl('order_items', [text('serial'), key('order_id'), text('line')], { primaryKey: ['serial'] })))).toEqual([]);
  });

  it('keeps a collection for rows that pile up without bound, for a junction, for a self relation, and when nothing is left to embed', () => {
    expect(embedded(withChild(tbl('order_events', [id(), key('order_id'), text('kind')])))).toEqual([]);
    expect(embedded(withChild(tbl('order_events', [id(), key('order_id'), text('kind')]), { one: true }))).toEqual(['order_events']);
    expect(embedded(withChild(tbl('order_notes', [id(), key('order_id'), text('body')], { role: 'join' })))).toEqual([]);
    expect(embedded(withChild(tbl('order_marks', [id(), key('order_id'), createdAt()])))).toEqual([]);
    const nodes = tbl('nodes', [id(), key('parent_id'), text('label')]);
    expect(embedded(build([nodes], [rel('nodes', ['parent_id'], 'nodes', { fromOptional: false })]))).toEqual([]);
  });
});

describe('idListJunctionsOf: pure links only', () => {
  const posts = () => tbl('posts', [id(), text('title')]);
  const tags = () => tbl('tags', [id(), text('label')]);
  const link = (columns = [key('post_id'), key('tag_id')], primaryKey = ['post_id', 'tag_id']) => tbl('post_tags', columns, { primaryKey, role: 'join' });
  const links = (junction: Table, targets: Table[] = [posts(), tags()], more: Relation[] = []) =>
    build([...targets, junction], [rel('post_tags', ['post_id'], 'posts'), rel('post_tags', ['tag_id'], 'tags'), ...more]);

  it('takes a junction of two required keys to ObjectId ids, with or without a surrogate id and timestamps', () => {
    expect([...idListJunctionsOf(links(link())).keys()]).toEqual(['post_tags']);
    const withBookkeeping = link([id(), key('post_id'), key('tag_id'), createdAt(), col('updated_at', { kind: 'datetime' }, { autoUpdate: true })], ['id']);
    expect(idListJunctionsOf(links(withBookkeeping)).get('post_tags')?.dropped).toEqual(['id', 'post_id', 'tag_id', 'created_at', 'updated_at']);
  });

  it('leaves junctions with data, optional keys, natural-key targets or references to them as collections', () => {
    expect(idListJunctionsOf(links(link([key('post_id'), key('tag_id'), col('weight', { kind: 'int', bits: 32 })]))).size).toBe(0);
    expect(idListJunctionsOf(links(link([key('post_id', true), key('tag_id')], ['tag_id']))).size).toBe(0);
    const naturalTags = tbl('tags', [text('slug'), text('label')], { primaryKey: ['slug'] });
    const s = build([posts(), naturalTags, link()], [rel('post_tags', ['post_id'], 'posts'), rel('post_tags', ['tag_id'], 'tags', { toColumns: ['slug'] })]);
    expect(idListJunctionsOf(s).size).toBe(0);
    const votes = tbl('votes', [id(), key('post_tag_post_id'), key('post_tag_tag_id')]);
    const referenced = links(link(), [posts(), tags(), votes], [rel('votes', ['post_tag_post_id', 'post_tag_tag_id'], 'post_tags', { toColumns: ['post_id', 'tag_id'] })]);
    expect(idListJunctionsOf(referenced).size).toBe(0);
    expect(validatePrismaSchema(emitPrismaMongo(referenced).value)).toBeUndefined();
  });
});

describe('surrogateIdOf, isBookkeepingTimestamp, isUnboundedChild', () => {
  it('a generated, uuid-typed or id-named single key is a surrogate; a natural, compound or borrowed key is not', () => {
    const s = build([tbl('users', [id()])]);
    expect(surrogateIdOf(s, tbl('a', [col('id', { kind: 'int', bits: 64 }, { default: { kind: 'autoincrement' } })]))?.name).toBe('id');
    expect(surrogateIdOf(s, tbl('a', [col('ref', { kind: 'uuid' })], { primaryKey: ['ref'] }))?.name).toBe('ref');
    expect(surrogateIdOf(s, tbl('a', [col('account_id', { kind: 'string' })], { primaryKey: ['account_id'] }))?.name).toBe('account_id');
    expect(surrogateIdOf(s, tbl('a', [text('code')], { primaryKey: ['code'] }))).toBeUndefined();
    expect(surrogateIdOf(s, tbl('a', [key('x_id'), key('y_id')], { primaryKey: ['x_id', 'y_id'] }))).toBeUndefined();
    const shared = build([tbl('users', [id()]), tbl('settings', [key('user_id'), text('theme')], { primaryKey: ['user_id'] })], [rel('settings', ['user_id'], 'users', { one: true })]);
    expect(surrogateIdOf(shared, shared.tables.find((t) => t.name === 'settings')!)).toBeUndefined();
  });

  it('bookkeeping timestamps are the creation and update times of the row itself, not domain times', () => {
    expect(isBookkeepingTimestamp(createdAt())).toBe(true);
    expect(isBookkeepingTimestamp(col('updatedAt', { kind: 'datetime' }))).toBe(true);
    expect(isBookkeepingTimestamp(col('touched', { kind: 'datetime' }, { autoUpdate: true }))).toBe(true);
    expect(isBookkeepingTimestamp(col('paid_at', { kind: 'datetime' }, { default: { kind: 'now' } }))).toBe(false);
    expect(isBookkeepingTimestamp(col('created_at', { kind: 'string' }))).toBe(false);
  });

  it('logs, events and readings are unbounded children; line items are not', () => {
    expect(isUnboundedChild(tbl('audit_logs', [id()]))).toBe(true);
    expect(isUnboundedChild(tbl('sensor_readings', [id()]))).toBe(true);
    expect(isUnboundedChild(tbl('order_items', [id()]))).toBe(false);
  });
});

describe('emitPrismaMongo: natural keys', () => {
  it('a natural key stays unique beside an added ObjectId id, and references to it keep its type', () => {
    const countries = tbl('countries', [text('code'), text('name'), col('id', { kind: 'int', bits: 32 }, { nullable: true })], { primaryKey: ['code'] });
    const cities = tbl('cities', [id(), text('name'), key('country_code', true)]);
    const s = build([countries, cities], [rel('cities', ['country_code'], 'countries', { toColumns: ['code'], optional: true, onDelete: 'set-null' })]);
    const out = emitPrismaMongo(s);
    expect(validatePrismaSchema(out.value)).toBeUndefined();
    const models = (prismaDmmf(out.value) as { datamodel: { models: { name: string; fields: { name: string; isId: boolean; isUnique: boolean; nativeType: unknown; dbName?: string | null }[] }[] } }).datamodel.models;
    const country = models.find((m) => m.name === 'Country')!;
    expect(country.fields.find((f) => f.isId)).toMatchObject({ name: 'idField', dbName: '_id', nativeType: ['ObjectId', []] });
    expect(country.fields.find((f) => f.name === 'code')).toMatchObject({ isUnique: true, nativeType: null });
    expect(country.fields.find((f) => f.name === 'id')).toMatchObject({ isId: false });
    expect(models.find((m) => m.name === 'City')!.fields.find((f) => f.name === 'countryCode')).toMatchObject({ nativeType: null });
  });
});
