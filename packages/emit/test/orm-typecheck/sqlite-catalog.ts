/**
 * The parts of a SQLite catalog that two ORMs must agree on, whatever they name things: tables, columns with
 * affinity, NOT NULL and primary key position, foreign keys with actions, and the column lists of unique and
 * plain indexes.
 */
import type { Database } from 'sql.js';

type Row = Record<string, unknown>;

/** Rows of a query as objects. */
export function rows(db: Database, sql: string): Row[] {
  return db.exec(sql).flatMap((r) => r.values.map((v) => Object.fromEntries(r.columns.map((c, i) => [c, v[i]]))));
}

/** SQLite's affinity of a declared type (section 3.1 of its datatype documentation). */
export function affinity(declared: string): string {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(t)) return 'TEXT';
  if (t.includes('BLOB') || t === '') return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(t)) return 'REAL';
  return 'NUMERIC';
}

/** The catalog, with names of constraints and indexes left out. */
export function sqliteCatalog(db: Database) {
  const tables = rows(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).map((r) => String(r.name));
  return tables.map((t) => {
    const q = t.replace(/'/g, "''");
    const indexes = rows(db, `SELECT name, "unique" FROM pragma_index_list('${q}') WHERE origin <> 'pk'`).map((i) => ({
      unique: i.unique === 1,
      columns: rows(db, `SELECT name FROM pragma_index_info('${String(i.name).replace(/'/g, "''")}') ORDER BY seqno`).map((c) => String(c.name)).join(','),
    }));
    const keyList = (unique: boolean) => indexes.filter((i) => i.unique === unique).map((i) => i.columns).sort();
    return {
      table: t,
      columns: rows(db, `SELECT name, type, "notnull", pk FROM pragma_table_info('${q}') ORDER BY cid`).map((c) => ({ name: c.name, affinity: affinity(String(c.type)), notnull: c.notnull, pk: c.pk })),
      foreignKeys: rows(db, `SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list('${q}') ORDER BY "from"`),
      uniques: keyList(true),
      indexes: keyList(false),
    };
  });
}
