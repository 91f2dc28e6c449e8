import 'reflect-metadata';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { DataSource } from 'typeorm';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitSql } from '../src/sql/index.js';
import { emitTypeOrm } from '../src/typeorm/index.js';
import { allShapes, teamTasksSchema, withProvider } from './helpers/schemas.js';
import { makeProject } from './orm-typecheck/compile.js';
import { rows, sqliteCatalog } from './orm-typecheck/sqlite-catalog.js';
import { clashingNamesSchema, ormShapes } from './orm-typecheck/shapes.js';

let SQL: SqlJsStatic;
const project = makeProject();
beforeAll(async () => {
  SQL = await initSqlJs();
});
afterAll(() => project.remove());

/** Transpiles the entity files as a TypeScript user would (decorators with metadata) and imports the index. */
async function loadEntities(folder: string, files: Record<string, string>): Promise<Function[]> {
  const options = { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, experimentalDecorators: true, emitDecoratorMetadata: true };
  for (const [path, text] of Object.entries(files)) project.write(`${folder}/${path.replace(/\.ts$/, '.js')}`, ts.transpileModule(text, { compilerOptions: options }).outputText);
  const index = (await import(pathToFileURL(join(project.root, folder, 'typeorm/index.js')).href)) as { entities: Function[] };
  return index.entities;
}

/** A sql.js database TypeORM has synchronized from the emitted entities. */
async function synchronized(folder: string, files: Record<string, string>): Promise<{ db: Database; source: DataSource }> {
  const source = new DataSource({ type: 'sqljs', driver: initSqlJs, entities: await loadEntities(folder, files), synchronize: true, logging: false });
  await source.initialize();
  return { db: (source.driver as unknown as { databaseConnection: Database }).databaseConnection, source };
}

/**
 * The one known difference: off PostgreSQL Prisma keys an implicit many-to-many table (`_AToB`) with a
 * unique index on (A, B), and a TypeORM entity cannot do without a primary key, so TypeORM's table has
 * that pair as its primary key instead. Everything else must agree.
 */
function pairKeysAsPrimary(catalog: ReturnType<typeof sqliteCatalog>): ReturnType<typeof sqliteCatalog> {
  return catalog.map((t) => {
    const pair = t.table.startsWith('_') && t.uniques.includes('A,B') && t.columns.map((c) => c.name).join() === 'A,B';
    return pair ? { ...t, columns: t.columns.map((c, i) => ({ ...c, pk: i + 1 })), uniques: t.uniques.filter((u) => u !== 'A,B') } : t;
  });
}

describe('TypeORM (sql.js): the synchronized tables are the tables of schema.sql', () => {
  for (const [name, shape] of ormShapes(allShapes())) {
    it(`${name}: same columns, keys, foreign keys and indexes`, async () => {
      const sqlite = withProvider(shape, 'sqlite');
      const { db, source } = await synchronized(`catalog-${name}`, emitTypeOrm(sqlite));
      const ours = new SQL.Database();
      ours.exec(emitSql(sqlite, 'sqlite'));
      try {
        expect(sqliteCatalog(db)).toEqual(pairKeysAsPrimary(sqliteCatalog(ours)));
      } finally {
        ours.close();
        await source.destroy();
      }
    });
  }

  it('saves and loads rows through the relations, with the delete actions of schema.sql', async () => {
    const { source } = await synchronized('team-tasks-rows', emitTypeOrm(withProvider(teamTasksSchema(), 'sqlite')));
    try {
      const users = source.getRepository('User');
      const projects = source.getRepository('Project');
      const tasks = source.getRepository('Task');
      const [ann, bob] = await users.save([users.create({ email: 'ann@example.com', displayName: 'Ann' }), users.create({ email: 'bob@example.com', displayName: 'Bob' })]);
      const project = await projects.save(projects.create({ name: 'Launch', owner: ann }));
      await tasks.save(tasks.create({ title: 'Write', project, reporter: ann, assignee: bob }));
      const loaded = await tasks.find({ relations: { project: true, assignee: true, reporter: true } });
      expect(loaded.map((t) => [t.title, t.status, t.project.name, t.assignee?.displayName, t.reporter.displayName])).toEqual([['Write', 'todo', 'Launch', 'Bob', 'Ann']]);
      const owner = await users.findOneOrFail({ where: { email: 'ann@example.com' }, relations: { projects: true, tasksAsReporter: true } });
      expect([owner.projects.length, owner.tasksAsReporter.length]).toEqual([1, 1]);
      await users.delete({ id: bob.id });
      expect((await tasks.findOneOrFail({ where: { title: 'Write' } })).assigneeId).toBeNull();
      await expect(users.delete({ id: ann.id })).rejects.toThrow(/FOREIGN KEY/);
    } finally {
      await source.destroy();
    }
  });

  it('keeps one unique index on a one-to-one key and aliased classes work at run time', async () => {
    const { db, source } = await synchronized('clashing-rows', emitTypeOrm(withProvider(clashingNamesSchema(), 'sqlite')));
    try {
      const uniques = rows(db, `SELECT name FROM pragma_index_list('dates') WHERE "unique" = 1 AND origin <> 'pk'`);
      expect(uniques).toHaveLength(1);
      const dates = source.getRepository('Date');
      const saved = await dates.save(dates.create({}));
      expect((await dates.findOneByOrFail({ id: saved.id })).day).toBeInstanceOf(Date);
    } finally {
      await source.destroy();
    }
  });
});
