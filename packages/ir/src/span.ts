/** A position in a source file: 1-based line and column, as unist. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/** A range in one source file. `file` is POSIX-relative (as given to the reader). */
export interface Span {
  readonly file: string;
  readonly start: Point;
  readonly end: Point;
}

/** Builds a span; key order is fixed so JSON output is stable. */
export function span(file: string, startLine: number, startColumn: number, endLine = startLine, endColumn = startColumn): Span {
  return { file, start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}

/** `file:line:column`, the form editors and terminals link. */
export function formatSpan(s: Span): string {
  return `${s.file}:${s.start.line}:${s.start.column}`;
}

/** Code-unit comparison of spans: file, then start line, then start column. */
export function compareSpans(a: Span, b: Span): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.start.line !== b.start.line) return a.start.line - b.start.line;
  return a.start.column - b.start.column;
}
