import type { Schema, Table } from '@schemawright/ir';
import { GENERATOR_DESCRIPTIONS } from '../data/generator-descriptions.js';
import { streamSeed } from '../random.js';
import type { SeedColumnPlan, SeedSpread } from '../types.js';
import { foreignKeysOf, uniqueKeys, uniqueTupleOf, type ForeignKey } from './foreign-keys.js';
import { booleanBias } from '../generate/values.js';
import { chooseGenerator } from './generators.js';

/** Share of rows where an optional foreign key stays null. */
export const NULL_FOREIGN_KEY_SHARE = 0.2;
/** Share of rows where a nullable plain column stays null. */
export const NULL_VALUE_SHARE = 0.125;

/** The plan of every column of a table, in the table's column order. */
export function planColumns(schema: Schema, table: Table, lookup: boolean, deferred: ReadonlySet<string>, spread: SeedSpread | undefined, seed: number): SeedColumnPlan[] {
  const fks = foreignKeysOf(schema, table);
  const tuple = uniqueTupleOf(table, fks.filter((fk) => !deferred.has(fk.relation.name)));
  const singleUniques = new Set(uniqueKeys(table).filter((k) => k.length === 1).map((k) => k[0]!));
  return table.columns.map((column) => {
    const fk = fks.find((f) => f.columns.includes(column.name));
    const unique = singleUniques.has(column.name);
    const base = { column: column.name, seed: streamSeed(`${table.name}.${column.name}`, seed), unique };
    if (fk) {
      const sometimesNull = foreignKeySometimesNull(fk, tuple, spread);
      const how = foreignKeyRule(fk, tuple, spread, deferred.has(fk.relation.name), sometimesNull);
      const target = fk.targetColumns[fk.columns.indexOf(column.name)] ?? fk.targetColumns[0];
      return { ...base, generator: 'foreign-key', rule: `→ ${fk.target}.${target}: ${how}`, sometimesNull, relation: fk.relation.name };
    }
    const choice = chooseGenerator(table, column, lookup);
    const sometimesNull = column.nullable && !unique && !table.primaryKey.includes(column.name) && choice.generator !== 'none';
    const bias = choice.generator === 'boolean' ? booleanBias(column) : 0.5;
    const describe = bias === 0.5 ? GENERATOR_DESCRIPTIONS[choice.generator].replace('{earlier}', choice.earlier ?? '') : `true in about ${Math.round(bias * 100)}% of rows`;
    const uniqueNote = ['string', 'text', 'unknown'].includes(column.type.kind) ? 'unique (a repeat gets a numeric suffix)' : 'unique';
    const rule = [describe, unique ? uniqueNote : '', sometimesNull ? 'null in about 1 of 8 rows' : ''].filter((x) => x !== '').join('; ');
    const plan: SeedColumnPlan = { ...base, generator: choice.generator, rule, sometimesNull };
    return choice.earlier === undefined ? plan : { ...plan, earlier: choice.earlier };
  });
}

/** An optional foreign key is sometimes null, unless it groups the rows or forms a unique pair. */
export function foreignKeySometimesNull(fk: ForeignKey, tuple: readonly ForeignKey[] | undefined, spread: SeedSpread | undefined): boolean {
  return !fk.required && !tuple?.includes(fk) && spread?.relation !== fk.relation.name;
}

/** How a foreign key picks its parent rows, in words. */
function foreignKeyRule(fk: ForeignKey, tuple: readonly ForeignKey[] | undefined, spread: SeedSpread | undefined, deferred: boolean, sometimesNull: boolean): string {
  const parts: string[] = [];
  if (fk.self) parts.push(fk.required ? 'an earlier row of the same table (the first row points at itself)' : 'an earlier row of the same table');
  else if (tuple?.includes(fk)) parts.push(`unique ${tuple.map((f) => f.target).join(' × ')} pairs${spread?.relation === fk.relation.name ? `, grouped by ${fk.target} row` : ''}`);
  else if (fk.unique) parts.push(`a distinct ${fk.target} row per row (1-1)`);
  else if (spread?.relation === fk.relation.name) parts.push(`rows grouped by ${fk.target} row, per the row count`);
  else parts.push(`a random ${fk.target} row`);
  if (sometimesNull) parts.push('null in about 1 of 5 rows');
  if (deferred) parts.push(fk.required ? 'inserted as null with NOT NULL relaxed, set after the cycle' : 'inserted as null, set after the cycle');
  return parts.join('; ');
}
