import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitPrisma } from '../src/prisma/index.js';
import { emitDropSql, emitSql } from '../src/sql/index.js';
import { prismaMigrationSql } from './helpers/prisma-migration-sql.js';
import type { Schema } from '@schemawright/ir';
import { allShapes, allTypesSchema, teamTasksSchema, withProvider } from './helpers/schemas.js';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

function open(): Database {
  const db = new SQL.Database();
  db.exec('PRAGMA foreign_keys = ON;');
  return db;
}

const rows = (db: Database, sql: string) => db.exec(sql).flatMap((r) => r.values.map((v) => Object.fromEntries(r.columns.map((c, i) => [c, v[i]]))));
const userObjects = (db: Database) => rows(db, `SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`);

/** Columns, indexes and foreign keys of every table, as SQLite reports them. */
function catalog(db: Database) {
  const tables = rows(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).map((r) => String(r.name));
  return tables.map((t) => ({
    table: t,
    columns: rows(db, `SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${t}') ORDER BY cid`),
    indexes: rows(db, `SELECT name, "unique", origin FROM pragma_index_list('${t}') WHERE origin <> 'pk' ORDER BY name`).map((i) => ({
      ...i,
      columns: rows(db, `SELECT name FROM pragma_index_info('${String(i.name)}') ORDER BY seqno`).map((c) => c.name),
    })),
    foreignKeys: rows(db, `SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list('${t}') ORDER BY id, seq`),
  }));
}

/**
 * The one deliberate difference from Prisma's SQLite script: Prisma declares a BigInt autoincrement id as
 * `BIGINT PRIMARY KEY`, which SQLite does not number; we declare `INTEGER PRIMARY KEY AUTOINCREMENT` (64-bit too).
 */
const withRowidKeys = (shape: Schema) => (entry: ReturnType<typeof catalog>[number]) => {
  const table = shape.tables.find((t) => t.name === entry.table);
  const bigSerial = (name: unknown) => table?.columns.some((c) => c.name === name && c.type.kind === 'int' && c.type.bits === 64 && c.default?.kind === 'autoincrement') === true;
  return { ...entry, columns: entry.columns.map((c) => (bigSerial(c.name) ? { ...c, type: 'INTEGER' } : c)) };
};

describe('SQLite DDL', () => {
  for (const [name, shape] of allShapes()) {
    it(`${name}: applies in sql.js with foreign keys on, and drops to nothing`, () => {
      const db = open();
      db.exec(emitSql(shape, 'sqlite'));
      expect(rows(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).map((r) => r.name)).toEqual(shape.tables.map((t) => t.name));
      expect(rows(db, 'PRAGMA foreign_key_check')).toEqual([]);
      db.exec(emitDropSql(shape, 'sqlite'));
      expect(userObjects(db)).toEqual([]);
      db.close();
    });
  }

  it('checks enum values, enforces keys and actions', () => {
    const db = open();
    db.exec(emitSql(teamTasksSchema(), 'sqlite'));
    db.exec(`INSERT INTO users (id, email, display_name, updated_at) VALUES ('u1', 'a@x', 'A', 0), ('u2', 'b@x', 'B', 0);
      INSERT INTO projects (id, name, owner_id) VALUES ('p1', 'P', 'u1');
      INSERT INTO tasks (id, project_id, assignee_id, reporter_id, title, updated_at) VALUES ('t1', 'p1', 'u2', 'u1', 'T', 0);`);
    expect(rows(db, `SELECT status, priority FROM tasks`)).toEqual([{ status: 'todo', priority: 0 }]);
    expect(() => db.exec(`UPDATE tasks SET status = 'lost'`)).toThrow(/CHECK constraint failed/);
    expect(() => db.exec(`INSERT INTO tasks (id, project_id, reporter_id, title, updated_at) VALUES ('t2', 'nope', 'u1', 'T', 0)`)).toThrow(/FOREIGN KEY constraint failed/);
    db.exec(`DELETE FROM users WHERE id = 'u2'`);
    expect(rows(db, `SELECT assignee_id FROM tasks`)).toEqual([{ assignee_id: null }]);
    db.exec(`DELETE FROM projects WHERE id = 'p1'`);
    expect(rows(db, `SELECT count(*) AS n FROM tasks`)).toEqual([{ n: 0 }]);
    db.close();
  });

  for (const [name, shape] of allShapes()) {
    it(`${name}: same columns, indexes and foreign keys as Prisma's SQLite migration`, async () => {
      // Prisma 7's SQLite script leaves JSON defaults unquoted (`DEFAULT {"a":1}`), which SQLite rejects
      const prisma = (await prismaMigrationSql(emitPrisma(withProvider(shape, 'sqlite')).value, 'sqlite')).replace(/DEFAULT (\{[^\n]*\})(,?)$/gm, "DEFAULT '$1'$2");
      const theirs = open();
      theirs.exec(prisma);
      const ours = open();
      ours.exec(emitSql(shape, 'sqlite'));
      expect(catalog(ours)).toEqual(catalog(theirs).map(withRowidKeys(shape)));
    });
  }

  it('gives a BigInt autoincrement key an INTEGER PRIMARY KEY, which SQLite numbers by itself', () => {
    const db = open();
    db.exec(emitSql(allTypesSchema(), 'sqlite'));
    db.exec(`INSERT INTO samples (plain_text, external_id, updated_at) VALUES ('a', 'x1', 0), ('b', 'x2', 0)`);
    expect(rows(db, 'SELECT id, short_text, active, feeling, payload FROM samples ORDER BY id')).toEqual([
      { id: 1, short_text: 'it\'s "quoted"', active: 1, feeling: 'sad', payload: '{"a":1}' },
      { id: 2, short_text: 'it\'s "quoted"', active: 1, feeling: 'sad', payload: '{"a":1}' },
    ]);
    db.close();
  });
});
