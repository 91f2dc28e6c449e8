import { parseRawType } from '../../infer/raw-type.js';
import { readEnumType } from './enum-values.js';
import type { FieldSpec } from './field-line.js';
import { splitTopLevel } from './field-line.js';

/** Words that are types or constraints, never column names: `email (string, unique)` is a field, not a table. */
export const NOT_COLUMN_WORDS: readonly string[] = [
  'uuid', 'string', 'str', 'varchar', 'char', 'int', 'integer', 'bigint', 'smallint', 'float', 'double',
  'decimal', 'numeric', 'bool', 'boolean', 'timestamptz', 'jsonb', 'serial', 'bigserial', 'bytea', 'enum', 'pk', 'fk', 'uk', 'unique', 'optional', 'required', 'nullable',
  'null', 'not', 'default', 'index', 'indexed', 'primary', 'nn',
];

/** Type words that are also everyday English, trusted after a column name only when it is an identifier. */
export const ENGLISH_TYPE_WORDS: readonly string[] = [
  'date', 'time', 'text', 'number', 'count', 'email', 'url', 'uri', 'phone', 'slug', 'money', 'currency', 'list', 'map',
  'object', 'record', 'flag', 'binary', 'instant', 'long', 'real', 'double', 'character', 'char', 'bit', 'string', 'array',
];

/**
 * Reads a written column list: `id, user_id, total, status`, `id, options JSONB, tags[]`,
 * `status: active|inactive`, `address: { street, city }`. Every entry must be an identifier, optionally followed by a known type or a value
 * list; undefined otherwise (a list of words, a sentence). Needs two columns or more.
 */
export function readColumnList(text: string): FieldSpec[] | undefined {
  const entries = splitTopLevel(text.replace(/\s*\|\s*(?=[A-Za-z_])/g, '|')).filter((e) => e !== '');
  if (entries.length < 2) return undefined;
  const fields: FieldSpec[] = [];
  for (const entry of entries) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[\])?(?:\s*[:：]\s*(.+)|\s+(.+))?$/.exec(entry.replace(/`/g, '').trim());
    if (!m || NOT_COLUMN_WORDS.includes(m[1]!.toLowerCase())) return undefined;
    const [, name, list, valuesText, typeText] = m;
    if (valuesText !== undefined && /^\{.*\}$/s.test(valuesText.trim())) {
      // `address: { street, city, zip }`: a nested object, stored as json
      fields.push({ name: name!, rawType: 'json', constraints: {}, typed: true, description: valuesText.trim() });
    } else if (valuesText !== undefined) {
      const values = readEnumType(valuesText.replace(/\s*\(.*\)$/, ''));
      if (!values) return undefined;
      fields.push({ name: name!, enumValues: values, constraints: {}, typed: true });
    } else if (typeText !== undefined) {
      // `options JSONB`; a trailing remark in parentheses (`(encrypted)`) is kept as description.
      const remark = /\s*\(([^)]*)\)$/.exec(typeText);
      const type = remark ? typeText.slice(0, remark.index) : typeText;
      if (type !== '' && !parseRawType(type)) return undefined;
      // `start date`, `end time`: an English phrase, not a column `start` of type date.
      if (!/[_A-Z]/.test(name!) && type === type.toLowerCase() && ENGLISH_TYPE_WORDS.includes(type)) return undefined;
      fields.push({
        name: name!,
        constraints: {},
        typed: type !== '',
        ...(type !== '' ? { rawType: type } : {}),
        ...(remark ? { description: remark[1]! } : {}),
      });
    } else {
      // `tags[]`: a list of values, stored as json.
      fields.push({ name: name!, constraints: {}, typed: list !== undefined, ...(list ? { rawType: 'array' } : {}) });
    }
  }
  return fields;
}

/** True when a column list reads like a table (`id`, a `*_id`, a snake_case or camelCase name, or a type). */
export function looksLikeTable(fields: readonly FieldSpec[]): boolean {
  return fields.some((f) => f.name === 'id' || /_id$|[a-z]Id$/.test(f.name) || /_/.test(f.name) || /[a-z][A-Z]/.test(f.name) || f.typed);
}

/** True when some column is the key or a foreign key by name (`id`, `user_id`, `projectId`). */
export function hasKeyColumn(fields: readonly FieldSpec[]): boolean {
  return fields.some((f) => f.name === 'id' || /_id$|[a-z]Id$/.test(f.name));
}
