import { assertNever, words, type Column, type Table } from '@schemawright/ir';
import { BOOLEAN_BIAS } from '../data/generator-rules.js';
import { LOOKUP_VALUES } from '../data/lookup-tables.js';
import { CITIES, COMPANY_SUFFIXES, COUNTRIES, CURRENCY_CODES, EMAIL_DOMAINS, JSON_SAMPLES, LANGUAGE_CODES, NOUNS, STREET_NAMES, STREET_SUFFIXES } from '../data/words.js';
import type { Rng } from '../random.js';
import type { GeneratorKind, SeedValue } from '../types.js';
import { birthInstant, formatDate, formatDateTime, instantAfter, instantIn2024, parseInstant, timeOfDay } from './dates.js';
import { numberFor } from './numbers.js';
import { capitalize, code, hexDigits, paragraph, passwordHash, phrase, slugify, title, twoWordName, uuid } from './text.js';

/** The person a row describes: name-like columns of one row agree (Ana Lee, ana.lee@example.com). */
export interface Person {
  readonly first: string;
  readonly last: string;
}

/** Everything a generator may read; `rng` is the column's own stream. */
export interface ValueContext {
  readonly rng: Rng;
  readonly rowIndex: number;
  readonly table: Table;
  readonly column: Column;
  readonly person: Person;
  /** Values of this row generated so far, by column name. */
  readonly row: ReadonlyMap<string, SeedValue>;
  readonly enumValues: readonly string[];
  /** The head word of a lookup table, for its value list. */
  readonly lookupWord: string;
  readonly earlier?: string;
}

/** One value of a column. Foreign keys are filled elsewhere: they read parent rows. */
export function generateValue(kind: GeneratorKind, ctx: ValueContext): SeedValue {
  const { rng, person, column } = ctx;
  const type = column.type;
  const lower = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  switch (kind) {
    case 'sequence': case 'position': return type.kind === 'int' || type.kind === 'float' ? ctx.rowIndex + 1 : numberFor(rng, type, ctx.rowIndex + 1, ctx.rowIndex + 1);
    case 'uuid': return uuid(rng);
    case 'foreign-key': throw new Error('seed: foreign keys are assigned from parent rows');
    case 'email': return `${lower(person.first)}.${lower(person.last)}@${rng.chance(0.7) ? EMAIL_DOMAINS[0]! : rng.pick(EMAIL_DOMAINS)}`;
    case 'first-name': return person.first;
    case 'last-name': return person.last;
    case 'full-name': return `${person.first} ${person.last}`;
    case 'username': return `${lower(person.first)}_${lower(person.last)}`;
    case 'company': return `${capitalize(rng.pick(NOUNS))} ${rng.pick(COMPANY_SUFFIXES)}`;
    case 'entity-name': return twoWordName(rng);
    case 'lookup-value': {
      const list = LOOKUP_VALUES[ctx.lookupWord];
      return list ? list[ctx.rowIndex % list.length]! : `${capitalize(ctx.lookupWord)} ${ctx.rowIndex + 1}`;
    }
    case 'title': return title(rng);
    case 'slug': return slugify(titleOf(ctx) ?? phrase(rng));
    case 'url': return `https://example.com/${slugify(phrase(rng))}`;
    case 'image-url': return `https://images.example.com/${rng.pick(NOUNS)}-${rng.int(1, 999)}.jpg`;
    case 'phone': return `+1 555 ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
    case 'street-address': return `${rng.int(1, 250)} ${rng.pick(STREET_NAMES)} ${rng.pick(STREET_SUFFIXES)}`;
    case 'city': return rng.pick(CITIES);
    case 'country': return rng.pick(COUNTRIES);
    case 'postal-code': return String(rng.int(10000, 99999));
    case 'currency': return rng.pick(CURRENCY_CODES);
    case 'language': return rng.pick(LANGUAGE_CODES);
    case 'color': return `#${hexDigits(rng, 6)}`;
    case 'code': return code(rng);
    case 'ip-address': return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    case 'password-hash': return passwordHash(rng);
    case 'token': return hexDigits(rng, 32);
    case 'money': return words(column.name).includes('cents') ? numberFor(rng, type, 500, 50000) : numberFor(rng, type, 5, 500);
    case 'quantity': return numberFor(rng, type, 1, 20);
    case 'rating': return numberFor(rng, type, 1, 5, 1);
    case 'percent': return numberFor(rng, type, 0, 100);
    case 'age': return numberFor(rng, type, 18, 80);
    case 'latitude': return numberFor(rng, type, -60, 70, 6);
    case 'longitude': return numberFor(rng, type, -180, 180, 6);
    case 'integer': return numberFor(rng, type, 0, 1000);
    case 'decimal': return numberFor(rng, type, 1, 1000);
    case 'float': return numberFor(rng, type, 0, 1000);
    case 'date': case 'datetime': return instantValue(ctx, instantIn2024(rng));
    case 'later-datetime': {
      const earlier = ctx.earlier === undefined ? null : ctx.row.get(ctx.earlier);
      return instantValue(ctx, typeof earlier === 'string' ? instantAfter(rng, parseInstant(earlier)) : instantIn2024(rng));
    }
    case 'birth-date': return instantValue(ctx, birthInstant(rng));
    case 'time': return timeOfDay(rng);
    case 'boolean': return rng.chance(booleanBias(column));
    case 'enum': return ctx.enumValues.length === 0 ? null : rng.pick(ctx.enumValues);
    case 'json': return rng.pick(JSON_SAMPLES[words(column.name).at(-1) ?? ''] ?? JSON_SAMPLES['other']!);
    case 'paragraph': return paragraph(rng);
    case 'phrase': return phrase(rng);
    case 'bytes': return hexDigits(rng, 16);
    case 'none': return null;
    default: return assertNever(kind, 'generator');
  }
}

/** A date column gets the day, anything else the full timestamp. */
function instantValue(ctx: ValueContext, ms: number): string {
  return ctx.column.type.kind === 'date' ? formatDate(ms) : formatDateTime(ms);
}

/** The row's title or name, already generated, for a slug to follow. */
function titleOf(ctx: ValueContext): string | undefined {
  for (const [name, value] of ctx.row) {
    const last = words(name).at(-1);
    if ((last === 'title' || last === 'name') && typeof value === 'string') return value;
  }
  return undefined;
}

/** Probability of true: biased by a word of the name (`is_active` mostly true, `is_deleted` mostly false). */
export function booleanBias(column: Column): number {
  for (const w of words(column.name)) if (BOOLEAN_BIAS[w] !== undefined) return BOOLEAN_BIAS[w]!;
  return 0.5;
}
