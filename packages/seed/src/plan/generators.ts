import { assertNever, words, type Column, type Table } from '@schemawright/ir';
import { GENERATOR_RULES, LATER_DATE_PAIRS, LATER_EVENT_WORDS } from '../data/generator-rules.js';
import type { GeneratorKind } from '../types.js';
import { isCompanyTable, isPersonTable } from './table-kind.js';

/** The generator chosen for a (non-foreign-key) column, and the earlier column a later date follows. */
export interface GeneratorChoice {
  readonly generator: GeneratorKind;
  readonly earlier?: string;
}

/**
 * Chooses a column's generator: keys and closed types first (sequence, uuid, enum, boolean, json, bytes,
 * time), then the column name against `GENERATOR_RULES` (type permitting), then date pairs, then a
 * fallback by type. `name` columns follow the table: people get full names, lookups their value list,
 * companies company names.
 */
export function chooseGenerator(table: Table, column: Column, lookup: boolean): GeneratorChoice {
  const type = column.type;
  const singleKey = table.primaryKey.length === 1 && table.primaryKey[0] === column.name;
  if (column.default?.kind === 'autoincrement' || (singleKey && type.kind === 'int')) return { generator: 'sequence' };
  if (type.kind === 'uuid' || column.default?.kind === 'uuid') return { generator: 'uuid' };
  switch (type.kind) {
    case 'enum': return { generator: 'enum' };
    case 'boolean': return { generator: 'boolean' };
    case 'json': return { generator: 'json' };
    case 'bytes': return { generator: 'bytes' };
    case 'time': return { generator: 'time' };
    case 'string': case 'text': case 'unknown': case 'int': case 'decimal': case 'float': case 'date': case 'datetime': break;
    default: return assertNever(type, 'scalar type');
  }
  if (type.kind === 'unknown' && column.nullable) return { generator: 'none' };
  const rule = ruleFor(words(column.name).join(' '), type.kind);
  if (rule) return { generator: rule.generator === 'entity-name' ? nameGenerator(table, lookup) : rule.generator };
  if (type.kind === 'date' || type.kind === 'datetime') {
    const earlier = earlierColumn(table, column);
    if (earlier) return { generator: 'later-datetime', earlier };
    return { generator: type.kind };
  }
  return { generator: fallbackByType(type.kind) };
}

/**
 * The first rule (in table order) whose type fits and one of whose names is the column name or ends it
 * after a space. The names are indexed once, so a column looks up each of its endings instead of testing
 * every name of every rule.
 */
function ruleFor(name: string, kind: Column['type']['kind']): (typeof GENERATOR_RULES)[number] | undefined {
  let first: number | undefined;
  const consider = (ending: string) => {
    for (const i of RULES_BY_NAME.get(ending) ?? []) if ((first === undefined || i < first) && GENERATOR_RULES[i]!.types.includes(kind)) first = i;
  };
  consider(name);
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) consider(name.slice(i + 1));
  return first === undefined ? undefined : GENERATOR_RULES[first];
}

/** Rule positions by each of their names. */
const RULES_BY_NAME: ReadonlyMap<string, readonly number[]> = (() => {
  const out = new Map<string, number[]>();
  GENERATOR_RULES.forEach((r, i) => {
    for (const n of r.names) out.set(n, [...(out.get(n) ?? []), i]);
  });
  return out;
})();

function nameGenerator(table: Table, lookup: boolean): GeneratorKind {
  if (lookup) return 'lookup-value';
  if (isPersonTable(table)) return 'full-name';
  if (isCompanyTable(table)) return 'company';
  return 'entity-name';
}

function fallbackByType(kind: 'string' | 'text' | 'unknown' | 'int' | 'decimal' | 'float'): GeneratorKind {
  switch (kind) {
    case 'string': case 'unknown': return 'phrase';
    case 'text': return 'paragraph';
    case 'int': return 'integer';
    case 'decimal': return 'decimal';
    case 'float': return 'float';
    default: return assertNever(kind, 'scalar kind');
  }
}

/** The date column, earlier in the table, that this one follows (`created_at` for `updated_at`). */
function earlierColumn(table: Table, column: Column): string | undefined {
  const own = words(column.name);
  const before = table.columns.slice(0, table.columns.indexOf(column)).filter((c) => c.type.kind === 'date' || c.type.kind === 'datetime');
  const candidates = LATER_DATE_PAIRS.filter(([later]) => own.includes(later)).map(([later, early]) => own.map((w) => (w === later ? early : w)).join(' '));
  if (column.autoUpdate) candidates.push('created at');
  const paired = before.find((c) => candidates.includes(words(c.name).join(' ')))?.name;
  if (paired !== undefined || !own.some((w) => LATER_EVENT_WORDS.includes(w))) return paired;
  return before.at(-1)?.name;
}
