import { bareName, type DdlColumn, type DdlForeignKey, type DdlKey, type DdlCheck, type DdlStatement, type DdlTable } from './sql-model.js';
import { isConstraintItem, quotedValues, readColumnText, readConstraintText, columnList, type ConstraintText } from './sql-item-text.js';
import { alterTableParts, createTableParts, lineOfToken, type SqlItem } from './sql-items.js';
import type { SqlStatement } from './sql-statements.js';

const IDENT = '(?:`[^`]+`|"[^"]+"|\\[[^\\]]+\\]|[\\p{L}_][\\p{L}\\p{N}_$]*)';
const NAME = `(${IDENT}(?:\\.${IDENT})?)`;
const CREATE_TABLE = new RegExp(String.raw`^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}`, 'iu');
const CREATE_ENUM = new RegExp(String.raw`^\s*CREATE\s+TYPE\s+${NAME}\s+AS\s+ENUM\s*\(([\s\S]*)\)`, 'iu');
const CREATE_INDEX = new RegExp(
  String.raw`^\s*CREATE\s+(UNIQUE\s+)?(?:FULLTEXT\s+|SPATIAL\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:${NAME}\s+)?ON\s+(?:ONLY\s+)?${NAME}\s*(?:USING\s+\w+\s*)?\(([\s\S]*?)\)\s*(?:WHERE|INCLUDE|WITH|TABLESPACE|$)`,
  'iu',
);

/**
 * The tolerant reader: reads a DDL statement item by item with regular expressions, skipping what it cannot
 * read (`...` placeholders, trailing commas, unknown clauses). Used when the SQL parser rejects a statement.
 */
export function readStatementByLines(stmt: SqlStatement): DdlStatement | undefined {
  switch (stmt.kind) {
    case 'create-table': {
      const name = CREATE_TABLE.exec(stmt.code)?.[1];
      const parts = createTableParts(stmt);
      if (name === undefined || !parts) return undefined;
      return readItems(stmt, 'create', bareName(name), parts.items, (item) => item.text);
    }
    case 'alter-table': {
      const parts = alterTableParts(stmt);
      const name = parts && /([^\s]+)\s*$/.exec(parts.head)?.[1];
      if (!parts || name === undefined) return undefined;
      // Only `ADD …` clauses declare anything; `DROP`, `ENABLE ROW LEVEL SECURITY` and the like are skipped.
      const addClause = (item: SqlItem): string | undefined => {
        const m = /^ADD\s+(?:COLUMN\s+(?:IF\s+NOT\s+EXISTS\s+)?)?/i.exec(item.text);
        return m ? item.text.slice(m[0].length) : undefined;
      };
      return readItems(stmt, 'alter', bareName(name), parts.items, addClause);
    }
    case 'create-enum': {
      const m = CREATE_ENUM.exec(stmt.code);
      return m ? { kind: 'enum', name: bareName(m[1]!), values: quotedValues(m[2]!), line: stmt.line } : undefined;
    }
    case 'create-index': {
      const m = CREATE_INDEX.exec(stmt.code);
      if (!m) return undefined;
      const columns = columnList(m[4]!);
      if (columns.length === 0) return undefined;
      const index = { kind: 'index' as const, table: bareName(m[3]!), columns, unique: m[1] !== undefined, line: stmt.line };
      return m[2] === undefined ? index : { ...index, name: bareName(m[2]) };
    }
    case 'other':
      return undefined;
  }
}

/** Reads the items of a table body (or the `ADD` clauses of an ALTER) into a table. */
function readItems(stmt: SqlStatement, mode: DdlTable['mode'], table: string, items: readonly SqlItem[], textOf: (item: SqlItem) => string | undefined): DdlTable {
  const columns: DdlColumn[] = [];
  const uniques: DdlKey[] = [];
  const indexes: DdlKey[] = [];
  const foreignKeys: DdlForeignKey[] = [];
  const checks: DdlCheck[] = [];
  let primaryKey: DdlKey | undefined;
  for (const written of items) {
    // `...` placeholders stand for columns left out; what follows them on later lines is still read.
    const placeholder = /^(?:(?:\.\.\.|…)\s*)+/.exec(written.text)?.[0] ?? '';
    const item = { ...written, text: written.text.slice(placeholder.length), line: written.line + (placeholder.split('\n').length - 1) };
    const text = textOf(item);
    if (text === undefined || text === '') continue;
    const constraint = isConstraintItem(text) ? readConstraintText(text) : undefined;
    if (constraint && (constraint.kind === 'check' || constraint.columns.length > 0)) {
      const line = lineOfToken(stmt, item, firstColumnOf(constraint));
      switch (constraint.kind) {
        case 'primary-key':
          primaryKey = key(constraint.columns, constraint.name, line);
          break;
        case 'unique':
          uniques.push(key(constraint.columns, constraint.name, line));
          break;
        case 'index':
          indexes.push(key(constraint.columns, constraint.name, line));
          break;
        case 'foreign-key':
          foreignKeys.push({ columns: constraint.columns, references: constraint.references, line });
          break;
        case 'check':
          checks.push({ column: constraint.column, values: constraint.values, line });
          break;
      }
      continue;
    }
    const column = readColumnText({ ...item, text });
    if (column) columns.push(column);
  }
  const body: DdlTable = { kind: 'table', mode, table, columns, uniques, indexes, foreignKeys, checks, line: stmt.line };
  return primaryKey ? { ...body, primaryKey } : body;
}

function firstColumnOf(c: ConstraintText): string {
  return c.kind === 'check' ? c.column : (c.columns[0] ?? '');
}

function key(columns: readonly string[], name: string | undefined, line: number): DdlKey {
  return name === undefined ? { columns, line } : { columns, name, line };
}
