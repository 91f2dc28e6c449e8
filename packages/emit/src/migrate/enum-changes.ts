import { sqlString } from '../sql/dialect.js';
import { pgId, type DatabaseModel, type DbEnum } from './database-model.js';

/** How the enum types differ between two models. */
export interface EnumChanges {
  readonly created: readonly DbEnum[];
  readonly dropped: readonly DbEnum[];
  /** Values only added, keeping the order: `ALTER TYPE … ADD VALUE`. */
  readonly extended: readonly (readonly [before: DbEnum, after: DbEnum])[];
  /** Values removed or reordered (or an added value is a default already): the type is created anew. */
  readonly rebuilt: readonly (readonly [before: DbEnum, after: DbEnum])[];
}

/**
 * Compares enum types by name. PostgreSQL can add a value in place, but a value added in a transaction
 * cannot be used in it, so an enum whose new value is a column default is rebuilt instead.
 */
export function enumChangesOf(prev: DatabaseModel, next: DatabaseModel): EnumChanges {
  const before = new Map(prev.enums.map((e) => [e.name, e]));
  const after = new Set(next.enums.map((e) => e.name));
  const defaults = new Set(next.tables.flatMap((t) => t.columns.flatMap((c) => (c.enumName !== undefined && c.default !== undefined ? [`${c.enumName}\0${c.default}`] : []))));
  const extended: [DbEnum, DbEnum][] = [];
  const rebuilt: [DbEnum, DbEnum][] = [];
  for (const e of next.enums) {
    const p = before.get(e.name);
    if (!p || p.values.join('\0') === e.values.join('\0')) continue;
    const added = e.values.filter((v) => !p.values.includes(v));
    const kept = e.values.filter((v) => p.values.includes(v));
    const inPlace = p.values.length > 0 && kept.join('\0') === p.values.join('\0') && !added.some((v) => defaults.has(`${e.name}\0${sqlString(v)}`));
    (inPlace ? extended : rebuilt).push([p, e]);
  }
  return {
    created: next.enums.filter((e) => !before.has(e.name)),
    dropped: prev.enums.filter((e) => !after.has(e.name)),
    extended,
    rebuilt,
  };
}

/** `CREATE TYPE` of an enum, as the DDL emitter writes it. */
export function createEnumSql(e: DbEnum, name = e.name): string {
  return `CREATE TYPE ${pgId(name)} AS ENUM (${e.values.map(sqlString).join(', ')});`;
}

/**
 * `ALTER TYPE … ADD VALUE` statements giving `after` its exact value order: values before the first kept one
 * go in backwards with BEFORE, the others with AFTER their predecessor.
 */
export function addValueStatements(before: DbEnum, after: DbEnum): string[] {
  const values = after.values;
  const first = values.findIndex((v) => before.values.includes(v));
  const add = (v: string, where: string) => `ALTER TYPE ${pgId(after.name)} ADD VALUE ${sqlString(v)} ${where};`;
  const out: string[] = [];
  for (let i = first - 1; i >= 0; i--) out.push(add(values[i]!, `BEFORE ${sqlString(values[i + 1]!)}`));
  for (let i = first + 1; i < values.length; i++) if (!before.values.includes(values[i]!)) out.push(add(values[i]!, `AFTER ${sqlString(values[i - 1]!)}`));
  return out;
}
