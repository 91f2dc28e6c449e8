import type { DatabaseProvider, ScalarType } from '@schemawright/ir';
import { typeKeyOf, type TypeKey } from '../prisma/scalar-types.js';

/**
 * The column type each database ends up with, as its own DDL spells it: what the Prisma type and native
 * attribute (see prisma/scalar-types.ts) become. `{maxLength}`, `{precision}`, `{scale}` come from the IR
 * type, `{enum}` is the enum's database name and `{values}` its quoted values; `string` without a length
 * uses `stringNoLength`. Data, not code.
 */
export const NATIVE_TYPES: Readonly<Record<DatabaseProvider, Readonly<Record<TypeKey, string>> & { readonly stringNoLength: string }>> = {
  postgresql: {
    string: 'varchar({maxLength})', stringNoLength: 'text', text: 'text', int32: 'integer', int64: 'bigint',
    decimal: 'numeric({precision},{scale})', float: 'double precision', boolean: 'boolean', date: 'date',
    datetime: 'timestamptz(6)', time: 'time(6)', uuid: 'uuid', json: 'jsonb', bytes: 'bytea', enum: '{enum}', unknown: 'text',
  },
  cockroachdb: {
    string: 'STRING({maxLength})', stringNoLength: 'STRING', text: 'STRING', int32: 'INT4', int64: 'INT8',
    decimal: 'DECIMAL({precision},{scale})', float: 'FLOAT8', boolean: 'BOOL', date: 'DATE',
    datetime: 'TIMESTAMPTZ(6)', time: 'TIME(6)', uuid: 'UUID', json: 'JSONB', bytes: 'BYTES', enum: '{enum}', unknown: 'STRING',
  },
  mysql: {
    string: 'varchar({maxLength})', stringNoLength: 'varchar(191)', text: 'text', int32: 'int', int64: 'bigint',
    decimal: 'decimal({precision},{scale})', float: 'double', boolean: 'tinyint(1)', date: 'date',
    datetime: 'datetime(3)', time: 'time(3)', uuid: 'char(36)', json: 'json', bytes: 'longblob', enum: 'enum({values})', unknown: 'varchar(191)',
  },
  sqlite: {
    string: 'TEXT', stringNoLength: 'TEXT', text: 'TEXT', int32: 'INTEGER', int64: 'BIGINT', decimal: 'DECIMAL',
    float: 'REAL', boolean: 'BOOLEAN', date: 'DATETIME', datetime: 'DATETIME', time: 'DATETIME', uuid: 'TEXT',
    json: 'JSONB', bytes: 'BLOB', enum: 'TEXT', unknown: 'TEXT',
  },
  sqlserver: {
    string: 'nvarchar({maxLength})', stringNoLength: 'nvarchar(1000)', text: 'nvarchar(max)', int32: 'int', int64: 'bigint',
    decimal: 'decimal({precision},{scale})', float: 'float', boolean: 'bit', date: 'date', datetime: 'datetime2',
    time: 'time', uuid: 'uniqueidentifier', json: 'nvarchar(max)', bytes: 'varbinary(max)', enum: 'nvarchar(1000)', unknown: 'nvarchar(1000)',
  },
  mongodb: {
    string: 'String', stringNoLength: 'String', text: 'String', int32: 'Int', int64: 'Long', decimal: 'Double',
    float: 'Double', boolean: 'Boolean', date: 'Date', datetime: 'Date', time: 'Date', uuid: 'String', json: 'Object',
    bytes: 'BinData', enum: 'String', unknown: 'String',
  },
};

/** The native column type of `type` on `provider`; `enumName`/`enumValues` fill enum types. */
export function nativeTypeOf(type: ScalarType, provider: DatabaseProvider, enumName = '', enumValues: readonly string[] = []): string {
  const row = NATIVE_TYPES[provider];
  const template = type.kind === 'string' && type.maxLength === undefined ? row.stringNoLength : row[typeKeyOf(type)];
  const values: Record<string, string> = {
    maxLength: type.kind === 'string' ? String(type.maxLength) : '',
    precision: type.kind === 'decimal' ? String(type.precision) : '',
    scale: type.kind === 'decimal' ? String(type.scale) : '',
    enum: enumName,
    values: enumValues.map((v) => `'${v.replace(/'/g, "''")}'`).join(','),
  };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
