import type { DefaultValue, ReferentialAction, ScalarType } from '@schemawright/ir';
import { words } from '@schemawright/ir';
import type { Attribute, Value } from '@mrleebo/prisma-ast';
import { parseRawType } from '../../infer/raw-type.js';
import { defaultValueOf, parseSqlDefault } from './sql-defaults.js';
import { positional, unquote } from './prisma-values.js';

/** Prisma scalar types → logical types. Data: the closed list of Prisma's scalars. */
export const PRISMA_SCALAR_TYPES: Readonly<Record<string, ScalarType>> = {
  String: { kind: 'string' },
  Int: { kind: 'int', bits: 32 },
  BigInt: { kind: 'int', bits: 64 },
  Float: { kind: 'float' },
  Decimal: { kind: 'decimal', precision: 10, scale: 2 },
  Boolean: { kind: 'boolean' },
  DateTime: { kind: 'datetime' },
  Json: { kind: 'json' },
  Bytes: { kind: 'bytes' },
};

/** Prisma `@default(fn())` functions → neutral defaults. `cuid`/`ulid`/`nanoid` are generated ids like `uuid`. */
export const PRISMA_DEFAULT_FUNCTIONS: Readonly<Record<string, DefaultValue>> = {
  now: { kind: 'now' },
  uuid: { kind: 'uuid' },
  cuid: { kind: 'uuid' },
  ulid: { kind: 'uuid' },
  nanoid: { kind: 'uuid' },
  autoincrement: { kind: 'autoincrement' },
};

/** Prisma referential actions → IR actions (`SetDefault` has none). */
export const PRISMA_REFERENTIAL_ACTIONS: Readonly<Record<string, ReferentialAction>> = {
  Cascade: 'cascade',
  Restrict: 'restrict',
  SetNull: 'set-null',
  NoAction: 'no-action',
};

/** The native type as written without `@db.`: `VarChar(255)`, `Decimal(10, 2)`, `Uuid`. */
export function nativeTypeText(native: Attribute): string {
  const args = positional(native.args).map((v) => String(v));
  return args.length === 0 ? native.name : `${native.name}(${args.join(', ')})`;
}

/** The logical type of a scalar field: its native type when it has one we know, else its Prisma scalar. */
export function scalarTypeOf(fieldType: string, native: Attribute | undefined): ScalarType | undefined {
  if (native) {
    const args = positional(native.args).map((v) => String(v));
    const suffix = args.length === 0 ? '' : `(${args.join(',')})`;
    // `VarChar` reads as one word, `DoublePrecision` as two.
    const t = parseRawType(`${native.name}${suffix}`) ?? parseRawType(`${words(native.name).join(' ')}${suffix}`);
    if (t) return t;
  }
  return PRISMA_SCALAR_TYPES[fieldType];
}

/** The neutral default of `@default(value)` for a field of the given type (enum when `isEnum`). */
export function prismaDefault(value: Value | undefined, type: ScalarType | undefined, isEnum: boolean): DefaultValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value) && value.type === 'function') {
    if (value.name === 'dbgenerated') {
      const inner = value.params?.[0];
      const sql = typeof inner === 'string' ? parseSqlDefault(unquote(inner)) : undefined;
      return sql ? defaultValueOf(sql, type, isEnum) : undefined;
    }
    return PRISMA_DEFAULT_FUNCTIONS[value.name];
  }
  if (Array.isArray(value) || typeof value === 'object') return type?.kind === 'json' ? { kind: 'json', value: '[]' } : undefined;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (/^".*"$/s.test(value)) {
    const s = unquote(value);
    return type?.kind === 'json' ? { kind: 'json', value: s } : { kind: 'string', value: s };
  }
  if (/^(true|false)$/.test(value)) return { kind: 'boolean', value: value === 'true' };
  if (/^-?\d+(\.\d+)?$/.test(value)) return { kind: 'number', value: Number(value) };
  return isEnum ? { kind: 'enum', value } : undefined;
}
