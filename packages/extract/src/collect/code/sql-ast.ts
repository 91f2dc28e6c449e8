import { bareName, type DdlCheck, type DdlColumn, type DdlForeignKey, type DdlKey, type DdlReference, type DdlStatement, type DdlTable, type SqlDefault } from './sql-model.js';
import { isConstraintItem, readConstraintText } from './sql-item-text.js';
import { alterTableParts, createTableParts, leadingName, lineOfToken, type SqlItem } from './sql-items.js';
import type { SqlStatement } from './sql-statements.js';

/** A node of node-sql-parser's AST, read defensively: its shape varies by dialect and statement. */
type Node = Readonly<Record<string, unknown>>;

const rec = (x: unknown): Node | undefined => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Node) : undefined);
const arr = (x: unknown): readonly unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined);

/** A column reference's name: `"id"`, `{ column: "id" }` or `{ column: { expr: { value: "id" } } }`. */
function refName(x: unknown): string | undefined {
  const n = rec(x);
  if (!n) return str(x);
  const column = n['column'];
  return str(column) ?? str(rec(rec(column)?.['expr'])?.['value']) ?? str(n['value']);
}

const refNames = (x: unknown): string[] => arr(x).map(refName).filter((n): n is string => n !== undefined).map(bareName);
const tableName = (x: unknown): string | undefined => {
  const t = str(rec(arr(x)[0])?.['table']);
  return t === undefined ? undefined : bareName(t);
};

/** A literal or call in the AST as a SQL default. */
export function astDefault(x: unknown): SqlDefault | undefined {
  const n = rec(x);
  if (!n) return undefined;
  const type = str(n['type']) ?? '';
  if (type === 'cast') return astDefault(n['expr']);
  if (/string$/.test(type)) return { kind: 'string', value: str(n['value']) ?? '' };
  if (type === 'number') return { kind: 'number', value: Number(n['value']) };
  if (type === 'bool' || type === 'boolean') return { kind: 'boolean', value: n['value'] === true };
  if (type === 'null') return { kind: 'null' };
  if (type === 'function') {
    const parts = arr(rec(n['name'])?.['name']).map((p) => str(rec(p)?.['value'])).filter((p): p is string => p !== undefined);
    const name = (parts[parts.length - 1] ?? '').toLowerCase();
    const args = arr(rec(n['args'])?.['value']).map((a) => str(rec(a)?.['value'])).filter((a): a is string => a !== undefined);
    return name === '' ? undefined : { kind: 'call', name, args };
  }
  return undefined;
}

/** The values of an `x IN ('a', 'b')` check, with the column it constrains. */
function inList(x: unknown): { column: string; values: string[] } | undefined {
  const expr = rec(arr(rec(x)?.['definition'])[0]) ?? rec(x);
  if (!expr || str(expr['operator'])?.toUpperCase() !== 'IN') return undefined;
  const column = refName(expr['left']);
  const values = arr(rec(expr['right'])?.['value']).map((v) => str(rec(v)?.['value'])).filter((v): v is string => v !== undefined);
  return column === undefined ? undefined : { column: bareName(column), values };
}

function reference(x: unknown): DdlReference | undefined {
  const n = rec(x);
  const table = n && tableName(n['table']);
  if (!n || table === undefined) return undefined;
  const ref: { -readonly [K in keyof DdlReference]: DdlReference[K] } = { table, columns: refNames(n['definition']) };
  for (const action of arr(n['on_action'])) {
    const a = rec(action);
    if (str(a?.['type'])?.toLowerCase() === 'on delete') ref.onDelete = (str(rec(a?.['value'])?.['value']) ?? '').toLowerCase();
  }
  return ref;
}

/** The type as SQL wrote it, rebuilt from the AST (`VARCHAR(255)`, `NUMERIC(8,2)`, `TIMESTAMP WITH TIME ZONE`). */
function rawTypeOf(def: Node | undefined): string {
  if (!def) return '';
  const base = (str(def['dataType']) ?? '').replace(/^"(.*)"$/, '$1');
  const length = str(def['length']);
  const scale = str(def['scale']);
  const args = length === undefined ? '' : `(${length}${scale === undefined ? '' : `,${scale}`})`;
  const values = arr(rec(def['expr'])?.['value']).map((v) => `'${str(rec(v)?.['value']) ?? ''}'`);
  const suffix = arr(def['suffix']).filter((s): s is string => typeof s === 'string');
  return [`${base}${values.length > 0 ? `(${values.join(',')})` : args}`, ...suffix].join(' ');
}

function column(n: Node, line: number): DdlColumn | undefined {
  const name = refName(n['column']);
  if (name === undefined) return undefined;
  const def = rec(n['definition']);
  const defaultNode = rec(rec(n['default_val'])?.['value']);
  const c: { -readonly [K in keyof DdlColumn]: DdlColumn[K] } = {
    name: bareName(name),
    rawType: rawTypeOf(def),
    notNull: str(rec(n['nullable'])?.['type']) === 'not null',
    primaryKey: /primary key/i.test(str(n['primary_key']) ?? ''),
    unique: /unique/i.test(str(n['unique']) ?? ''),
    autoIncrement: /increment/i.test(str(n['auto_increment']) ?? '') || /identity/i.test(JSON.stringify(n['generated'] ?? '')),
    autoUpdate: str(rec(defaultNode?.['over'])?.['type']) === 'on update',
    line,
  };
  const comment = str(rec(rec(n['comment'])?.['value'])?.['value']);
  if (comment !== undefined && comment.trim() !== '') c.comment = comment.trim();
  const d = astDefault(defaultNode);
  if (d) c.default = d;
  const ref = reference(n['reference_definition']);
  if (ref) c.references = ref;
  const enumValues = arr(rec(def?.['expr'])?.['value']).map((v) => str(rec(v)?.['value'])).filter((v): v is string => v !== undefined);
  const check = inList(n['check']);
  if (enumValues.length > 0) c.enumValues = enumValues;
  else if (check && check.column.toLowerCase() === c.name.toLowerCase()) c.enumValues = check.values;
  return c;
}

/** Finds the block line of a column or constraint among a statement's items, so parsed facts get exact spans. */
class ItemLines {
  constructor(
    private readonly stmt: SqlStatement,
    private readonly items: readonly SqlItem[],
  ) {}
  column(name: string): number {
    const named = (i: SqlItem): boolean => leadingName(stripAdd(i.text)).toLowerCase() === name.toLowerCase();
    // A column may be called `key` or `index`: prefer items that are not constraints, then any item with the name.
    const item = this.items.find((i) => named(i) && !isConstraintItem(stripAdd(i.text))) ?? this.items.find(named);
    return item ? item.line : this.stmt.line;
  }
  constraint(kind: string, columns: readonly string[]): number {
    const first = columns[0] ?? '';
    for (const item of this.items) {
      const c = isConstraintItem(stripAdd(item.text)) ? readConstraintText(stripAdd(item.text)) : undefined;
      const cols = c === undefined ? [] : c.kind === 'check' ? [c.column] : c.columns;
      if (c && c.kind === kind && cols[0]?.toLowerCase() === first.toLowerCase()) return lineOfToken(this.stmt, item, first);
    }
    return this.stmt.line;
  }
}

const stripAdd = (text: string): string => text.replace(/^ADD\s+(?:COLUMN\s+(?:IF\s+NOT\s+EXISTS\s+)?)?/i, '');

/** Reads a table body's definitions (CREATE TABLE `create_definitions` or ALTER TABLE `expr` clauses). */
function tableBody(defs: readonly unknown[], lines: ItemLines) {
  const columns: DdlColumn[] = [];
  const uniques: DdlKey[] = [];
  const indexes: DdlKey[] = [];
  const foreignKeys: DdlForeignKey[] = [];
  const checks: DdlCheck[] = [];
  let primaryKey: DdlKey | undefined;
  for (const raw of defs) {
    const outer = rec(raw);
    if (!outer) continue;
    if (str(outer['action']) !== undefined && str(outer['action']) !== 'add') continue;
    const n = rec(outer['create_definitions']) ?? outer;
    const resource = str(n['resource']) ?? str(outer['resource']);
    if (resource === 'column') {
      const c = column(n, lines.column(refName(n['column']) ?? ''));
      if (c) columns.push(c);
      continue;
    }
    const type = (str(n['constraint_type']) ?? str(n['keyword']) ?? '').toLowerCase();
    const cols = refNames(n['definition']);
    const name = str(n['index']) ?? str(n['constraint']);
    const key = (kind: string): DdlKey => ({ columns: cols, line: lines.constraint(kind, cols), ...(name === undefined ? {} : { name: bareName(name) }) });
    if (type === 'primary key') primaryKey = key('primary-key');
    else if (type.startsWith('unique')) uniques.push(key('unique'));
    else if (type === 'foreign key') {
      const ref = reference(n['reference_definition']);
      if (ref) foreignKeys.push({ columns: cols, references: ref, line: lines.constraint('foreign-key', cols) });
    } else if (type === 'check') {
      const check = inList(n);
      if (check) checks.push({ ...check, line: lines.constraint('check', [check.column]) });
    } else if (resource === 'index' && cols.length > 0) indexes.push(key('index'));
  }
  return { columns, uniques, indexes, foreignKeys, checks, primaryKey };
}

/** Turns one parsed statement into the neutral DDL model; undefined when the AST is not what the statement kind promised. */
export function statementFromAst(ast: unknown, stmt: SqlStatement): DdlStatement | undefined {
  const n = rec(ast);
  if (!n) return undefined;
  const keyword = str(n['keyword'])?.toLowerCase();
  if (stmt.kind === 'create-table' && n['type'] === 'create' && keyword === 'table') {
    const table = tableName(n['table']);
    const parts = createTableParts(stmt);
    if (table === undefined || !parts) return undefined;
    return tableOf('create', table, tableBody(arr(n['create_definitions']), new ItemLines(stmt, parts.items)), stmt);
  }
  if (stmt.kind === 'alter-table' && n['type'] === 'alter') {
    const table = tableName(n['table']);
    const parts = alterTableParts(stmt);
    if (table === undefined || !parts) return undefined;
    return tableOf('alter', table, tableBody(arr(n['expr']), new ItemLines(stmt, parts.items)), stmt);
  }
  if (stmt.kind === 'create-enum' && keyword === 'type') {
    const name = str(rec(n['name'])?.['name']);
    const values = arr(rec(n['create_definitions'])?.['value']).map((v) => str(rec(v)?.['value'])).filter((v): v is string => v !== undefined);
    return name === undefined ? undefined : { kind: 'enum', name: bareName(name), values, line: stmt.line };
  }
  if (stmt.kind === 'create-index' && keyword === 'index') {
    const table = str(rec(n['table'])?.['table']) ?? tableName(n['table']);
    const columns = arr(n['index_columns']).filter((c) => str(rec(c)?.['type']) === 'column_ref').map(refName).filter((c): c is string => c !== undefined);
    if (table === undefined || columns.length === 0) return undefined;
    const name = str(n['index']);
    const index = { kind: 'index' as const, table: bareName(table), columns: columns.map(bareName), unique: /unique/i.test(str(n['index_type']) ?? ''), line: stmt.line };
    return name === undefined ? index : { ...index, name: bareName(name) };
  }
  return undefined;
}

function tableOf(mode: DdlTable['mode'], table: string, body: ReturnType<typeof tableBody>, stmt: SqlStatement): DdlTable {
  const { primaryKey, ...rest } = body;
  const t: DdlTable = { kind: 'table', mode, table, ...rest, line: stmt.line };
  return primaryKey ? { ...t, primaryKey } : t;
}
