import { diagnostic, type Diagnostic, type Result } from '@schemawright/ir';
import type { ParsedDocument } from '../document.js';
import type { Fact } from '../facts.js';
import { blockSpan, codeBlocks, type CodeBlock } from './code/blocks.js';
import { factsOfStatement } from './code/sql-facts.js';
import { readStatementByLines } from './code/sql-lines.js';
import type { DdlStatement } from './code/sql-model.js';
import { dialectsFor, parseSqlStatement } from './code/sql-parser.js';
import { splitSqlStatements, type SqlScan } from './code/sql-statements.js';

/** Fence languages that hold SQL. */
export const SQL_LANGUAGES: ReadonlySet<string> = new Set(['sql', 'postgres', 'postgresql', 'psql', 'pgsql', 'mysql', 'mariadb', 'sqlite', 'ddl']);

/** Confidence of a statement the SQL parser read, and of one only the line reader could read. */
export const PARSED_CONFIDENCE = 1;
export const LINE_READ_CONFIDENCE = 0.9;

/** True for a SQL block: a SQL fence language, or any block whose first statement is a CREATE. */
export function isSqlBlock(block: CodeBlock): boolean {
  if (SQL_LANGUAGES.has(block.lang)) return true;
  const body = block.text.replace(/^(\s*(--[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, '');
  return /^CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(TABLE|TYPE|(UNIQUE\s+)?INDEX)\b/i.test(body);
}

interface ReadStatement {
  readonly block: CodeBlock;
  readonly scan: SqlScan;
  readonly ddl: DdlStatement;
  readonly parsed: boolean;
}

/**
 * Collects tables, columns, keys, indexes, enums and foreign keys from SQL DDL blocks. Each statement is parsed
 * with node-sql-parser (dialect from the fence or the block's noise); what the parser rejects is read line by line
 * with an `extract/code-block-unparsed` warning. Statements that declare no schema (SELECT, policies) are skipped.
 */
export function collectSqlDdl(doc: ParsedDocument): Result<readonly Fact[]> {
  const diagnostics: Diagnostic[] = [];
  const read: ReadStatement[] = [];
  for (const block of codeBlocks(doc).filter(isSqlBlock)) {
    const scan = splitSqlStatements(block.text);
    const dialects = dialectsFor(block.lang, block.text);
    for (const stmt of scan.statements) {
      if (stmt.kind === 'other') continue;
      const parsed = parseSqlStatement(stmt, dialects);
      if (parsed.ok) {
        read.push({ block, scan, ddl: parsed.value, parsed: true });
        continue;
      }
      const headline = (stmt.code.trim().split('\n')[0] ?? '').trim().replace(/\s*\($/, '').slice(0, 60);
      const fallback = readStatementByLines(stmt);
      const detail = fallback
        ? `"${headline}" was rejected by the SQL parser (${clip(parsed.reason)}); read line by line`
        : `"${headline}" could not be read (${clip(parsed.reason)})`;
      diagnostics.push(diagnostic('extract/code-block-unparsed', { language: block.lang || 'sql', detail }, blockSpan(doc, block, stmt.line)));
      if (fallback) read.push({ block, scan, ddl: fallback, parsed: false });
    }
  }
  // Enum types may be created after the tables that use them, or in another block: collect their names first.
  const enumNames = new Set(read.flatMap((r) => (r.ddl.kind === 'enum' ? [r.ddl.name.toLowerCase()] : [])));
  const facts = read.flatMap((r) =>
    factsOfStatement(r.ddl, {
      doc,
      block: r.block,
      enumNames,
      comments: r.scan.comments,
      confidence: r.parsed ? PARSED_CONFIDENCE : LINE_READ_CONFIDENCE,
    }),
  );
  return { value: facts, diagnostics };
}

function clip(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
