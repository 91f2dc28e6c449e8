import type { DefaultValue } from '@schemawright/ir';

/** Default expressions set by the database, lower-case without spaces. Data, not code. */
export const DEFAULT_EXPRESSIONS: Readonly<Record<string, DefaultValue>> = {
  now: { kind: 'now' },
  'now()': { kind: 'now' },
  current_timestamp: { kind: 'now' },
  'current_timestamp()': { kind: 'now' },
  current_date: { kind: 'now' },
  'current_date()': { kind: 'now' },
  'uuid()': { kind: 'uuid' },
  'gen_random_uuid()': { kind: 'uuid' },
  'uuid_generate_v4()': { kind: 'uuid' },
  'uuidv4()': { kind: 'uuid' },
  autoincrement: { kind: 'autoincrement' },
  'autoincrement()': { kind: 'autoincrement' },
  auto_increment: { kind: 'autoincrement' },
  'auto-increment': { kind: 'autoincrement' },
  serial: { kind: 'autoincrement' },
};

/**
 * Reads a default written in an attribute comment (`now()`, `true`, `0`, `'draft'`, `{}`, `draft`). A bare
 * word that is one of `enumValues` is an enum default; `null` and `none` mean no default.
 */
export function readDefaultValue(text: string, enumValues?: readonly string[]): DefaultValue | undefined {
  const t = text.trim().replace(/^`(.*)`$/, '$1').trim();
  if (t === '' || /^(?:null|none|n\/a|-)$/i.test(t)) return undefined;
  const expression = DEFAULT_EXPRESSIONS[t.toLowerCase().replace(/\s+/g, '')];
  if (expression) return { ...expression };
  if (/^(?:true|false)$/i.test(t)) return { kind: 'boolean', value: t.toLowerCase() === 'true' };
  if (/^-?\d+(?:\.\d+)?$/.test(t)) return { kind: 'number', value: Number(t) };
  if (/^(?:\{.*\}|\[.*\])$/.test(t)) return { kind: 'json', value: t };
  const quoted = /^(['"])(.*)\1$/.exec(t);
  const value = quoted ? quoted[2]! : t;
  if (enumValues?.includes(value)) return { kind: 'enum', value };
  if (quoted || /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(t)) return { kind: 'string', value };
  return undefined;
}
