import type { Table } from '@schemawright/ir';
import { tsString } from '../typeorm/typescript-source.js';
import type { Uses } from './print-column.js';
import type { DrizzlePlan } from './plan.js';

/**
 * `relations()` of table `t` for Drizzle's query API: the sides holding a key (`one(target, { fields,
 * references })`), then the sides pointing here (`many(holder)`, or `one(holder)` for one-to-one), with
 * Prisma's field names and, where two relations join the same tables, Prisma's relation name. Nothing when
 * the table has no relations.
 */
export function printRelations(plan: DrizzlePlan, t: Table, uses: Uses): string[] {
  const self = plan.tables.get(t.name)!;
  const entries: string[] = [];
  const helpers = new Set<string>();
  for (const rf of plan.relations) {
    if (rf.relation.from.table !== t.name) continue;
    const r = rf.relation;
    const target = plan.tables.get(r.to.table)!;
    const fields = plan.names.fields.get(r.from.table)!;
    const targetFields = plan.names.fields.get(r.to.table)!;
    const options = [
      `fields: [${r.from.columns.map((c) => `${self}.${fields.get(c) ?? c}`).join(', ')}]`,
      `references: [${r.to.columns.map((c) => `${target}.${targetFields.get(c) ?? c}`).join(', ')}]`,
      ...(rf.relationName !== undefined ? [`relationName: ${tsString(rf.relationName)}`] : []),
    ];
    helpers.add('one');
    entries.push(`  ${rf.holderField}: one(${target}, { ${options.join(', ')} }),`);
  }
  for (const rf of plan.relations) {
    if (rf.relation.to.table !== t.name) continue;
    const r = rf.relation;
    const helper = rf.backList ? 'many' : 'one';
    helpers.add(helper);
    const holder = plan.tables.get(r.from.table)!;
    let config = '';
    if (rf.relationName !== undefined && !rf.backList) {
      // Drizzle cannot name the inverse side of a one-to-one (a named `one` needs fields), so it joins the
      // other way round; its type then reads as always present although the row may have no holder
      const fields = plan.names.fields.get(t.name)!;
      const holderFields = plan.names.fields.get(r.from.table)!;
      const own = r.to.columns.map((c) => `${self}.${fields.get(c) ?? c}`).join(', ');
      const theirs = r.from.columns.map((c) => `${holder}.${holderFields.get(c) ?? c}`).join(', ');
      config = `, { fields: [${own}], references: [${theirs}], relationName: ${tsString(rf.relationName)} }`;
    } else if (rf.relationName !== undefined) {
      config = `, { relationName: ${tsString(rf.relationName)} }`;
    }
    entries.push(`  ${rf.backField}: ${helper}(${holder}${config}),`);
  }
  if (entries.length === 0) return [];
  const destructured = ['one', 'many'].filter((h) => helpers.has(h)).join(', ');
  return [`export const ${plan.relationVars.get(t.name)!} = ${uses.orm('relations')}(${self}, ({ ${destructured} }) => ({`, ...entries, '}));'];
}
