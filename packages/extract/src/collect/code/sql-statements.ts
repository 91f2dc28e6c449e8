/** What a statement declares, as far as the schema is concerned; `other` statements are skipped quietly. */
export type SqlStatementKind = 'create-table' | 'create-enum' | 'create-index' | 'alter-table' | 'other';

/** One statement of a SQL block. */
export interface SqlStatement {
  readonly kind: SqlStatementKind;
  /** The statement with comments blanked to spaces (newlines kept), without its `;`. Line `i` of it is block line `firstLine + i`. */
  readonly code: string;
  /** Block line index (0-based) where `code` starts. */
  readonly firstLine: number;
  /** Block line index of the statement's first keyword. */
  readonly line: number;
}

/** A SQL block cut into statements, with the comment found on each line (for value hints like `-- 'a' | 'b'`). */
export interface SqlScan {
  readonly statements: readonly SqlStatement[];
  /** Block line index → comment text on that line (without `--`, `/*`, `*\/`), trimmed. */
  readonly comments: ReadonlyMap<number, string>;
}

/** Keywords that start a new statement when a writer forgot the `;` before them (at the start of a line). */
const STATEMENT_STARTS = /^(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|SELECT|GRANT|REVOKE|COMMENT\s+ON)\b/i;

/**
 * Cuts SQL text into statements at `;` outside quotes, comments and dollar quotes, and also before a line that
 * starts a new statement at parenthesis depth 0 (documents often leave out semicolons).
 */
export function splitSqlStatements(text: string): SqlScan {
  const comments = new Map<number, string>();
  const statements: SqlStatement[] = [];
  let code = '';
  let line = 0;
  let startLine = 0;
  let depth = 0;
  let i = 0;
  const flush = (): void => {
    if (code.trim() !== '') statements.push(statement(code, startLine));
    code = '';
    startLine = line;
    depth = 0;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    const rest = text.slice(i);
    if (c === '-' && rest.startsWith('--')) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      addComment(comments, line, text.slice(i + 2, stop));
      code += ' '.repeat(stop - i);
      i = stop;
      continue;
    }
    if (c === '/' && rest.startsWith('/*')) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      const body = text.slice(i, stop);
      addComment(comments, line, body.replace(/^\/\*|\*\/$/g, '').split('\n')[0] ?? '');
      code += body.replace(/[^\n]/g, ' ');
      line += count(body, '\n');
      i = stop;
      continue;
    }
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    if (c === "'" || c === '"' || c === '`' || dollar) {
      const close = dollar ? dollar[0] : c;
      const end = text.indexOf(close, i + close.length);
      const stop = end < 0 ? text.length : end + close.length;
      const body = text.slice(i, stop);
      code += body;
      line += count(body, '\n');
      i = stop;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (c === ';') {
      i++;
      flush();
      continue;
    }
    if (c === '\n') {
      line++;
      code += c;
      i++;
      // An unindented statement keyword at depth 0 starts a new statement even without a `;` before it.
      if (depth === 0 && code.trim() !== '' && STATEMENT_STARTS.test(text.slice(i, i + 12))) flush();
      continue;
    }
    code += c;
    i++;
  }
  flush();
  return { statements, comments };
}

function statement(code: string, firstLine: number): SqlStatement {
  const lead = code.length - code.trimStart().length;
  const line = firstLine + count(code.slice(0, lead), '\n');
  return { kind: statementKind(code), code, firstLine, line };
}

/** What a statement (comments blanked) declares. */
export function statementKind(code: string): SqlStatementKind {
  const s = code.trimStart();
  if (/^CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\b/i.test(s)) return 'create-table';
  if (/^CREATE\s+TYPE\s+\S+\s+AS\s+ENUM\b/i.test(s)) return 'create-enum';
  if (/^CREATE\s+(?:UNIQUE\s+)?(?:FULLTEXT\s+|SPATIAL\s+)?INDEX\b/i.test(s)) return 'create-index';
  if (/^ALTER\s+TABLE\b[\s\S]*\bADD\b/i.test(s)) return 'alter-table';
  return 'other';
}

function addComment(comments: Map<number, string>, line: number, text: string): void {
  const t = text.trim();
  if (t === '') return;
  const had = comments.get(line);
  comments.set(line, had === undefined ? t : `${had} ${t}`);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
