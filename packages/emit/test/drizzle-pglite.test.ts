import { PGlite } from '@electric-sql/pglite';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getTableConfig, PgTable, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { is } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitDrizzle } from '../src/drizzle/index.js';
import { emitSql } from '../src/sql/index.js';
import { allShapes, teamTasksSchema, cyclicSchema } from './helpers/schemas.js';
import { resetPublicSchema } from './helpers/pg-catalog.js';
import { makeProject } from './orm-typecheck/compile.js';
import { ormShapes } from './orm-typecheck/shapes.js';

let pg: PGlite;
const project = makeProject();
beforeAll(async () => {
  pg = new PGlite();
  await pg.waitReady;
});
afterAll(async () => {
  await pg.close();
  project.remove();
});

type Module = Record<string, unknown>;

/** Writes the emitted schema and imports it as an application would. */
async function loadSchema(folder: string, files: Record<string, string>): Promise<Module> {
  const path = project.write(`${folder}/drizzle/schema.ts`, files['drizzle/schema.ts']!);
  return (await import(pathToFileURL(join(path)).href)) as Module;
}

const tablesOf = (module: Module) => Object.values(module).filter((v): v is PgTable => is(v, PgTable));
const rows = async (sql: string, params: unknown[] = []) => (await pg.query<Record<string, unknown>>(sql, params)).rows;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const ACTIONS: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

/** Columns (type as PostgreSQL formats it, NOT NULL), keys and indexes of one table in `public`, by name. */
async function catalogTable(name: string) {
  const columns = await rows(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull" FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [quote(name)],
  );
  const constraintColumns = (keys: string) => `(SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(${keys}) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n)`;
  const foreignKeys = await rows(
    `SELECT ${constraintColumns('c.conkey')} AS columns, f.relname AS "foreignTable",
       (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS "foreignColumns",
       c.confdeltype AS "onDelete", c.confupdtype AS "onUpdate"
     FROM pg_constraint c JOIN pg_class f ON f.oid = c.confrelid WHERE c.conrelid = $1::regclass AND c.contype = 'f'`,
    [quote(name)],
  );
  const primaryKey = await rows(`SELECT c.conname AS name, ${constraintColumns('c.conkey')} AS columns FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype = 'p'`, [quote(name)]);
  const indexes = await rows(
    `SELECT i.relname AS name, x.indisunique AS "unique",
       (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n) AS columns
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = $1::regclass AND NOT x.indisprimary`,
    [quote(name)],
  );
  return {
    columns,
    primaryKey: primaryKey.map((p) => ({ name: p.name, columns: p.columns })),
    foreignKeys: foreignKeys.map((f) => ({ ...f, onDelete: ACTIONS[String(f.onDelete)], onUpdate: ACTIONS[String(f.onUpdate)] })).sort(byJson),
    indexes: indexes.sort(byJson),
  };
}

/** The same facts as Drizzle declares them; column types are formatted by PostgreSQL from a scratch table. */
async function drizzleTable(table: PgTable) {
  const config = getTableConfig(table);
  const scratch = `__drizzle_${config.name}`;
  const definitions = config.columns.map((c) => `${quote(c.name)} ${c.getSQLType()}${c.notNull || c.primary ? ' NOT NULL' : ''}`);
  await pg.exec(`CREATE TABLE ${quote(scratch)} (${definitions.join(', ')})`);
  const { columns } = await catalogTable(scratch);
  await pg.exec(`DROP TABLE ${quote(scratch)}`);
  const names = (cs: readonly { name: string }[]) => cs.map((c) => c.name);
  const primary = config.columns.filter((c) => c.primary);
  const uniques = [
    ...config.columns.filter((c) => c.isUnique).map((c) => ({ name: c.uniqueName, unique: true, columns: [c.name] })),
    ...config.uniqueConstraints.map((u) => ({ name: u.getName(), unique: true, columns: names(u.columns) })),
  ];
  const indexes = config.indexes.map((i) => ({ name: i.config.name, unique: i.config.unique, columns: i.config.columns.map((c) => (c as AnyPgColumn).name) }));
  return {
    columns,
    primaryKey: primary.length > 0 ? [{ name: `${config.name}_pkey`, columns: names(primary) }] : config.primaryKeys.map((p) => ({ name: p.getName(), columns: names(p.columns) })),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        return { columns: names(ref.columns), foreignTable: getTableConfig(ref.foreignTable).name, foreignColumns: names(ref.foreignColumns), onDelete: fk.onDelete, onUpdate: fk.onUpdate };
      })
      .sort(byJson),
    indexes: [...uniques, ...indexes].sort(byJson),
  };
}

function byJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

describe('Drizzle (PGlite): the schema describes the tables schema.sql creates', () => {
  for (const [name, shape] of ormShapes(allShapes())) {
    it(`${name}: same column types, nullability, keys, foreign keys and indexes; every relation resolves`, async () => {
      await resetPublicSchema(pg);
      await pg.exec(emitSql(shape, 'postgresql'));
      const module = await loadSchema(`catalog-${name}`, emitDrizzle(shape));
      const tables = tablesOf(module);
      expect(tables.map((t) => getTableConfig(t).name).sort()).toEqual(shape.tables.map((t) => t.name).sort());
      for (const table of tables) expect(await drizzleTable(table)).toEqual(await catalogTable(getTableConfig(table).name));
      const db = drizzle(pg, { schema: module });
      for (const [key, config] of Object.entries(db._.schema ?? {})) {
        const query = (db.query as unknown as Record<string, { findMany: (o: object) => Promise<unknown[]> }>)[key]!;
        const withAll = Object.fromEntries(Object.keys(config.relations).map((r) => [r, true]));
        await expect(query.findMany({ with: withAll })).resolves.toEqual([]);
      }
    });
  }

  it('inserts with database defaults and reads both sides of every relation', async () => {
    await resetPublicSchema(pg);
    await pg.exec(emitSql(teamTasksSchema(), 'postgresql'));
    const s = (await loadSchema('team-tasks-rows', emitDrizzle(teamTasksSchema()))) as Record<string, PgTable>;
    const db = drizzle(pg, { schema: s });
    const [ann, bob] = await db.insert(s.users!).values([{ email: 'ann@example.com', displayName: 'Ann' }, { email: 'bob@example.com', displayName: 'Bob' }] as never).returning();
    const [launch] = await db.insert(s.projects!).values({ name: 'Launch', ownerId: (ann as { id: string }).id } as never).returning();
    await db.insert(s.tasks!).values({ title: 'Write', projectId: (launch as { id: string }).id, reporterId: (ann as { id: string }).id, assigneeId: (bob as { id: string }).id } as never);
    const query = db.query as unknown as Record<string, { findMany: (o: object) => Promise<Record<string, unknown>[]> }>;
    const tasks = await query.tasks!.findMany({ with: { project: true, assignee: true, reporter: true } });
    expect(tasks.map((t) => [t.title, t.status, t.priority, (t.project as { name: string }).name, (t.assignee as { displayName: string }).displayName, (t.reporter as { displayName: string }).displayName])).toEqual([
      ['Write', 'todo', 0, 'Launch', 'Bob', 'Ann'],
    ]);
    expect(tasks[0]!.createdAt).toBeInstanceOf(Date);
    const users = await query.users!.findMany({ with: { projects: true, tasksAsAssignee: true, tasksAsReporter: true } });
    expect(users.map((u) => [u.displayName, (u.projects as unknown[]).length, (u.tasksAsAssignee as unknown[]).length, (u.tasksAsReporter as unknown[]).length])).toEqual([
      ['Ann', 1, 0, 1],
      ['Bob', 0, 1, 0],
    ]);
  });

  it('resolves the inverse of a named one-to-one from its key', async () => {
    await resetPublicSchema(pg);
    await pg.exec(emitSql(cyclicSchema(), 'postgresql'));
    const s = (await loadSchema('cyclic-rows', emitDrizzle(cyclicSchema()))) as Record<string, PgTable>;
    const db = drizzle(pg, { schema: s });
    const [sales] = await db.insert(s.departments!).values({ name: 'Sales' } as never).returning();
    const [eve] = await db.insert(s.employees!).values({ name: 'Eve', departmentId: (sales as { id: string }).id } as never).returning();
    await pg.query('UPDATE departments SET head_id = $1', [(eve as { id: string }).id]);
    const query = db.query as unknown as Record<string, { findMany: (o: object) => Promise<Record<string, unknown>[]> }>;
    const employees = await query.employees!.findMany({ with: { department: true, departmentAsHead: true } });
    expect(employees.map((e) => [e.name, (e.department as { name: string }).name, (e.departmentAsHead as { name: string } | null)?.name])).toEqual([['Eve', 'Sales', 'Sales']]);
  });
});
