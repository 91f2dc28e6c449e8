import { assertNever, type Column } from '@schemawright/ir';
import type { SeedValue } from '../types.js';
import type { SeedDialect } from './dialects.js';

const NUMERIC = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** A string literal: quotes doubled, backslashes doubled where they escape, Unicode prefix where needed. */
export function sqlString(text: string, dialect: SeedDialect): string {
  const body = (dialect.backslashEscapes ? text.replace(/\\/g, '\\\\') : text).replace(/'/g, "''");
  return `${dialect.unicodePrefix}'${body}'`;
}

/** The SQL literal of one value for its column: numbers bare, booleans and bytes per dialect, the rest quoted. */
export function sqlLiteral(value: SeedValue, column: Column, dialect: SeedDialect): string {
  if (value === null) return 'NULL';
  const type = column.type;
  switch (type.kind) {
    case 'int': case 'float': case 'decimal': {
      const text = String(value);
      return NUMERIC.test(text) ? text : sqlString(text, dialect);
    }
    case 'boolean':
      return value === true || value === 'true' ? dialect.true : dialect.false;
    case 'bytes':
      return /^[0-9a-f]*$/i.test(String(value)) ? dialect.bytes(String(value)) : sqlString(String(value), dialect);
    case 'string': case 'text': case 'unknown': case 'uuid': case 'enum': case 'date': case 'datetime': case 'time': case 'json':
      return sqlString(String(value), dialect);
    default:
      return assertNever(type, 'scalar type');
  }
}
