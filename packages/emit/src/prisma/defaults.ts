import { assertNever, type Column, type DatabaseProvider, type Table } from '@schemawright/ir';

/**
 * Where a provider lets `autoincrement()` stand: anywhere, on an indexed column, only on the single-column
 * id, or nowhere. CockroachDB takes it on BigInt only and uses `sequence()` for Int.
 */
export const AUTOINCREMENT_RULES: Readonly<Record<DatabaseProvider, 'anywhere' | 'indexed' | 'single-id' | 'never'>> = {
  postgresql: 'anywhere',
  cockroachdb: 'anywhere',
  mysql: 'indexed',
  sqlite: 'single-id',
  sqlserver: 'anywhere',
  mongodb: 'never',
};

/** A default the target can hold, after checking it against the column's Prisma type. */
export type EffectiveDefault =
  | { readonly kind: 'now' | 'uuid' | 'autoincrement' | 'sequence' }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'enum'; readonly value: string };

/** The default and, when the IR default cannot be kept, why (the caller turns it into a diagnostic). */
export interface DefaultDecision {
  readonly value?: EffectiveDefault;
  readonly problem?: string;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Decides the default of `column` whose Prisma scalar is `prismaType` (an enum's model name when `enumValues`
 * is given: the database values it accepts).
 */
export function effectiveDefaultOf(table: Table, column: Column, prismaType: string, provider: DatabaseProvider, enumValues?: readonly string[]): DefaultDecision {
  const d = column.default;
  if (d === undefined) return {};
  const integer = prismaType === 'Int' || prismaType === 'BigInt';
  const numeric = integer || prismaType === 'Float' || prismaType === 'Decimal';
  const textual = prismaType === 'String' || prismaType === 'Json';
  const no = (problem: string): DefaultDecision => ({ problem });
  switch (d.kind) {
    case 'now':
      return prismaType === 'DateTime' ? { value: d } : no(`now() on a ${prismaType} column`);
    case 'uuid':
      return prismaType === 'String' ? { value: d } : no(`uuid() on a ${prismaType} column`);
    case 'autoincrement':
      return autoincrementOf(table, column, prismaType, provider);
    case 'string':
      if (enumValues) return enumValues.includes(d.value) ? { value: { kind: 'enum', value: d.value } } : no(`"${d.value}" is not a value of the enum`);
      if (textual || (prismaType === 'DateTime' && ISO_DATETIME.test(d.value))) return { value: { kind: 'text', value: d.value } };
      if (numeric && PLAIN_NUMBER.test(d.value) && (!integer || !d.value.includes('.'))) return { value: { kind: 'number', value: Number(d.value) } };
      if (prismaType === 'Boolean' && (d.value === 'true' || d.value === 'false')) return { value: { kind: 'boolean', value: d.value === 'true' } };
      return no(`"${d.value}" on a ${prismaType} column`);
    case 'number':
      if (numeric && Number.isFinite(d.value) && PLAIN_NUMBER.test(String(d.value)) && (!integer || Number.isInteger(d.value))) return { value: d };
      if (textual) return { value: { kind: 'text', value: String(d.value) } };
      return no(`${d.value} on a ${prismaType} column`);
    case 'boolean':
      if (prismaType === 'Boolean') return { value: d };
      return textual ? { value: { kind: 'text', value: String(d.value) } } : no(`${d.value} on a ${prismaType} column`);
    case 'enum':
      if (enumValues) return enumValues.includes(d.value) ? { value: d } : no(`"${d.value}" is not a value of the enum`);
      return textual ? { value: { kind: 'text', value: d.value } } : no(`enum value ${d.value} on a ${prismaType} column`);
    case 'json':
      return textual ? { value: { kind: 'text', value: d.value } } : no(`a JSON value on a ${prismaType} column`);
    default:
      return assertNever(d, 'default');
  }
}

function autoincrementOf(table: Table, column: Column, prismaType: string, provider: DatabaseProvider): DefaultDecision {
  if (prismaType !== 'Int' && prismaType !== 'BigInt') return { problem: `autoincrement() on a ${prismaType} column` };
  const singleId = table.primaryKey.length === 1 && table.primaryKey[0] === column.name;
  const indexed = table.primaryKey.includes(column.name) || column.unique || table.uniques.some((u) => u.includes(column.name)) || table.indexes.some((i) => i.columns.includes(column.name));
  const rule = AUTOINCREMENT_RULES[provider];
  if (rule === 'never' || (rule === 'single-id' && !singleId) || (rule === 'indexed' && !indexed)) return { problem: 'autoincrement() on this column' };
  return { value: { kind: provider === 'cockroachdb' && prismaType === 'Int' ? 'sequence' : 'autoincrement' } };
}

/** The `@default(...)` attribute; `enumIdentifiers` maps database values to Prisma enum identifiers. */
export function printPrismaDefault(d: EffectiveDefault, enumIdentifiers?: ReadonlyMap<string, string>): string {
  switch (d.kind) {
    case 'now': case 'uuid': case 'autoincrement': case 'sequence':
      return `@default(${d.kind}())`;
    case 'text':
      return `@default(${prismaString(d.value)})`;
    case 'number': case 'boolean':
      return `@default(${String(d.value)})`;
    case 'enum':
      return `@default(${enumIdentifiers?.get(d.value) ?? d.value})`;
    default:
      return assertNever(d, 'default');
  }
}

/** A Prisma string literal: double quotes, with `"` and `\` escaped and line breaks as `\n`. */
export function prismaString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}
