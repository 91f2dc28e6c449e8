/**
 * previousSchemaOf: a generated schema.prisma read back into the IR must describe the same database, or
 * the next migration would invent or miss changes.
 */
import { describe, expect, it } from 'vitest';
import { emitPrisma, emitSql, isSameDatabase } from '@schemawright/emit';
import { previousSchemaOf } from '../src/previous-schema.js';
import { allShapes, awkwardNamesSchema, cyclicSchema, teamTasksSchema, withProvider } from '../../emit/test/helpers/schemas.js';

const readBack = (prisma: string) => previousSchemaOf(prisma).value;

describe('previousSchemaOf: IR → emitPrisma → previousSchemaOf → emitSql gives identical DDL', () => {
  for (const [name, s] of allShapes()) {
    // awkward-names has its own test below: the reader loses names on the way (see there)
    if (name === 'awkward-names') continue;
    it(`${name}: PostgreSQL and SQLite DDL, and no migration step`, () => {
      for (const provider of ['postgresql', 'sqlite'] as const) {
        const original = withProvider(s, provider);
        const back = readBack(emitPrisma(original).value);
        expect(emitSql(back, provider)).toBe(emitSql(original, provider));
      }
      expect(isSameDatabase(readBack(emitPrisma(s).value), s)).toBe(true);
    });
  }

  /*
   * Known gaps of the Prisma model collector (packages/extract/src/collect/code/prisma-*.ts), not fixed here:
   * 1. a field's `@map("…")` is ignored: the column is named after the field (`field2faEnabled @map("2fa_enabled")`
   *    reads back as `field2fa_enabled`, `userIdField @map("user_id")` as `user_id_field`);
   * 2. a field without `@map` is the column's exact name, but resolve snake-cases it (`userId` → `user_id`);
   * 3. an enum value's `@map("…")` is ignored (`in_progress2 @map("in progress")` reads back as `in_progress2`);
   * 4. an enum's `@@map("status")` is ignored (`enum StatusEnum` reads back as `status_enum`);
   * 5. a model mapped to a non-Latin table (`model Model4 … @@map("заказы")`) reads back as `model4s`;
   * 6. see the MySQL test below.
   */
  it.fails('awkward-names (fails until the collector reads @map on fields, enum values and enums)', () => {
    const s = awkwardNamesSchema();
    expect(emitSql(readBack(emitPrisma(s).value), 'postgresql')).toBe(emitSql(s, 'postgresql'));
  });

  // 6. MySQL: a uuid is `String @db.Char(36)`, which reads back as a 36-character string (VARCHAR(36), not CHAR(36))
  it.fails('MySQL: uuid columns (fails until the collector reads @db.Char(36) as a uuid)', () => {
    const s = withProvider(cyclicSchema(), 'mysql');
    expect(emitSql(readBack(emitPrisma(s).value), 'mysql')).toBe(emitSql(s, 'mysql'));
  });

  it('awkward-names: what does survive (the tables with Latin names, their keys and the foreign key between them)', () => {
    const ddl = emitSql(readBack(emitPrisma(awkwardNamesSchema()).value), 'postgresql');
    expect(ddl).toContain('CREATE TABLE "strings"');
    expect(ddl).toContain('CREATE TABLE "3d_models"');
    expect(ddl).toContain('ADD CONSTRAINT "3d_models_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "strings"("id") ON DELETE CASCADE ON UPDATE CASCADE;');
  });
});

describe('previousSchemaOf', () => {
  it('takes the provider from the datasource block', () => {
    for (const provider of ['mysql', 'sqlite', 'cockroachdb'] as const) expect(readBack(emitPrisma(withProvider(cyclicSchema(), provider)).value).database.provider).toBe(provider);
    expect(readBack('model A {\n  id Int @id\n}\n').database.provider).toBe('postgresql');
  });

  it('adds nothing the text does not state: no timestamps, no foreign key indexes', () => {
    const s = readBack('datasource db {\n  provider = "postgresql"\n}\n\nmodel Owner {\n  id Int @id @default(autoincrement())\n  pets Pet[]\n}\n\nmodel Pet {\n  id Int @id @default(autoincrement())\n  ownerId Int @map("owner_id")\n  owner Owner @relation(fields: [ownerId], references: [id])\n}\n');
    expect(s.tables.map((t) => [t.name, t.columns.map((c) => c.name), t.indexes.length])).toEqual([
      ['owners', ['id'], 0],
      ['pets', ['id', 'owner_id'], 0],
    ]);
    expect(s.relations.map((r) => r.name)).toEqual(['pets_owner_id_fkey']);
  });

  it('points spans at lines of the Prisma text', () => {
    const prisma = emitPrisma(teamTasksSchema()).value;
    const lines = prisma.split('\n');
    const tasks = readBack(prisma).tables.find((t) => t.name === 'tasks')!;
    expect(tasks.origin.file).toBe('schema.prisma');
    expect(lines[tasks.origin.start.line - 1]).toMatch(/^model Task \{/);
    const title = tasks.columns.find((c) => c.name === 'title')!;
    expect(lines[title.origin.start.line - 1]).toMatch(/^\s+title\s/);
  });

  it('does not depend on line ends, a BOM or backticks in comments', () => {
    const prisma = emitPrisma(teamTasksSchema()).value;
    const expected = emitSql(readBack(prisma), 'postgresql');
    expect(emitSql(readBack(`\uFEFF${prisma.replace(/\n/g, '\r\n')}`), 'postgresql')).toBe(expected);
    expect(emitSql(readBack(prisma.replace('model Task {', '/// uses ```code``` in a comment\nmodel Task {')), 'postgresql')).toBe(expected);
  });

  it('reads an empty text as an empty schema', () => {
    const empty = previousSchemaOf('');
    expect(empty.value.tables).toEqual([]);
    expect(empty.diagnostics).toEqual([]);
  });
});
