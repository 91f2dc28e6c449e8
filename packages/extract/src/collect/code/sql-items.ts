import type { SqlStatement } from './sql-statements.js';

/** One comma-separated part of a statement (a column definition, a constraint, an `ADD …` clause). */
export interface SqlItem {
  /** The text, trimmed. */
  readonly text: string;
  /** Block line index of its first character. */
  readonly line: number;
  /** Block line index of its last character. */
  readonly endLine: number;
}

/** A statement cut into the part before its list, the list items and the part after it. */
export interface SqlParts {
  readonly head: string;
  readonly items: readonly SqlItem[];
  readonly tail: string;
}

/** `CREATE TABLE name ( items ) tail`: the items of the parenthesized body; undefined without a body. */
export function createTableParts(stmt: SqlStatement): SqlParts | undefined {
  const open = stmt.code.indexOf('(');
  if (open < 0) return undefined;
  const close = matchingParen(stmt.code, open);
  const end = close < 0 ? stmt.code.length : close;
  return {
    head: stmt.code.slice(0, open),
    items: splitTopLevel(stmt.code, open + 1, end, stmt.firstLine),
    tail: close < 0 ? '' : stmt.code.slice(close + 1),
  };
}

/** `ALTER TABLE name item, item`: the head up to the table name and the comma-separated clauses after it. */
export function alterTableParts(stmt: SqlStatement): SqlParts | undefined {
  const m = /^\s*ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?((?:[`"[][^`"\]]+[`"\]]|[\w$]+)(?:\.(?:[`"[][^`"\]]+[`"\]]|[\w$]+))?)/i.exec(stmt.code);
  if (!m) return undefined;
  return { head: m[0], items: splitTopLevel(stmt.code, m[0].length, stmt.code.length, stmt.firstLine), tail: '' };
}

/** Index of the `)` that closes the `(` at `open`, skipping quoted text; -1 when unbalanced. */
export function matchingParen(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code.charAt(i);
    if (c === "'" || c === '"' || c === '`') {
      const end = code.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits `code[from, to)` at commas outside parentheses and quotes; empty parts are dropped. */
export function splitTopLevel(code: string, from: number, to: number, firstLine: number): SqlItem[] {
  const items: SqlItem[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number): void => {
    const raw = code.slice(start, end);
    const text = raw.trim();
    if (text !== '') {
      const lead = raw.length - raw.trimStart().length;
      const line = firstLine + newlines(code, 0, start + lead);
      items.push({ text, line, endLine: line + newlines(text, 0, text.length) });
    }
  };
  for (let i = from; i < to; i++) {
    const c = code.charAt(i);
    if (c === "'" || c === '"' || c === '`') {
      const end = code.indexOf(c, i + 1);
      i = end < 0 || end >= to ? to : end;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(to);
  return items;
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** The first identifier of an item, unquoted: the column name of a column definition. */
export function leadingName(text: string): string {
  const m = /^(?:`([^`]+)`|"([^"]+)"|\[([^\]]+)\]|([\p{L}\p{N}_$]+))/u.exec(text.trim());
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '') : '';
}

/**
 * The block line, within an item, of the first line holding `token` as a word (case-insensitive); the item's
 * first line when none does. Places a constraint's fact on the line that names its column.
 */
export function lineOfToken(stmt: SqlStatement, item: SqlItem, token: string): number {
  const lines = stmt.code.split('\n');
  const word = new RegExp(`(^|[^\\p{L}\\p{N}_$])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}_$])`, 'iu');
  for (let l = item.line; l <= item.endLine; l++) if (word.test(lines[l - stmt.firstLine] ?? '')) return l;
  return item.line;
}
