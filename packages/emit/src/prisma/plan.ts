import type { Diagnostic, Schema } from '@schemawright/ir';
import { oneToOneKeysOf } from '../sql/one-to-one.js';
import { foreignKeyActionsOf, type ForeignKeyActions } from '../sql/referential-actions.js';
import { nameSchema, type SchemaNames } from './names.js';
import { implicitManyToManyOf } from './implicit-relations.js';
import { nameAllRelationFields, type ManyToManyFields, type RelationFields } from './relation-fields.js';

/** Everything the printer needs besides the schema: names, relation fields, foreign key actions. */
export interface PrismaPlan {
  readonly schema: Schema;
  readonly names: SchemaNames;
  readonly relations: readonly RelationFields[];
  /** Implicit many-to-many relations: list fields on both models, no model for their table. */
  readonly manyToMany: readonly ManyToManyFields[];
  /** Tables Prisma makes itself (implicit many-to-many): no model block. */
  readonly implicitTables: ReadonlySet<string>;
  /** Relation name → actions. */
  readonly actions: ReadonlyMap<string, ForeignKeyActions>;
  /** Table name → one-to-one keys that need a unique constraint. */
  readonly oneToOneKeys: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Makes every naming and action decision before printing, so printing is a plain walk. */
export function planPrisma(schema: Schema): PrismaPlan {
  // schema.prisma and erd.md both read the plan of the same schema: make it once
  const known = plans.get(schema);
  if (known) return known;
  const plan = makePlan(schema);
  plans.set(schema, plan);
  return plan;
}

const plans = new WeakMap<Schema, PrismaPlan>();

function makePlan(schema: Schema): PrismaPlan {
  const names = nameSchema(schema);
  const actions = foreignKeyActionsOf(schema);
  const fields = nameAllRelationFields(schema, names, implicitManyToManyOf(schema, names.models));
  return {
    schema,
    names,
    relations: fields.relations,
    manyToMany: fields.manyToMany,
    implicitTables: new Set(fields.manyToMany.map((m) => m.implicit.table.name)),
    actions: actions.value,
    oneToOneKeys: oneToOneKeysOf(schema),
    diagnostics: actions.diagnostics,
  };
}
