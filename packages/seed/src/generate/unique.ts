import { assertNever, type Column } from '@schemawright/ir';
import type { GeneratorKind, SeedValue } from '../types.js';
import { formatDate, formatDateTime, parseInstant } from './dates.js';
import { formatUnits } from './numbers.js';

/** How many fresh draws a unique column gets before it steps to the next free value. */
export const UNIQUE_REDRAWS = 8;
/** Steps tried after the redraws; past this the value is left null (the type ran out of values). */
const MAX_STEPS = 100_000;

/** A value's identity in a uniqueness set. */
export function valueKey(value: SeedValue | readonly SeedValue[]): string {
  return JSON.stringify(value);
}

/** Cuts a text value to the column's maximum length, at a word boundary when one is near. */
export function fitLength(value: SeedValue, column: Column): SeedValue {
  if (typeof value !== 'string' || column.type.kind !== 'string' || column.type.maxLength === undefined) return value;
  const max = column.type.maxLength;
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return value.charAt(max) !== ' ' && space >= max / 2 ? cut.slice(0, space).replace(/[^A-Za-z0-9]+$/, '') : cut.trimEnd();
}

/**
 * A value not yet in `seen`: redraw a few times, then make the value distinct deterministically: text gets a
 * numeric suffix (`ana.lee2@example.com`, `silver-harbor-2`, `Silver Harbor 2`), numbers and dates step up,
 * enums take the first unused value. Records the result in `seen`.
 */
export function distinctValue(first: SeedValue, seen: Set<string>, column: Column, generator: GeneratorKind, redraw: () => SeedValue, enumValues: readonly string[]): SeedValue {
  let value = first;
  for (let i = 0; i < UNIQUE_REDRAWS && value !== null && seen.has(valueKey(value)); i++) value = fitLength(redraw(), column);
  for (let step = 1; value !== null && seen.has(valueKey(value)); step++) value = step > MAX_STEPS ? null : stepped(first, step, column, generator, enumValues);
  if (value !== null) seen.add(valueKey(value));
  return value;
}

/** The `step`-th alternative of a value; null when the type has no more distinct values. */
function stepped(value: SeedValue, step: number, column: Column, generator: GeneratorKind, enumValues: readonly string[]): SeedValue {
  const type = column.type;
  switch (type.kind) {
    case 'string': case 'text': case 'unknown': return withSuffix(String(value), step + 1, generator, type.kind === 'string' ? type.maxLength : undefined);
    case 'int': return Number(value) + step;
    case 'float': return Math.round((Number(value) + step) * 100) / 100;
    case 'decimal': return formatUnits(Math.round(Number(value) * 10 ** type.scale) + step, type.scale);
    case 'date': return formatDate(parseInstant(String(value)) + step * 86_400_000);
    case 'datetime': return formatDateTime(parseInstant(String(value)) + step * 1000);
    case 'time': return step < 24 * 60 ? `${String(Math.floor(step / 60)).padStart(2, '0')}:${String(step % 60).padStart(2, '0')}:00` : null;
    case 'enum': return enumValues[step - 1] ?? null;
    case 'boolean': return step === 1 ? !value : null;
    case 'uuid': return `${String(value).slice(0, 24)}${String(step).padStart(12, '0')}`;
    case 'json': return JSON.stringify({ seq: step });
    case 'bytes': return `${String(value).slice(0, 8)}${step.toString(16).padStart(8, '0')}`;
    default: return assertNever(type, 'scalar type');
  }
}

/** `value` with a numeric suffix in the generator's style, cut to fit `maxLength`. */
function withSuffix(value: string, n: number, generator: GeneratorKind, maxLength: number | undefined): string {
  const at = value.indexOf('@');
  if (generator === 'email' && at > 0) {
    const local = value.slice(0, at);
    const rest = value.slice(at);
    return `${local.slice(0, room(maxLength, rest.length + String(n).length, local.length))}${n}${rest}`;
  }
  const joiner = ['slug', 'url', 'image-url', 'username', 'code', 'token', 'password-hash', 'ip-address', 'phone', 'color'].includes(generator) ? '-' : ' ';
  const suffix = `${joiner}${n}`;
  return `${value.slice(0, room(maxLength, suffix.length, value.length))}${suffix}`;
}

function room(maxLength: number | undefined, taken: number, length: number): number {
  return maxLength === undefined ? length : Math.max(0, maxLength - taken);
}
