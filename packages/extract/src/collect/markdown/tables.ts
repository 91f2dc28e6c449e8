import type { Table, TableRow } from 'mdast';
import { normalizeHeader } from '../../infer/field-headers.js';
import { inlineText } from './inline.js';

/** One body row of a GFM table: its node (for spans) and the plain text of each cell. */
export interface Row {
  readonly node: TableRow;
  readonly cells: readonly string[];
}

/** The header cells (plain text) and body rows of a GFM table. */
export function tableRows(table: Table): { header: readonly string[]; rows: readonly Row[] } {
  const [head, ...body] = table.children;
  const cellsOf = (row: TableRow) => row.children.map((cell) => inlineText(cell, ', ').trim());
  return { header: head ? cellsOf(head) : [], rows: body.map((node) => ({ node, cells: cellsOf(node) })) };
}

/**
 * Which column holds each role, by the header words of `words` (first matching column per role, each column
 * used once, roles tried in the order of `words`). Exact normalized matches first, then headers that start
 * with a word (`Type / Length`, `Field name (snake_case)`).
 */
export function matchHeader<R extends string>(
  header: readonly string[],
  words: Readonly<Record<R, readonly string[]>>,
): Partial<Record<R, number>> {
  const normalized = header.map(normalizeHeader);
  const roles = Object.keys(words) as R[];
  const found: Partial<Record<R, number>> = {};
  const used = new Set<number>();
  for (const exact of [true, false]) {
    for (const role of roles) {
      if (found[role] !== undefined) continue;
      const i = normalized.findIndex((h, col) => !used.has(col) && words[role].some((w) => (exact ? h === w : h.startsWith(`${w} `))));
      if (i >= 0) {
        found[role] = i;
        used.add(i);
      }
    }
  }
  return found;
}

/** True when any header cell, normalized, is one of `words`. */
export function headerHasAny(header: readonly string[], words: readonly string[]): boolean {
  return header.map(normalizeHeader).some((h) => words.includes(h));
}
