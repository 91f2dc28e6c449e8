import type { Column } from '@schemawright/ir';
import type { SeedValue } from '../types.js';

/**
 * The TypeScript expression of one value for Prisma Client, by the field's Prisma type: BigInt as a
 * bigint literal, Decimal as an exact string, DateTime as a `Date` (dates at midnight UTC, times on
 * 1970-01-01), Json as the document itself (a null Json is `Prisma.DbNull`), Bytes from hex, enums by their
 * Prisma identifier (`enumIdentifiers`, database value → identifier).
 */
export function tsLiteral(value: SeedValue, column: Column, prismaType: string, enumIdentifiers?: ReadonlyMap<string, string>): string {
  if (value === null) return prismaType === 'Json' ? 'Prisma.DbNull' : 'null';
  switch (prismaType) {
    case 'Int': case 'Float': return String(value);
    case 'BigInt': return `${String(value)}n`;
    case 'Boolean': return String(value === true || value === 'true');
    case 'Decimal': return JSON.stringify(String(value));
    case 'DateTime': return `new Date(${JSON.stringify(isoInstant(String(value), column))})`;
    case 'Json': return String(value);
    case 'Bytes': return `Buffer.from(${JSON.stringify(String(value))}, 'hex')`;
    case 'String': return JSON.stringify(String(value));
    default: return JSON.stringify(enumIdentifiers?.get(String(value)) ?? String(value));
  }
}

/** `2024-03-05T10:15:00.000Z` from the seed's date, datetime or time text. */
function isoInstant(value: string, column: Column): string {
  if (column.type.kind === 'time') return `1970-01-01T${value}.000Z`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00.000Z`;
  return `${value.replace(' ', 'T')}.000Z`;
}

/** A property key: bare when it is an identifier, quoted otherwise. */
export function tsKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
