import { assertNever, type DatabaseProvider, type ReferentialAction, type Table } from '@schemawright/ir';
import { foreignKeyName } from '../sql/constraint-names.js';
import { prismaString } from './defaults.js';
import type { PrismaPlan } from './plan.js';
import type { RelationFields } from './relation-fields.js';

/** Providers whose foreign keys have no name Prisma could set (`map:` is refused). */
const UNNAMED_FOREIGN_KEYS: ReadonlySet<DatabaseProvider> = new Set(['sqlite', 'mongodb']);

/** Prisma's spelling of a referential action. */
export function prismaAction(a: ReferentialAction): string {
  switch (a) {
    case 'cascade': return 'Cascade';
    case 'restrict': return 'Restrict';
    case 'set-null': return 'SetNull';
    case 'no-action': return 'NoAction';
    default: return assertNever(a, 'referential action');
  }
}

/**
 * The relation fields of model `t`: first the fields holding a key (with `@relation(fields, references,
 * onDelete)`), then the back fields of relations pointing here, then the list fields of implicit
 * many-to-many relations, each in schema order.
 */
export function relationLines(t: Table, plan: PrismaPlan): { lines: string[]; fieldNames: string[] } {
  const provider = plan.schema.database.provider;
  const lines: string[] = [];
  const fieldNames: string[] = [];
  const { from, to } = relationFieldsByTable(plan.relations);
  for (const rf of from.get(t.name) ?? []) {
    const r = rf.relation;
    const holderFields = plan.names.fields.get(r.from.table)!;
    const targetFields = plan.names.fields.get(r.to.table)!;
    const actions = plan.actions.get(r.name) ?? { onDelete: r.onDelete, onUpdate: 'cascade' };
    const args: string[] = [];
    if (rf.relationName !== undefined) args.push(prismaString(rf.relationName));
    args.push(`fields: [${r.from.columns.map((c) => holderFields.get(c) ?? c).join(', ')}]`);
    args.push(`references: [${r.to.columns.map((c) => targetFields.get(c) ?? c).join(', ')}]`);
    args.push(`onDelete: ${prismaAction(actions.onDelete)}`);
    if (actions.onUpdate === 'no-action') args.push('onUpdate: NoAction');
    if (!UNNAMED_FOREIGN_KEYS.has(provider) && r.name !== foreignKeyName(r.from.table, r.from.columns, provider)) args.push(`map: ${prismaString(r.name)}`);
    lines.push(`${rf.holderField} ${rf.targetModel}${rf.holderOptional ? '?' : ''} @relation(${args.join(', ')})`);
    fieldNames.push(rf.holderField);
  }
  for (const rf of to.get(t.name) ?? []) {
    const named = rf.relationName !== undefined ? ` @relation(${prismaString(rf.relationName)})` : '';
    lines.push(`${rf.backField} ${rf.holderModel}${rf.backList ? '[]' : '?'}${named}`);
    fieldNames.push(rf.backField);
  }
  for (const m of plan.manyToMany) {
    const named = m.relationName !== undefined ? ` @relation(${prismaString(m.relationName)})` : '';
    if (m.implicit.a.to.table === t.name) {
      lines.push(`${m.aField} ${m.bModel}[]${named}`);
      fieldNames.push(m.aField);
    }
    if (m.implicit.b.to.table === t.name) {
      lines.push(`${m.bField} ${m.aModel}[]${named}`);
      fieldNames.push(m.bField);
    }
  }
  return { lines, fieldNames };
}

// Every model asks for its relation fields: group them once per plan, in schema order, instead of walking
// every relation of the schema for every model.
const byTable = new WeakMap<readonly RelationFields[], { from: Map<string, RelationFields[]>; to: Map<string, RelationFields[]> }>();

function relationFieldsByTable(relations: readonly RelationFields[]): { from: Map<string, RelationFields[]>; to: Map<string, RelationFields[]> } {
  const known = byTable.get(relations);
  if (known) return known;
  const from = new Map<string, RelationFields[]>();
  const to = new Map<string, RelationFields[]>();
  for (const rf of relations) {
    for (const [map, table] of [[from, rf.relation.from.table], [to, rf.relation.to.table]] as const) {
      const list = map.get(table);
      if (list) list.push(rf);
      else map.set(table, [rf]);
    }
  }
  const grouped = { from, to };
  byTable.set(relations, grouped);
  return grouped;
}
