import type { ScalarType } from '@schemawright/ir';
import { parseRawType } from '../../infer/raw-type.js';
import { numberTypeFor } from './number-words.js';

/** Placeholder strings that name a type instead of showing a value (`"id": "uuid"`, `"createdAt": "ISO"`). Data. */
export const TYPE_PLACEHOLDERS: Readonly<Record<string, ScalarType>> = {
  iso: { kind: 'datetime' }, 'iso date': { kind: 'datetime' }, 'iso string': { kind: 'datetime' }, 'iso-8601': { kind: 'datetime' },
};

/** Type words that, as a whole string value, are placeholders (read with the shared type words). */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'uuid', 'cuid', 'string', 'str', 'number', 'integer', 'int', 'bigint', 'boolean', 'bool', 'date', 'datetime', 'timestamp',
  'timestamptz', 'float', 'double', 'decimal', 'text', 'json', 'object', 'array', 'url', 'email',
]);

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longest string kept as a short string; longer example values read as text. */
const SHORT_STRING_MAX = 255;

/**
 * The type an example value shows for field `name`; undefined for null (the type is unknown, but the field
 * is nullable). Type placeholders win over reading the value literally.
 */
export function typeOfExample(name: string, value: unknown): ScalarType | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return { kind: 'boolean' };
  if (typeof value === 'number') {
    const byName = numberTypeFor(name);
    if (Number.isInteger(value)) return byName.kind === 'int' && Math.abs(value) > 2147483647 ? { kind: 'int', bits: 64 } : byName;
    return byName.kind === 'int' ? { kind: 'float' } : byName;
  }
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    const placeholder = TYPE_PLACEHOLDERS[word] ?? (PLACEHOLDER_WORDS.has(word) ? parseRawType(word) : undefined);
    if (placeholder) return placeholder;
    if (ISO_DATETIME.test(value)) return { kind: 'datetime' };
    if (ISO_DATE.test(value)) return { kind: 'date' };
    if (UUID.test(value)) return { kind: 'uuid' };
    return value.length > SHORT_STRING_MAX ? { kind: 'text' } : { kind: 'string' };
  }
  return { kind: 'json' };
}
