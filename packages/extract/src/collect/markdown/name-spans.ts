import { span, type Span } from '@schemawright/ir';
import type { ParsedDocument } from '../../document.js';

/**
 * The span of each name as written inside `within`, searched in order (each after the one before), so names
 * listed on one line get their own, increasing spans and resolve keeps their written order. A name is found
 * as a whole identifier, through markdown escapes (`created\_at`); one not found takes the previous name's
 * end (or `within`'s start), which still sorts after what came before.
 */
export function spansOfNames(doc: ParsedDocument, within: Span, names: readonly string[]): Span[] {
  let line = within.start.line;
  let column = within.start.column;
  return names.map((name) => {
    const found = findName(doc, name, line, column, within.end.line);
    if (!found) return span(doc.file, line, column, line, column);
    line = found.line;
    column = found.end;
    return span(doc.file, found.line, found.start, found.line, found.end);
  });
}

/** The first whole-identifier occurrence of `name` at or after (line, column), up to `lastLine`. */
function findName(doc: ParsedDocument, name: string, line: number, column: number, lastLine: number): { line: number; start: number; end: number } | undefined {
  const pattern = new RegExp(`(?<![A-Za-z0-9_\\\\])${name.split('').map(escapeChar).join('')}(?![A-Za-z0-9_])`, 'g');
  for (let l = line; l <= lastLine && l <= doc.lines.length; l++) {
    pattern.lastIndex = l === line ? column - 1 : 0;
    const m = pattern.exec(doc.lines[l - 1]!);
    if (m) return { line: l, start: m.index + 1, end: m.index + m[0].length + 1 };
  }
  return undefined;
}

/** One character of a name as a pattern; an underscore may carry a markdown escape. */
function escapeChar(c: string): string {
  if (c === '_') return '\\\\?_';
  return /[A-Za-z0-9]/.test(c) ? c : `\\${c}`;
}
