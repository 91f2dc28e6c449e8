import { assertNever, type Column, type Table } from '@schemawright/ir';
import type { EffectiveDefault } from '../prisma/defaults.js';
import { typeKeyOf } from '../prisma/scalar-types.js';
import { defaultOf, enumValuesOf, sqlTypeOf } from '../sql/plan.js';
import type { TableKey } from '../sql/table-keys.js';
import { tsString } from '../typeorm/typescript-source.js';
import type { DrizzleBuilderRule } from './column-builders.js';
import type { DrizzlePlan } from './plan.js';

/** Records what the file must import or declare as columns are printed. */
export interface Uses {
  /** A name from the dialect's core module. */
  readonly core: (name: string) => string;
  /** A name from `drizzle-orm` (`sql`, `relations`). */
  readonly orm: (name: string) => string;
  /** A `customType` builder for an SQL type (`bytea`). */
  readonly custom: (sqlType: string) => void;
  /** `randomUUID` from node:crypto. */
  readonly randomUUID: () => string;
}

/**
 * One column of `t` as `field: builder('db_name', config)` with its modifiers in a fixed order: primary key,
 * not null, default, unique, on-update, and `.references()` for a single-column foreign key.
 */
export function columnLine(plan: DrizzlePlan, t: Table, c: Column, keys: readonly TableKey[], uses: Uses): string {
  const value = defaultOf(plan.sql, t, c).value;
  const serial = value?.kind === 'autoincrement' || value?.kind === 'sequence';
  const singlePk = t.primaryKey.length === 1 && t.primaryKey[0] === c.name;
  const auto = plan.dialect.autoincrement;
  const rule = serial && auto.kind === 'serial' ? (c.type.kind === 'int' && c.type.bits === 64 ? auto.int64 : auto.int32) : ruleOf(plan, c);
  const parts = [builderCall(plan, c, rule, uses)];
  if (singlePk) parts.push(serial && auto.kind === 'primary-key' ? 'primaryKey({ autoIncrement: true })' : 'primaryKey()');
  if (!singlePk && !c.nullable) parts.push('notNull()');
  if (serial && auto.kind === 'modifier') parts.push('autoincrement()');
  if (value !== undefined && !serial) parts.push(...defaultCall(plan, c, rule, value, uses));
  const unique = keys.find((k) => k.source === 'column' && k.columns[0] === c.name);
  if (unique) parts.push(`unique(${tsString(unique.name)})`);
  if (c.autoUpdate) parts.push(...onUpdateCall(c, rule, uses));
  for (const r of plan.schema.relations) {
    if (r.from.table !== t.name || r.from.columns.length !== 1 || r.from.columns[0] !== c.name) continue;
    const target = `${plan.tables.get(r.to.table)!}.${plan.names.fields.get(r.to.table)?.get(r.to.columns[0]!) ?? r.to.columns[0]!}`;
    const callback = plan.cyclic.has(r.name) ? `(): ${uses.core(plan.dialect.anyColumn)} => ${target}` : `() => ${target}`;
    parts.push(`references(${callback}, ${actionOptions(plan, r.name, r.onDelete)})`);
  }
  return `${plan.names.fields.get(t.name)!.get(c.name)!}: ${parts.join('.')},`;
}

/** `{ onDelete: 'cascade', onUpdate: 'cascade' }` with the actions schema.sql uses for the key. */
export function actionOptions(plan: DrizzlePlan, relationName: string, fallback: Parameters<typeof drizzleAction>[0]): string {
  const actions = plan.sql.actions.get(relationName) ?? { onDelete: fallback, onUpdate: 'cascade' };
  return `{ onDelete: '${drizzleAction(actions.onDelete)}', onUpdate: '${drizzleAction(actions.onUpdate)}' }`;
}

/** Drizzle's spelling of a referential action. */
export function drizzleAction(a: 'cascade' | 'restrict' | 'set-null' | 'no-action'): string {
  switch (a) {
    case 'cascade': return 'cascade';
    case 'restrict': return 'restrict';
    case 'set-null': return 'set null';
    case 'no-action': return 'no action';
    default: return assertNever(a, 'referential action');
  }
}

/** The builder rule of a column; an enum the schema lacks is stored as its fallback text type. */
function ruleOf(plan: DrizzlePlan, c: Column): DrizzleBuilderRule {
  const known = enumValuesOf(plan.sql, c) !== undefined;
  return plan.dialect.builders[c.type.kind === 'enum' && !known ? 'unknown' : typeKeyOf(c.type)];
}

function builderCall(plan: DrizzlePlan, c: Column, rule: DrizzleBuilderRule, uses: Uses): string {
  const values: Record<string, number | undefined> = {
    maxLength: c.type.kind === 'string' ? c.type.maxLength : undefined,
    precision: c.type.kind === 'decimal' ? c.type.precision : undefined,
    scale: c.type.kind === 'decimal' ? c.type.scale : undefined,
  };
  const config: string[] = [];
  for (const [key, template] of Object.entries(rule.config ?? {})) {
    const placeholder = typeof template === 'string' && /^\{\w+\}$/.test(template) ? values[template.slice(1, -1)] : template;
    if (placeholder === undefined) return builderCall(plan, c, rule.otherwise ?? { ...rule, config: {} }, uses);
    config.push(`${key}: ${typeof placeholder === 'string' ? tsString(placeholder) : String(placeholder)}`);
  }
  const enumValues = enumValuesOf(plan.sql, c);
  const list = `[${(enumValues ?? []).map(tsString).join(', ')}]`;
  if (rule.enumValues === 'config' && enumValues) config.push(`enum: ${list}`);
  const args = [tsString(c.name)];
  if (rule.enumValues === 'argument' && enumValues) args.push(list);
  if (config.length > 0) args.push(`{ ${config.join(', ')} }`);
  let fn: string;
  if (rule.fn === '{enum}') fn = plan.enums.get(c.type.kind === 'enum' ? c.type.enumName : '')!;
  else if (rule.custom !== undefined) {
    uses.custom(rule.custom);
    fn = rule.fn;
  } else fn = uses.core(rule.fn);
  return `${fn}(${args.join(', ')})`;
}

/** `.default(…)`, `.defaultNow()`, `.defaultRandom()` or `.$defaultFn(…)` for the decided default. */
function defaultCall(plan: DrizzlePlan, c: Column, rule: DrizzleBuilderRule, value: EffectiveDefault, uses: Uses): string[] {
  switch (value.kind) {
    case 'autoincrement': case 'sequence':
      return [];
    case 'now':
      if (plan.dialect.now === 'defaultNow') return ['defaultNow()'];
      return [`default(${uses.orm('sql')}\`${plan.sql.dialect.now(sqlTypeOf(plan.sql, c))}\`)`];
    case 'uuid': {
      // schema.sql leaves uuid defaults to the client (as Prisma does), so Drizzle makes the value itself;
      // `defaultRandom()` adds the database default for schemas Drizzle Kit creates
      const random = plan.dialect.uuidDefault === 'defaultRandom' && rule.fn === 'uuid' ? ['defaultRandom()'] : [];
      return [...random, `$defaultFn(() => ${uses.randomUUID()}())`];
    }
    case 'text':
      if (rule.ts === 'Date') return [`default(new Date(${tsString(value.value)}))`];
      if (rule.ts === 'json') return [`default(${jsonLiteral(value.value)})`];
      return [`default(${tsString(value.value)})`];
    case 'number':
      return [`default(${rule.ts === 'string' ? tsString(String(value.value)) : String(value.value)})`];
    case 'boolean':
      return [`default(${rule.ts === 'string' ? tsString(String(value.value)) : String(value.value)})`];
    case 'enum':
      return [`default(${tsString(value.value)})`];
    default:
      return assertNever(value, 'default');
  }
}

/** A JSON default as the value it stands for; text that is not JSON stays a string. */
function jsonLiteral(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return tsString(text);
  }
}

/** `.$onUpdate(…)` for a column the database sets on every update: a fresh Date, or SQL's current timestamp. */
function onUpdateCall(c: Column, rule: DrizzleBuilderRule, uses: Uses): string[] {
  if (rule.ts === 'Date') return ['$onUpdate(() => new Date())'];
  const key = typeKeyOf(c.type);
  return key === 'date' || key === 'datetime' || key === 'time' ? [`$onUpdate(() => ${uses.orm('sql')}\`CURRENT_TIMESTAMP\`)`] : [];
}
