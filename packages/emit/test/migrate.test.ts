import { PGlite } from '@electric-sql/pglite';
import { canonicalSchema, schema } from '@schemawright/ir';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitInitialMigration } from '../src/migrate/index.js';
import { emitDropSql, emitSql } from '../src/sql/index.js';
import { countPgObjects, readPgCatalog, resetPublicSchema } from './helpers/pg-catalog.js';
import { ALL_PROVIDERS, allShapes, cyclicSchema, teamTasksSchema, withProvider } from './helpers/schemas.js';

let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db.close();
});

describe('emitInitialMigration', () => {
  it('writes up and down in the dialect of the provider', () => {
    const expected = { postgresql: 'postgresql', cockroachdb: 'postgresql', mysql: 'mysql', sqlite: 'sqlite', sqlserver: 'postgresql', mongodb: 'postgresql' } as const;
    for (const provider of ALL_PROVIDERS) {
      const s = withProvider(teamTasksSchema(), provider);
      const m = emitInitialMigration(s);
      expect(m.up).toBe(emitSql(s, expected[provider]));
      expect(m.down).toBe(emitDropSql(s, expected[provider]));
    }
    expect(emitInitialMigration(teamTasksSchema(), 'mysql').up).toContain('CREATE TABLE `tasks`');
  });

  it('ends every script with exactly one newline and repeats byte for byte', () => {
    for (const [, s] of allShapes()) {
      const a = emitInitialMigration(s);
      for (const text of [a.up, a.down]) expect(/[^\n]\n$/.test(text)).toBe(true);
      expect(emitInitialMigration(s)).toEqual(a);
    }
    const empty = emitInitialMigration(canonicalSchema(schema({ name: 'Empty', tables: [], relations: [], enums: [] })));
    expect(empty).toEqual({ up: '-- empty schema: nothing to create\n', down: '-- empty schema: nothing to drop\n' });
  });

  it('round-trips in PostgreSQL: up, down, up again gives the same catalog, down leaves nothing', async () => {
    for (const [, s] of allShapes()) {
      await resetPublicSchema(db);
      const m = emitInitialMigration(s);
      await db.exec(m.up);
      const first = await readPgCatalog(db);
      await db.exec(m.down);
      expect(await countPgObjects(db)).toEqual({ tables: 0, types: 0, sequences: 0, indexes: 0 });
      await db.exec(m.up);
      expect(await readPgCatalog(db)).toEqual(first);
      await db.exec(m.down);
    }
  });

  it('creates foreign keys after all tables, so a cycle of keys applies', async () => {
    await resetPublicSchema(db);
    const up = emitInitialMigration(cyclicSchema()).up;
    expect(up.indexOf('ALTER TABLE "departments" ADD CONSTRAINT')).toBeGreaterThan(up.lastIndexOf('CREATE TABLE'));
    await db.exec(up);
    const fks = (await db.query<{ conname: string }>(`SELECT conname FROM pg_constraint WHERE contype = 'f' ORDER BY conname`)).rows.map((r) => r.conname);
    expect(fks).toEqual(['departments_head_id_fkey', 'employees_department_id_fkey']);
  });

  it('round-trips in SQLite (sql.js) with foreign keys enforced', async () => {
    const SQL = await initSqlJs();
    for (const [, s] of allShapes()) {
      const lite = new SQL.Database();
      lite.exec('PRAGMA foreign_keys = ON;');
      const m = emitInitialMigration(withProvider(s, 'sqlite'));
      lite.exec(m.up);
      lite.exec(m.down);
      lite.exec(m.up);
      lite.exec(m.down);
      expect(lite.exec(`SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`)).toEqual([]);
      expect(lite.exec('PRAGMA foreign_keys')[0]!.values).toEqual([[1]]);
      lite.close();
    }
  });
});
