import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPrisma } from '../src/prisma/index.js';
import { emitDropSql, emitSql } from '../src/sql/index.js';
import { allShapes, teamTasksSchema } from './helpers/schemas.js';
import { countPgObjects, readPgCatalog, resetPublicSchema } from './helpers/pg-catalog.js';
import { prismaMigrationSql } from './helpers/prisma-migration-sql.js';

// one database for the whole file: PGlite takes about two seconds to start
let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db.close();
});

describe('PostgreSQL DDL against Prisma\'s own migration', () => {
  for (const [name, shape] of allShapes()) {
    it(`${name}: applies, drops to an empty schema, and matches Prisma's catalog`, async () => {
      await resetPublicSchema(db);
      const up = emitSql(shape, 'postgresql');
      await db.exec(up);
      const ours = await readPgCatalog(db);
      expect(ours.columns.length).toBe(shape.tables.reduce((n, t) => n + t.columns.length, 0));

      await db.exec(emitDropSql(shape, 'postgresql'));
      expect(await countPgObjects(db)).toEqual({ tables: 0, types: 0, sequences: 0, indexes: 0 });

      await resetPublicSchema(db);
      const prisma = await prismaMigrationSql(emitPrisma(shape).value, 'postgres');
      await db.exec(prisma);
      expect(await readPgCatalog(db)).toEqual(ours);
    });
  }
});

describe('PostgreSQL DDL behaviour', () => {
  it('enforces the referential actions: cascade, set null, restrict', async () => {
    await resetPublicSchema(db);
    await db.exec(emitSql(teamTasksSchema(), 'postgresql'));
    const u1 = '00000000-0000-4000-8000-000000000001';
    const u2 = '00000000-0000-4000-8000-000000000002';
    const p1 = '00000000-0000-4000-8000-000000000011';
    await db.exec(`
      INSERT INTO users (id, email, display_name, updated_at) VALUES ('${u1}', 'a@example.com', 'A', now()), ('${u2}', 'b@example.com', 'B', now());
      INSERT INTO projects (id, name, owner_id) VALUES ('${p1}', 'P', '${u1}');
      INSERT INTO tasks (id, project_id, assignee_id, reporter_id, title, updated_at) VALUES
        ('00000000-0000-4000-8000-000000000021', '${p1}', '${u2}', '${u1}', 'T1', now()),
        ('00000000-0000-4000-8000-000000000022', '${p1}', NULL, '${u1}', 'T2', now());`);
    // defaults from the DDL: enum default, number default, created_at
    const t = (await db.query<{ status: string; priority: number; created_at: unknown }>(`SELECT status, priority, created_at FROM tasks WHERE title = 'T2'`)).rows[0]!;
    expect([t.status, t.priority, t.created_at instanceof Date]).toEqual(['todo', 0, true]);
    await expect(db.exec(`INSERT INTO users (id, email, display_name, updated_at) VALUES ('00000000-0000-4000-8000-000000000003', 'a@example.com', 'C', now())`)).rejects.toThrow(/users_email_key/);
    await db.exec(`DELETE FROM users WHERE id = '${u2}'`); // assignee: SET NULL
    expect((await db.query(`SELECT count(*)::int AS n FROM tasks WHERE assignee_id IS NULL`)).rows).toEqual([{ n: 2 }]);
    await expect(db.exec(`DELETE FROM users WHERE id = '${u1}'`)).rejects.toThrow(/foreign key/); // reporter and owner: RESTRICT
    await db.exec(`DELETE FROM projects WHERE id = '${p1}'`); // tasks: CASCADE
    expect((await db.query(`SELECT count(*)::int AS n FROM tasks`)).rows).toEqual([{ n: 0 }]);
  });

  it('drops in reverse order: foreign keys, indexes, tables, then types', () => {
    const down = emitDropSql(teamTasksSchema(), 'postgresql');
    const heads = down.split('\n').filter((l) => !l.startsWith('--') && l !== '');
    expect(heads[0]).toBe('ALTER TABLE "tasks" DROP CONSTRAINT "tasks_reporter_id_fkey";');
    expect(heads.at(-1)).toBe('DROP TYPE "task_status";');
    expect(heads.indexOf('DROP TABLE "users";')).toBeLessThan(heads.indexOf('DROP TABLE "tasks";'));
    expect(heads.findIndex((l) => l.startsWith('DROP INDEX'))).toBeGreaterThan(heads.map((l) => l.includes('DROP CONSTRAINT')).lastIndexOf(true));
    expect(down.endsWith(';\n')).toBe(true);
  });
});
