import type { Span } from '@schemawright/ir';

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  if (!text.includes('`')) return `\`${text}\``;
  return `\`\` ${text} \`\``;
}

/**
 * Text safe inside a markdown table cell, code spans included: pipes escaped (GFM splits cells on them even
 * inside backticks), line breaks as spaces. Nothing else is escaped, since code spans show backslashes as is.
 */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A GFM table; every cell already escaped by the caller. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** `prd.md:12`, the place a reader opens. */
export function where(span: Span): string {
  return `${span.file}:${span.start.line}`;
}

/** A quotation on one line, double quotes kept readable, at most `max` characters. */
export function quote(text: string, max = 200): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  return `"${plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain}"`;
}

/** `(`a`, `b`)` for a column list. */
export function columnList(columns: readonly string[]): string {
  return `(${columns.map(code).join(', ')})`;
}
