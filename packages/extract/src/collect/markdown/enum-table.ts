import type { Table } from 'mdast';
import { ENUM_TABLE_HEADER_WORDS } from '../../infer/field-headers.js';
import { matchHeader, tableRows } from './tables.js';

/** Heading words that announce a value table: `## Album Status Enum`, `### Order states`. */
const ENUM_HEADING = /\b(?:enum|enums|enumeration|status(?:es)?|states?|values|types?|kinds?|roles?|levels?|categories)\b/i;

/**
 * Reads a value table (`Value | Label`) under a heading that names a closed list, as the enum's values.
 * Returns the enum name (the heading without `Enum` / `values`) and its values, or undefined.
 */
export function readEnumTable(table: Table, heading: string): { name: string; values: string[] } | undefined {
  if (!ENUM_HEADING.test(heading)) return undefined;
  const { header, rows } = tableRows(table);
  const cols = matchHeader(header, ENUM_TABLE_HEADER_WORDS);
  if (cols.value === undefined || header.length > 3) return undefined;
  const values = rows.map((r) => (r.cells[cols.value!] ?? '').replace(/^[`'"]|[`'"]$/g, '').trim()).filter((v) => v !== '');
  if (values.length < 2 || !values.every((v) => /^[\p{L}\p{N}_][\p{L}\p{N}_.:-]*$/u.test(v))) return undefined;
  const name = heading
    .replace(/\s*[(（].*$/u, '')
    .replace(/\b(?:enum|enums|enumeration|values)\b/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' ? undefined : { name, values };
}
