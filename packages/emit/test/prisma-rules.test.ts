import { canonicalSchema, index, schema, span, type Relation, type Table } from '@schemawright/ir';
import { describe, expect, it } from 'vitest';
import { emitPrisma, validatePrismaSchema } from '../src/prisma/index.js';
import { emitSql, foreignKeyName, indexName, primaryKeyName, uniqueIndexName } from '../src/sql/index.js';
import { col, compositeKeySchema, manyToManySchema, rel, selfRelationSchema, tbl, teamTasksSchema, allTypesSchema, withProvider } from './helpers/schemas.js';

const build = (tables: Table[], relations: Relation[] = []) => canonicalSchema(schema({ name: 'Rules', tables, relations, enums: [] }));
const codes = (r: { diagnostics: readonly { code: string; message: string }[] }) => r.diagnostics.map((d) => `${d.code}: ${d.message}`);
const line = (text: string, start: string) => text.split('\n').map((l) => l.trim()).find((l) => l.startsWith(start)) ?? '';

describe('provider-specific printing', () => {
  it('mysql: CHAR(36) uuids and DATETIME(3)', () => {
    const out = emitPrisma(withProvider(teamTasksSchema(), 'mysql')).value;
    expect(line(out, 'id ')).toContain('@db.Char(36)');
    expect(line(out, 'createdAt')).toContain('@db.DateTime(3)');
  });

  it('sqlite: no native types and no foreign key names', () => {
    const s = build([tbl('users', [col('id', { kind: 'uuid' })]), tbl('posts', [col('id', { kind: 'uuid' }), col('author_id', { kind: 'uuid' })])], [{ ...rel('posts', ['author_id'], 'users'), name: 'posts_author_fk' }]);
    expect(emitPrisma(s).value).toContain('map: "posts_author_fk"');
    const out = emitPrisma(withProvider(s, 'sqlite'));
    expect(out.value).not.toContain('@db.');
    expect(out.value).not.toContain('map: "posts_author_fk"');
    expect(validatePrismaSchema(out.value)).toBeUndefined();
  });

  it('mysql: a TEXT column in a key becomes VARCHAR(191) in both the schema and the DDL, since MySQL cannot index TEXT', () => {
    const s = withProvider(build([tbl('articles', [col('id', { kind: 'uuid' }), col('slug', { kind: 'text' }, { unique: true }), col('body', { kind: 'text' })])]), 'mysql');
    const out = emitPrisma(s);
    expect(out.diagnostics).toEqual([]);
    expect(line(out.value, 'slug')).toContain('@db.VarChar(191)');
    expect(line(out.value, 'body')).toContain('@db.Text');
    const ddl = emitSql(s, 'mysql');
    expect(ddl).toContain('`slug` VARCHAR(191) NOT NULL,');
    expect(ddl).toContain('`body` TEXT NOT NULL,');
  });

  it('cockroachdb: Int autoincrement becomes sequence()', () => {
    const out = emitPrisma(withProvider(compositeKeySchema(), 'cockroachdb')).value;
    expect(line(out, 'id ')).toContain('@default(sequence())');
    expect(line(out, 'id ')).toContain('@db.Int4');
  });

  it('sqlserver: enums and JSON become text, a second cascade path becomes NoAction', () => {
    const out = emitPrisma(withProvider(teamTasksSchema(), 'sqlserver'));
    expect(out.value).not.toContain('enum ');
    expect(line(out.value, 'status ')).toMatch(/^status\s+String\s+@default\("todo"\)$/);
    expect(line(out.value, 'project ')).toContain('onDelete: Cascade');
    expect(line(out.value, 'reporter ')).toContain('onDelete: NoAction, onUpdate: NoAction');
    expect(codes(out)).toContain('emit/unsupported: the enum type of tasks.status is not supported by sqlserver; stored as its text value');
    const types = emitPrisma(withProvider(allTypesSchema(), 'sqlserver'));
    expect(line(types.value, 'payload')).toContain('String');
    expect(line(types.value, 'payload')).toContain('@db.NVarChar(Max)');
  });

  it('sqlserver and mongodb: a cascading self relation gives way with a warning', () => {
    for (const provider of ['sqlserver', 'mongodb'] as const) {
      const out = emitPrisma(withProvider(selfRelationSchema(), provider));
      expect(line(out.value, 'manager ')).toContain('onDelete: NoAction, onUpdate: NoAction');
      expect(codes(out).some((c) => c.includes('employees_manager_id_fkey'))).toBe(true);
    }
  });

  it('mongodb: ids map to _id, compound keys become unique with an ObjectId id', () => {
    const out = emitPrisma(withProvider(manyToManySchema(), 'mongodb'));
    expect(line(out.value, 'id ')).toContain('@map("_id")');
    expect(out.value).toMatch(/model PostTag \{\n\s+id\s+String\s+@id @default\(auto\(\)\) @map\("_id"\) @db\.ObjectId/);
    expect(out.value).toContain('@@unique([postId, tagId])');
    expect(out.value).not.toContain('@@id');
    expect(codes(out)).toContain('emit/unsupported: the compound primary key of post_tags is not supported by mongodb; added an ObjectId id and made the key unique');
  });
});

describe('keys, names and fallbacks', () => {
  it('adds map: only when an index name differs from Prisma\'s default', () => {
    const t = tbl('items', [col('id', { kind: 'uuid' }), col('sku', { kind: 'string' }), col('kind', { kind: 'string' })], {
      indexes: [
        index({ origin: span('prd.md', 1, 1), rule: 'test', name: 'items_sku_idx', columns: ['sku'], reason: 'lookup' }),
        index({ origin: span('prd.md', 2, 1), rule: 'test', name: 'by_kind', columns: ['kind'], reason: 'filter' }),
        index({ origin: span('prd.md', 3, 1), rule: 'test', name: 'items_kind_sku_key', columns: ['kind', 'sku'], unique: true, reason: 'natural key' }),
      ],
    });
    const out = emitPrisma(build([t])).value;
    expect(out).toContain('@@index([sku])\n');
    expect(out).toContain('@@index([kind], map: "by_kind")');
    expect(out).toContain('@@unique([kind, sku])\n');
  });

  it('computes Prisma\'s default constraint names, truncated to the provider limit', () => {
    expect(primaryKeyName('users', 'postgresql')).toBe('users_pkey');
    expect(uniqueIndexName('users', ['email'], 'postgresql')).toBe('users_email_key');
    expect(foreignKeyName('tasks', ['project_id'], 'postgresql')).toBe('tasks_project_id_fkey');
    const long = indexName('a'.repeat(40), ['b'.repeat(40)], 'postgresql');
    expect(long).toBe(`${'a'.repeat(40)}_${'b'.repeat(18)}_idx`);
    expect(long.length).toBe(63);
    expect(indexName('a'.repeat(40), ['b'.repeat(40)], 'sqlserver')).toBe(`${'a'.repeat(40)}_${'b'.repeat(40)}_idx`);
  });

  it('gives clashing relation fields the suffix rule: base, then base + Relation', () => {
    const s = build(
      [tbl('users', [col('id', { kind: 'uuid' })]), tbl('items', [col('id', { kind: 'uuid' }), col('owner_id', { kind: 'uuid' }), col('owner_uuid', { kind: 'uuid' })])],
      [rel('items', ['owner_id'], 'users'), rel('items', ['owner_uuid'], 'users')],
    );
    const out = emitPrisma(s);
    expect(out.diagnostics).toEqual([]);
    expect(line(out.value, 'owner ')).toContain('@relation("ItemOwner", fields: [ownerId]');
    expect(line(out.value, 'ownerRelation ')).toContain('@relation("ItemOwnerRelation", fields: [ownerUuid]');
    expect(line(out.value, 'itemsAsOwner ')).toBe('itemsAsOwner         Item[] @relation("ItemOwner")');
    expect(line(out.value, 'itemsAsOwnerRelation ')).toBe('itemsAsOwnerRelation Item[] @relation("ItemOwnerRelation")');
  });

  it('prints the same bytes whatever order the schema was built in', () => {
    const a = teamTasksSchema();
    const b = canonicalSchema({ ...a, tables: [...a.tables].reverse(), relations: [...a.relations].reverse(), enums: [...a.enums].reverse() });
    expect(emitPrisma(b).value).toBe(emitPrisma(a).value);
    expect(emitSql(b, 'postgresql')).toBe(emitSql(a, 'postgresql'));
  });

  it('turns SET NULL on a required key into Restrict, with a warning', () => {
    const s = build([tbl('users', [col('id', { kind: 'uuid' })]), tbl('posts', [col('id', { kind: 'uuid' }), col('author_id', { kind: 'uuid' })])], [rel('posts', ['author_id'], 'users', { onDelete: 'set-null' })]);
    const out = emitPrisma(s);
    expect(line(out.value, 'author ')).toContain('onDelete: Restrict');
    expect(codes(out)).toEqual(['emit/unsupported: ON DELETE SET NULL on the required key posts_author_id_fkey is not supported by postgresql; used RESTRICT']);
  });

  it('drops defaults and @updatedAt the column type cannot hold, with a warning each', () => {
    const s = build([tbl('things', [
      col('id', { kind: 'uuid' }),
      col('count', { kind: 'int', bits: 32 }, { default: { kind: 'now' } }),
      col('code', { kind: 'int', bits: 32 }, { default: { kind: 'string', value: 'abc' } }),
      col('level', { kind: 'int', bits: 32 }, { default: { kind: 'string', value: '3' } }),
      col('touched', { kind: 'string' }, { autoUpdate: true }),
    ])]);
    const out = emitPrisma(s);
    expect(line(out.value, 'count')).not.toContain('@default');
    expect(line(out.value, 'code')).not.toContain('@default');
    expect(line(out.value, 'level')).toContain('@default(3)');
    expect(line(out.value, 'touched')).not.toContain('@updatedAt');
    expect(codes(out)).toEqual([
      'emit/unsupported: the default now() on a Int column (things.count) is not supported by postgresql; no default emitted',
      'emit/unsupported: the default "abc" on a Int column (things.code) is not supported by postgresql; no default emitted',
      'emit/unsupported: @updatedAt on the String column things.touched is not supported by Prisma; left out',
    ]);
  });

  it('reports Prisma\'s own message as emit/prisma-invalid when the schema cannot validate', () => {
    // the key references a column that is neither id nor unique, which Prisma refuses
    const s = build([tbl('users', [col('id', { kind: 'uuid' }), col('handle', { kind: 'string' })]), tbl('posts', [col('id', { kind: 'uuid' }), col('author_handle', { kind: 'string' })])], [rel('posts', ['author_handle'], 'users', { toColumns: ['handle'] })]);
    const out = emitPrisma(s);
    const errors = out.diagnostics.filter((d) => d.code === 'emit/prisma-invalid');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.severity).toBe('error');
    expect(errors[0]!.message).toContain('must refer to a unique criteri');
    expect(line(out.value, 'user ')).toContain('@relation(fields: [authorHandle], references: [handle]');
  });
});

describe('test shapes', () => {
  it('are the same on every call, spans included', () => {
    const first = JSON.stringify(teamTasksSchema());
    selfRelationSchema();
    expect(JSON.stringify(teamTasksSchema())).toBe(first);
  });
});
