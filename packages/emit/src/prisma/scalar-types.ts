import { assertNever, type DatabaseProvider, type ScalarType } from '@schemawright/ir';

/** The keys of the type tables: the IR scalar kinds, with `int` split by width. */
export type TypeKey =
  | 'string' | 'text' | 'int32' | 'int64' | 'decimal' | 'float' | 'boolean' | 'date' | 'datetime' | 'time'
  | 'uuid' | 'json' | 'bytes' | 'enum' | 'unknown';

/**
 * How one IR type prints for one provider. `type` is the Prisma scalar (`{enum}` = the enum's model name);
 * `native` the `@db.` attribute, with `{maxLength}`, `{precision}`, `{scale}` filled from the IR type (the
 * attribute is left out when a placeholder has no value); `fallback` set when the provider cannot store the
 * type and this is a stand-in (the emitter warns).
 */
export interface PrismaTypeRule {
  readonly type: string;
  readonly native?: string;
  readonly fallback?: string;
  /** The native attribute instead of `native` when the column is part of a key or index (MySQL cannot index TEXT). */
  readonly keyed?: string;
}

type TypeTable = Readonly<Record<TypeKey, PrismaTypeRule>>;

const POSTGRESQL: TypeTable = {
  string: { type: 'String', native: '@db.VarChar({maxLength})' },
  text: { type: 'String', native: '@db.Text' },
  int32: { type: 'Int' },
  int64: { type: 'BigInt' },
  decimal: { type: 'Decimal', native: '@db.Decimal({precision}, {scale})' },
  float: { type: 'Float' },
  boolean: { type: 'Boolean' },
  date: { type: 'DateTime', native: '@db.Date' },
  datetime: { type: 'DateTime', native: '@db.Timestamptz(6)' },
  time: { type: 'DateTime', native: '@db.Time(6)' },
  uuid: { type: 'String', native: '@db.Uuid' },
  json: { type: 'Json' },
  bytes: { type: 'Bytes' },
  enum: { type: '{enum}' },
  unknown: { type: 'String' },
};

const COCKROACHDB: TypeTable = {
  ...POSTGRESQL,
  string: { type: 'String', native: '@db.String({maxLength})' },
  text: { type: 'String' },
  int32: { type: 'Int', native: '@db.Int4' },
};

const MYSQL: TypeTable = {
  ...POSTGRESQL,
  text: { type: 'String', native: '@db.Text', keyed: '@db.VarChar(191)' },
  datetime: { type: 'DateTime', native: '@db.DateTime(3)' },
  time: { type: 'DateTime', native: '@db.Time(3)' },
  uuid: { type: 'String', native: '@db.Char(36)' },
};

/** SQLite takes no native type attributes. */
const SQLITE: TypeTable = {
  string: { type: 'String' },
  text: { type: 'String' },
  int32: { type: 'Int' },
  int64: { type: 'BigInt' },
  decimal: { type: 'Decimal' },
  float: { type: 'Float' },
  boolean: { type: 'Boolean' },
  date: { type: 'DateTime' },
  datetime: { type: 'DateTime' },
  time: { type: 'DateTime' },
  uuid: { type: 'String' },
  json: { type: 'Json' },
  bytes: { type: 'Bytes' },
  enum: { type: '{enum}' },
  unknown: { type: 'String' },
};

const SQLSERVER: TypeTable = {
  ...SQLITE,
  string: { type: 'String', native: '@db.NVarChar({maxLength})' },
  text: { type: 'String', native: '@db.NVarChar(Max)' },
  decimal: { type: 'Decimal', native: '@db.Decimal({precision}, {scale})' },
  date: { type: 'DateTime', native: '@db.Date' },
  time: { type: 'DateTime', native: '@db.Time' },
  uuid: { type: 'String', native: '@db.UniqueIdentifier' },
  json: { type: 'String', native: '@db.NVarChar(Max)', fallback: 'stored as JSON text in NVARCHAR(MAX)' },
  enum: { type: 'String', fallback: 'stored as its text value' },
};

const MONGODB: TypeTable = {
  ...SQLITE,
  decimal: { type: 'Float', fallback: 'stored as a double' },
  date: { type: 'DateTime', native: '@db.Date' },
};

/** The type tables, one per provider. */
export const PRISMA_TYPES: Readonly<Record<DatabaseProvider, TypeTable>> = {
  postgresql: POSTGRESQL,
  cockroachdb: COCKROACHDB,
  mysql: MYSQL,
  sqlite: SQLITE,
  sqlserver: SQLSERVER,
  mongodb: MONGODB,
};

/** The table key of an IR type. */
export function typeKeyOf(type: ScalarType): TypeKey {
  switch (type.kind) {
    case 'int':
      return type.bits === 64 ? 'int64' : 'int32';
    case 'string': case 'text': case 'decimal': case 'float': case 'boolean': case 'date': case 'datetime':
    case 'time': case 'uuid': case 'json': case 'bytes': case 'enum': case 'unknown':
      return type.kind;
    default:
      return assertNever(type, 'scalar type');
  }
}

/** A column's Prisma type: scalar (or enum model name), the native attribute if any, and the fallback note. */
export interface PrismaType {
  readonly type: string;
  readonly native?: string;
  readonly fallback?: string;
}

/**
 * Resolves the rule for `type` on `provider`; `enumName` is the Prisma name of the column's enum, `keyed` says
 * the column is part of a key or index (see `keyColumnsOf`).
 */
export function prismaTypeOf(type: ScalarType, provider: DatabaseProvider, enumName = '', keyed = false): PrismaType {
  const table = PRISMA_TYPES[provider][typeKeyOf(type)];
  const rule = keyed && table.keyed !== undefined ? { ...table, native: table.keyed } : table;
  const values: Record<string, number | undefined> = {
    maxLength: type.kind === 'string' ? type.maxLength : undefined,
    precision: type.kind === 'decimal' ? type.precision : undefined,
    scale: type.kind === 'decimal' ? type.scale : undefined,
  };
  let missing = false;
  const native = rule.native?.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) missing = true;
    return String(v);
  });
  const out: { type: string; native?: string; fallback?: string } = { type: rule.type === '{enum}' ? enumName : rule.type };
  if (native !== undefined && !missing) out.native = native;
  if (rule.fallback !== undefined) out.fallback = rule.fallback;
  return out;
}
