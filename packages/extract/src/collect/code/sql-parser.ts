import pgsql from 'node-sql-parser/build/postgresql.js';
import mysql from 'node-sql-parser/build/mysql.js';
import sqlite from 'node-sql-parser/build/sqlite.js';
import type { DdlStatement } from './sql-model.js';
import { statementFromAst } from './sql-ast.js';
import type { SqlStatement } from './sql-statements.js';
import { quoteUserTypes } from './sql-user-types.js';

export type SqlDialect = 'postgresql' | 'mysql' | 'sqlite';

type SqlParser = InstanceType<typeof pgsql.Parser>;
const PARSER_MODULES: Readonly<Record<SqlDialect, { Parser: new () => SqlParser }>> = { postgresql: pgsql, mysql, sqlite };
const parsers = new Map<SqlDialect, SqlParser>();

function parserFor(dialect: SqlDialect): SqlParser {
  let p = parsers.get(dialect);
  if (!p) parsers.set(dialect, (p = new PARSER_MODULES[dialect].Parser()));
  return p;
}

/**
 * Dialects to try, most likely first: the fence language decides; for plain `sql` the block's own noise does
 * (backticks, `AUTO_INCREMENT`, `ENGINE=` → MySQL; `AUTOINCREMENT` → SQLite; otherwise PostgreSQL).
 */
export function dialectsFor(lang: string, text: string): SqlDialect[] {
  const first: SqlDialect = /^(mysql|mariadb)$/.test(lang)
    ? 'mysql'
    : lang === 'sqlite'
      ? 'sqlite'
      : /^(postgres|postgresql|psql|pgsql)$/.test(lang)
        ? 'postgresql'
        : /`|\bAUTO_INCREMENT\b|\bENGINE\s*=|\bUNSIGNED\b/i.test(text)
          ? 'mysql'
          : /\bAUTOINCREMENT\b|\bWITHOUT\s+ROWID\b/i.test(text)
            ? 'sqlite'
            : 'postgresql';
  return [first, ...(['postgresql', 'mysql', 'sqlite'] as const).filter((d) => d !== first)];
}

/** What the SQL parser made of a statement: the DDL, or why not. */
export type ParsedStatement = { readonly ok: true; readonly value: DdlStatement } | { readonly ok: false; readonly reason: string };

/**
 * Parses one statement with node-sql-parser, trying each dialect in turn, and for PostgreSQL once more with
 * user-defined type names quoted. Never throws.
 */
export function parseSqlStatement(stmt: SqlStatement, dialects: readonly SqlDialect[]): ParsedStatement {
  let reason = 'no dialect accepted it';
  const attempts: [SqlDialect, SqlStatement][] = dialects.map((d) => [d, stmt]);
  const quoted = quoteUserTypes(stmt);
  if (quoted) attempts.splice(1, 0, ['postgresql', quoted]);
  for (const [dialect, s] of attempts) {
    let ast: unknown;
    try {
      ast = parserFor(dialect).astify(s.code, { database: dialect });
    } catch (e) {
      reason = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
      continue;
    }
    const list = Array.isArray(ast) ? ast : [ast];
    const value = list.length === 1 ? statementFromAst(list[0], s) : undefined;
    if (value) return { ok: true, value };
    reason = 'the parsed statement has an unexpected shape';
  }
  return { ok: false, reason };
}
