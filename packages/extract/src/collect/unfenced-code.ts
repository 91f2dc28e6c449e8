import type { Code, Nodes, Parent, Root } from 'mdast';
import type { Diagnostic, Result, Span } from '@schemawright/ir';
import type { ParsedDocument } from '../document.js';
import type { Fact } from '../facts.js';
import { collectPrismaModels, isPrismaBlock } from './prisma-models.js';
import { collectSqlDdl, isSqlBlock } from './sql-ddl.js';
import { codeBlocks } from './code/blocks.js';

/** The language of a run of schema code written outside any fence. */
export type UnfencedLanguage = 'prisma' | 'sql';

/** Lines `start..end` (1-based, inclusive) of a document that hold one Prisma block or SQL statement. */
export interface UnfencedRun {
  readonly language: UnfencedLanguage;
  readonly start: number;
  readonly end: number;
}

/** A Prisma declaration's first line: `model User {`, `enum Role {` (what a pasted schema carries). */
const PRISMA_HEAD = /^\s*(?:model|enum)\s+[A-Za-z_][A-Za-z0-9_]*\s*\{\s*(?:\/\/.*)?$/;
/** A DDL statement's first keywords, all upper or all lower case: "Create table for…" in prose stays prose. */
const SQL_HEAD = /^\s*(?:(?:CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:TABLE|TYPE|(?:UNIQUE\s+)?INDEX)|ALTER\s+TABLE)|(?:create\s+(?:or\s+replace\s+)?(?:temp(?:orary)?\s+)?(?:table|type|(?:unique\s+)?index)|alter\s+table))\s+\S/;
/** A markdown heading or fence line: schema code never runs across one. */
const BREAK_LINE = /^\s{0,3}(?:#{1,6}\s|`{3,}|~{3,})/;
/** Longest run read; a declaration that has not closed by then was not code. */
export const MAX_RUN_LINES = 400;

/**
 * Lines that schema code pasted outside fences occupies: Prisma `model`/`enum` blocks (to their closing brace)
 * and SQL `CREATE TABLE|TYPE|INDEX` / `ALTER TABLE` statements (to their `;`, or to the line that closes their
 * parentheses). Lines inside code blocks are left to the code-block collectors. Document order.
 */
export function unfencedCodeRuns(doc: ParsedDocument): UnfencedRun[] {
  const inCode = codeLines(doc.tree);
  const runs: UnfencedRun[] = [];
  for (let line = 1; line <= doc.lines.length; line++) {
    if (inCode.has(line)) continue;
    const text = doc.lines[line - 1]!;
    const end = PRISMA_HEAD.test(text) ? prismaEnd(doc, line, inCode) : SQL_HEAD.test(text) ? sqlEnd(doc, line, inCode) : undefined;
    if (end === undefined) continue;
    runs.push({ language: PRISMA_HEAD.test(text) ? 'prisma' : 'sql', start: line, end });
    line = end;
  }
  return runs;
}

/**
 * Reads Prisma and SQL code pasted into a document without a fence (a chat answer copied as text: `prisma`,
 * `Copy`, `Edit`, then `model User {` … as plain paragraphs). Each run becomes a code block for the Prisma or
 * SQL collector, read together with the document's fenced blocks so relations may cross them; only the facts
 * and diagnostics placed on the runs are kept (the fenced blocks have their own collectors). Pure.
 */
export function collectUnfencedCode(doc: ParsedDocument): Result<readonly Fact[]> {
  const runs = unfencedCodeRuns(doc);
  if (runs.length === 0) return { value: [], diagnostics: [] };
  const fenced = codeBlocks(doc);
  const view = (language: UnfencedLanguage): ParsedDocument => {
    const isBlock = language === 'prisma' ? isPrismaBlock : isSqlBlock;
    const own = runs.filter((r) => r.language === language).map((r) => runNode(doc, r));
    const others = fenced.filter(isBlock).map((b) => b.node);
    const children = [...others, ...own].sort((a, b) => a.position!.start.line - b.position!.start.line);
    return { ...doc, tree: { type: 'root', children } as Root };
  };
  const inRun = (s: Span | undefined): boolean => s !== undefined && runs.some((r) => s.file === doc.file && s.start.line >= r.start && s.start.line <= r.end);
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [language, collect] of [['prisma', collectPrismaModels], ['sql', collectSqlDdl]] as const) {
    if (!runs.some((r) => r.language === language)) continue;
    const r = collect(view(language));
    facts.push(...r.value.filter((f) => inRun(f.span)));
    diagnostics.push(...r.diagnostics.filter((d) => inRun(d.span)));
  }
  return { value: facts, diagnostics };
}

/** A code node standing for a run, tagged with its language; its first content line is the run's first line. */
function runNode(doc: ParsedDocument, run: UnfencedRun): Code {
  const lines = doc.lines.slice(run.start - 1, run.end).map(unescapeMarkdown);
  const last = doc.lines[run.end - 1] ?? '';
  return {
    type: 'code',
    lang: run.language,
    meta: null,
    value: lines.join('\n'),
    position: { start: { line: run.start, column: 1 }, end: { line: run.end, column: last.length + 1 } },
  };
}

/** Backslash escapes a markdown editor adds to pasted code (`created\_at`), removed. */
export function unescapeMarkdown(line: string): string {
  return line.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1');
}

/** Line numbers covered by code blocks (fenced or indented). */
function codeLines(tree: Root): Set<number> {
  const out = new Set<number>();
  const visit = (node: Nodes): void => {
    if (node.type === 'code' && node.position) for (let l = node.position.start.line; l <= node.position.end.line; l++) out.add(l);
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);
  return out;
}

/** Whether a run may take line `line` in: not a code-block line, heading or fence. */
function usable(doc: ParsedDocument, line: number, inCode: ReadonlySet<number>): boolean {
  return line <= doc.lines.length && !inCode.has(line) && !BREAK_LINE.test(doc.lines[line - 1]!);
}

/** The line of the brace that closes a Prisma declaration opened on `start`, or undefined. */
function prismaEnd(doc: ParsedDocument, start: number, inCode: ReadonlySet<number>): number | undefined {
  let depth = 0;
  for (let line = start; line < start + MAX_RUN_LINES && usable(doc, line, inCode); line++) {
    const code = doc.lines[line - 1]!.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\/\/.*$/, '');
    for (const c of code) depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth <= 0) return line;
  }
  return undefined;
}

/**
 * The last line of a SQL statement starting on `start`: the line with its `;` outside quotes, comments and
 * parentheses, else the line that closes its parentheses, else (no parentheses) the line before a blank one.
 */
function sqlEnd(doc: ParsedDocument, start: number, inCode: ReadonlySet<number>): number | undefined {
  let depth = 0;
  let opened = false;
  let line = start;
  for (; line < start + MAX_RUN_LINES && usable(doc, line, inCode); line++) {
    const code = doc.lines[line - 1]!.replace(/'(?:[^']|'')*'/g, "''").replace(/--.*$/, '');
    if (code.trim() === '' && depth === 0) return line - 1;
    for (const c of code) {
      if (c === ';' && depth === 0) return line;
      if (c === '(') {
        depth++;
        opened = true;
      } else if (c === ')') depth--;
    }
    if (opened && depth <= 0) return line;
  }
  // the document (or the text before a heading) ended: a statement without parentheses ends there too
  return depth === 0 && line > start ? line - 1 : undefined;
}
