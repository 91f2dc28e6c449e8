import type { PrismaModel } from './prisma-declarations.js';
import type { Attribute, AttributeArgument, BlockAttribute, Field, KeyValue, Value } from '@mrleebo/prisma-ast';

/** prisma-ast keeps string literals quoted: `"users"` → `users`. */
export function unquote(v: string): string {
  return /^".*"$/s.test(v) ? v.slice(1, -1).replace(/\\"/g, '"') : v;
}

/** A field's attribute by name (`id`, `default`) or native type (`group` `db`). */
export function fieldAttribute(field: Field, name: string, group?: string): Attribute | undefined {
  return field.attributes?.find((a) => a.name === name && a.group === group);
}

/** The native type attribute of a field (`@db.VarChar(255)`), if any. */
export function nativeAttribute(field: Field): Attribute | undefined {
  return field.attributes?.find((a) => a.group === 'db');
}

function isKeyValue(v: unknown): v is KeyValue {
  return typeof v === 'object' && v !== null && (v as { type?: string }).type === 'keyValue';
}

/** Positional (unnamed) argument values. */
export function positional(args: readonly AttributeArgument[] | undefined): Value[] {
  return (args ?? []).map((a) => a.value).filter((v): v is Value => !isKeyValue(v));
}

/** The value of a named argument (`fields: [...]`, `onDelete: Cascade`). */
export function keyed(args: readonly AttributeArgument[] | undefined, key: string): Value | undefined {
  for (const a of args ?? []) if (isKeyValue(a.value) && a.value.key === key) return a.value.value;
  return undefined;
}

/** Names in a list value `[a, b(sort: Desc)]`. */
export function namesOf(v: Value | undefined): string[] {
  if (v === undefined || v === null || typeof v !== 'object' || Array.isArray(v)) return [];
  if (v.type !== 'array') return [];
  return v.args.map((x) => (typeof x === 'string' ? x : typeof x === 'object' && x !== null && !Array.isArray(x) && x.type === 'function' ? x.name : '')).filter((x) => x !== '');
}

/** The fields of `@@index([a, b])`, `@@unique(fields: [a, b])`, `@@id([a, b])`, `@relation(fields: [a])`. */
export function fieldsArg(attr: Attribute | BlockAttribute): string[] {
  const named = keyed(attr.args, 'fields');
  return namesOf(named ?? positional(attr.args)[0]);
}

/** A string argument given by name (`name:`, `map:`) or, for `@relation("Name")`, first positional. */
export function stringArg(attr: Attribute | BlockAttribute, key: string, positionalToo = false): string | undefined {
  const v = keyed(attr.args, key) ?? (positionalToo ? positional(attr.args)[0] : undefined);
  return typeof v === 'string' && /^".*"$/s.test(v) ? unquote(v) : undefined;
}

/**
 * The database column of a model's field: its `@map("…")`, else its own name. Facts name columns, not
 * Prisma fields, so a mapped field (`userId @map("user_id")`, `title @map("제목")`) keeps its real column.
 */
export function columnOf(model: PrismaModel, field: string): string {
  const pf = model.fields.find((x) => x.field.name === field);
  const map = pf ? fieldAttribute(pf.field, 'map') : undefined;
  return (map ? stringArg(map, 'name', true) : undefined) ?? field;
}
