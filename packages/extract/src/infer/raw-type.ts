import type { ScalarType } from '@schemawright/ir';

/**
 * Type words as documents write them (SQL, Prisma, Mermaid, TypeScript, prose tables) → logical type.
 * Data, not code: add a row to teach a new spelling. Keys are lower-case, without size arguments.
 */
export const TYPE_WORDS: Readonly<Record<string, ScalarType>> = {
  uuid: { kind: 'uuid' }, guid: { kind: 'uuid' }, uniqueidentifier: { kind: 'uuid' }, objectid: { kind: 'string' },
  cuid: { kind: 'string' }, ulid: { kind: 'string' }, nanoid: { kind: 'string' },
  string: { kind: 'string' }, str: { kind: 'string' }, varchar: { kind: 'string' }, 'character varying': { kind: 'string' },
  char: { kind: 'string' }, character: { kind: 'string' }, nvarchar: { kind: 'string' }, nchar: { kind: 'string' },
  citext: { kind: 'string' }, email: { kind: 'string' }, url: { kind: 'string' }, uri: { kind: 'string' },
  phone: { kind: 'string' }, slug: { kind: 'string' }, inet: { kind: 'string' }, enum: { kind: 'string' },
  text: { kind: 'text' }, longtext: { kind: 'text' }, mediumtext: { kind: 'text' }, tinytext: { kind: 'text' },
  markdown: { kind: 'text' }, richtext: { kind: 'text' }, clob: { kind: 'text' },
  int: { kind: 'int', bits: 32 }, integer: { kind: 'int', bits: 32 }, int4: { kind: 'int', bits: 32 },
  smallint: { kind: 'int', bits: 32 }, int2: { kind: 'int', bits: 32 }, tinyint: { kind: 'int', bits: 32 },
  mediumint: { kind: 'int', bits: 32 }, serial: { kind: 'int', bits: 32 }, smallserial: { kind: 'int', bits: 32 },
  number: { kind: 'int', bits: 32 }, num: { kind: 'int', bits: 32 }, count: { kind: 'int', bits: 32 }, i32: { kind: 'int', bits: 32 },
  bigint: { kind: 'int', bits: 64 }, int8: { kind: 'int', bits: 64 }, bigserial: { kind: 'int', bits: 64 }, long: { kind: 'int', bits: 64 }, i64: { kind: 'int', bits: 64 },
  decimal: { kind: 'decimal', precision: 10, scale: 2 }, numeric: { kind: 'decimal', precision: 10, scale: 2 },
  money: { kind: 'decimal', precision: 12, scale: 2 }, currency: { kind: 'decimal', precision: 12, scale: 2 },
  float: { kind: 'float' }, float4: { kind: 'float' }, float8: { kind: 'float' }, double: { kind: 'float' },
  'double precision': { kind: 'float' }, real: { kind: 'float' }, f32: { kind: 'float' }, f64: { kind: 'float' },
  bool: { kind: 'boolean' }, boolean: { kind: 'boolean' }, bit: { kind: 'boolean' }, flag: { kind: 'boolean' },
  date: { kind: 'date' },
  datetime: { kind: 'datetime' }, datetime2: { kind: 'datetime' }, timestamp: { kind: 'datetime' }, timestamptz: { kind: 'datetime' },
  'timestamp with time zone': { kind: 'datetime' }, 'timestamp without time zone': { kind: 'datetime' },
  instant: { kind: 'datetime' }, 'date-time': { kind: 'datetime' }, 'iso8601': { kind: 'datetime' },
  time: { kind: 'time' }, timetz: { kind: 'time' }, 'time with time zone': { kind: 'time' },
  json: { kind: 'json' }, jsonb: { kind: 'json' }, object: { kind: 'json' }, map: { kind: 'json' }, record: { kind: 'json' },
  array: { kind: 'json' }, list: { kind: 'json' }, hstore: { kind: 'json' },
  bytes: { kind: 'bytes' }, bytea: { kind: 'bytes' }, blob: { kind: 'bytes' }, binary: { kind: 'bytes' }, varbinary: { kind: 'bytes' }, buffer: { kind: 'bytes' },
};

/**
 * Reads a written type (`varchar(255)`, `DECIMAL(10, 2)`, `timestamp with time zone`, `String?`, `uuid[]`)
 * into a logical type. Returns undefined for words it does not know; the caller decides (an enum name,
 * an entity reference, or `unknown`). Array types become json.
 */
export function parseRawType(raw: string): ScalarType | undefined {
  let t = raw.trim().toLowerCase().replace(/[`"']/g, '');
  if (t === '') return undefined;
  if (/\[\]$/.test(t) || /^(array|list)\s*<.*>$/.test(t)) return { kind: 'json' };
  t = t.replace(/[?!]$/, '').trim();
  const m = /^([a-z][a-z0-9 _-]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?(\s+unsigned)?$/.exec(t);
  if (!m) return undefined;
  const word = m[1]!.trim().replace(/_/g, ' ');
  const base = TYPE_WORDS[word] ?? TYPE_WORDS[word.replace(/ /g, '')];
  if (!base) return undefined;
  const a = m[2] === undefined ? undefined : Number(m[2]);
  const b = m[3] === undefined ? undefined : Number(m[3]);
  if (base.kind === 'string' && a !== undefined && /char/.test(word)) return { kind: 'string', maxLength: a };
  if (base.kind === 'decimal' && a !== undefined) return { kind: 'decimal', precision: a, scale: b ?? 0 };
  if (word === 'tinyint' && a === 1) return { kind: 'boolean' };
  return base;
}
