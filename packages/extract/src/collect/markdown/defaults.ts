import type { DefaultValue } from '@schemawright/ir';

/** Default expressions that mean "set by the database", lower-case, without spaces. Data, not code. */
export const DEFAULT_FUNCTIONS: Readonly<Record<string, DefaultValue>> = {
  'now()': { kind: 'now' },
  now: { kind: 'now' },
  current_timestamp: { kind: 'now' },
  'current_timestamp()': { kind: 'now' },
  current_date: { kind: 'now' },
  'getdate()': { kind: 'now' },
  'sysdate()': { kind: 'now' },
  'datetime(now)': { kind: 'now' },
  'gen_random_uuid()': { kind: 'uuid' },
  'uuid_generate_v4()': { kind: 'uuid' },
  'uuid()': { kind: 'uuid' },
  'newid()': { kind: 'uuid' },
  'uuidv4()': { kind: 'uuid' },
  uuid: { kind: 'uuid' },
  'autoincrement()': { kind: 'autoincrement' },
  autoincrement: { kind: 'autoincrement' },
  auto_increment: { kind: 'autoincrement' },
  'auto-increment': { kind: 'autoincrement' },
  serial: { kind: 'autoincrement' },
  identity: { kind: 'autoincrement' },
};

/**
 * Reads a default as written in a Default cell or after `default`: `now()`, `CURRENT_TIMESTAMP`, `true`, `0`,
 * `'PUBLISHED'`, `{}`. A dash, `NULL` or nothing means no default. A bare word that is one of `enumValues`
 * becomes an enum default.
 */
export function readDefault(text: string, enumValues?: readonly string[]): DefaultValue | undefined {
  const t = text.trim().replace(/^`|`$/g, '').replace(/\s+on\s+update\s+.*$/i, '').trim();
  if (t === '' || /^(?:-|—|–|n\/a|none|null)$/i.test(t)) return undefined;
  const fn = DEFAULT_FUNCTIONS[t.toLowerCase().replace(/\s+/g, '')];
  if (fn) return fn;
  if (/^(?:true|false)$/i.test(t)) return { kind: 'boolean', value: t.toLowerCase() === 'true' };
  if (/^-?\d+(?:\.\d+)?$/.test(t)) return { kind: 'number', value: Number(t) };
  if (/^(?:\{.*\}|\[.*\])$/.test(t)) return { kind: 'json', value: t };
  const quoted = /^(['"])(.*)\1(?:::[\w ]+)?$/.exec(t);
  const value = quoted ? quoted[2]! : t;
  if (enumValues?.includes(value)) return { kind: 'enum', value };
  if (quoted) return { kind: 'string', value };
  if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(t)) return { kind: 'string', value: t };
  return undefined;
}
