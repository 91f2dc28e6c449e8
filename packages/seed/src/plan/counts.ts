import { type Schema, type Table } from '@schemawright/ir';
import { rngFor } from '../random.js';
import type { CountRule, SeedOptions, SeedSpread } from '../types.js';
import { foreignKeysOf, uniqueTupleOf, type ForeignKey } from './foreign-keys.js';
import { schemaIndex } from './schema-index.js';
import { isLookupTable, referencedBy } from './table-kind.js';

/** Rows of a lookup table. */
export const LOOKUP_ROWS = 5;
/** Rows of a core entity: this many, plus `ENTITY_ROWS_PER_REFERRER` per referencing table (at most two). */
export const ENTITY_ROWS = 10;
export const ENTITY_ROWS_PER_REFERRER = 5;
/** Child rows per parent row in a 1-N relation. */
export const CHILDREN_PER_PARENT: readonly [number, number] = [2, 3];
/** Share of the cross product a join table holds. */
export const JOIN_FRACTION = 0.25;
/** Optional 1-1 children: this share of the parents has one. */
export const OPTIONAL_ONE_TO_ONE_SHARE = 0.75;
/** Ceiling for any count the heuristics choose (overrides may go above). */
export const MAX_DEFAULT_ROWS = 100;

/** A table's row count and why. */
export interface TableCount {
  readonly rows: number;
  readonly countRule: CountRule;
  readonly countReason: string;
  readonly spread?: SeedSpread;
}

/**
 * Row counts, table by table in insertion order (so parents are counted first): overrides, then a global
 * count, then the heuristics: join tables a fraction of the cross product, 1-1 children one per parent,
 * 1-N children 2–3 per parent, lookups few, core entities tens. Structural limits apply to every count.
 */
export function countRows(schema: Schema, order: readonly string[], deferred: ReadonlySet<string>, options: SeedOptions, seed: number): Map<string, TableCount> {
  const counts = new Map<string, TableCount>();
  const rowsOf = (t: string): number | undefined => counts.get(t)?.rows;
  for (const name of order) {
    const table = schemaIndex(schema).tables.get(name)!;
    const fks = foreignKeysOf(schema, table).filter((fk) => !fk.self && !deferred.has(fk.relation.name) && rowsOf(fk.target) !== undefined);
    const override = options.rows?.[name];
    const at: CountContext = { schema, table, fks, rowsOf };
    const count =
      override !== undefined
        ? spreadOver(at, whole(override), 'override', `${whole(override)} rows (override)`)
        : options.defaultRows !== undefined
          ? spreadOver(at, whole(options.defaultRows), 'global', `${whole(options.defaultRows)} rows (global count)`)
          : heuristicCount(at, seed);
    counts.set(name, limitCount(at, count));
  }
  return counts;
}

function whole(n: number): number {
  return Math.max(0, Math.floor(n));
}

/** What a count is decided from: the table, its usable foreign keys and the parents' counts so far. */
interface CountContext {
  readonly schema: Schema;
  readonly table: Table;
  readonly fks: readonly ForeignKey[];
  readonly rowsOf: (table: string) => number | undefined;
}

function heuristicCount(at: CountContext, seed: number): TableCount {
  const { schema, table, fks, rowsOf } = at;
  const tuple = uniqueTupleOf(table, fks);
  if (table.role === 'join' && tuple) {
    const product = tuple.reduce((n, fk) => n * rowsOf(fk.target)!, 1);
    const rows = Math.min(MAX_DEFAULT_ROWS, Math.max(1, Math.ceil(product * JOIN_FRACTION)));
    return { rows, countRule: 'join', countReason: `a quarter of the ${tuple.map((fk) => fk.target).join(' × ')} pairs (${product}), unique pairs` };
  }
  const oneToOne = fks.find((fk) => fk.unique);
  if (oneToOne) {
    const parents = rowsOf(oneToOne.target)!;
    const optional = oneToOne.relation.from.optional || !oneToOne.required;
    const rows = optional ? Math.floor(parents * OPTIONAL_ONE_TO_ONE_SHARE) : parents;
    return { rows, countRule: 'one-to-one', countReason: `one per ${oneToOne.target} row${optional ? ` for three in four of them` : ''} (1-1), never more` };
  }
  const driving = drivingKey(at);
  if (driving) {
    const rng = rngFor(`${table.name}.*rows`, seed);
    // with a unique pair over the driving key, a parent has at most as many children as distinct partners
    const partners = tuple?.includes(driving) ? tuple.filter((fk) => fk !== driving).reduce((n, fk) => n * rowsOf(fk.target)!, 1) : Infinity;
    const perParent = Array.from({ length: rowsOf(driving.target)! }, () => Math.min(partners, rng.int(CHILDREN_PER_PARENT[0], CHILDREN_PER_PARENT[1])));
    const total = perParent.reduce((a, b) => a + b, 0);
    const pairs = tuple ? `, unique ${tuple.map((fk) => fk.target).join(' × ')} pairs` : '';
    const reason = `${CHILDREN_PER_PARENT[0]}–${CHILDREN_PER_PARENT[1]} per ${driving.target} row (1-N)${pairs}`;
    if (total > MAX_DEFAULT_ROWS) return spreadOver(at, MAX_DEFAULT_ROWS, 'child', `${reason}, capped at ${MAX_DEFAULT_ROWS}`);
    return { rows: total, countRule: 'child', countReason: reason, spread: { relation: driving.relation.name, perParent } };
  }
  if (isLookupTable(schema, table)) return { rows: LOOKUP_ROWS, countRule: 'lookup', countReason: 'lookup table: few rows' };
  const referrers = referencedBy(schema, table);
  const rows = ENTITY_ROWS + ENTITY_ROWS_PER_REFERRER * Math.min(2, referrers);
  return { rows, countRule: 'entity', countReason: `core entity referenced by ${referrers} table${referrers === 1 ? '' : 's'}` };
}

/**
 * The foreign key whose parent a child is counted per: required before optional, and never a lookup
 * (five statuses do not make a task table five times two); canonical relation order breaks ties.
 */
function drivingKey({ schema, table, fks }: CountContext): ForeignKey | undefined {
  if (table.role === 'join' && uniqueTupleOf(table, fks)) return undefined;
  const candidates = fks.filter((fk) => !fk.unique && !isLookupTable(schema, schemaIndex(schema).tables.get(fk.target)!));
  return candidates.find((fk) => fk.required) ?? candidates[0];
}

/** A fixed count spread evenly over the driving parent's rows, when there is one. */
function spreadOver(at: CountContext, rows: number, rule: CountRule, reason: string): TableCount {
  const driving = drivingKey(at);
  const parents = driving ? at.rowsOf(driving.target)! : 0;
  if (!driving || parents === 0) return { rows, countRule: rule, countReason: reason };
  const perParent = Array.from({ length: parents }, (_, i) => Math.floor(rows / parents) + (i < rows % parents ? 1 : 0));
  return { rows, countRule: rule, countReason: `${reason}, spread over ${driving.target}`, spread: { relation: driving.relation.name, perParent } };
}

/** Limits no count may pass: distinct parents for 1-1 keys, distinct pairs, distinct booleans and enum values. */
function limitCount({ schema, table, fks, rowsOf }: CountContext, count: TableCount): TableCount {
  const limits: [number, string][] = [];
  for (const fk of fks) {
    if (fk.required && rowsOf(fk.target) === 0) limits.push([0, `${fk.target} has no rows`]);
    if (fk.unique && fk.required) limits.push([rowsOf(fk.target)!, `one per ${fk.target} row`]);
  }
  const tuple = uniqueTupleOf(table, fks);
  if (tuple) limits.push([tuple.reduce((n, fk) => n * rowsOf(fk.target)!, 1), `${tuple.map((fk) => fk.target).join(' × ')} has no more distinct pairs`]);
  for (const c of table.columns) {
    if (!c.unique && !(table.primaryKey.length === 1 && table.primaryKey[0] === c.name)) continue;
    if (c.type.kind === 'boolean') limits.push([2, `${c.name} is a unique boolean`]);
    const enumName = c.type.kind === 'enum' ? c.type.enumName : undefined;
    const values = enumName === undefined ? undefined : schemaIndex(schema).enums.get(enumName)?.values.length;
    if (values !== undefined) limits.push([values, `${c.name} is a unique ${enumName}`]);
  }
  const tightest = limits.filter(([n]) => n < count.rows).sort((a, b) => a[0] - b[0])[0];
  if (!tightest) return count;
  const { spread: _dropped, ...rest } = count;
  return { ...rest, rows: tightest[0], countReason: `${count.countReason}; limited to ${tightest[0]}: ${tightest[1]}` };
}
