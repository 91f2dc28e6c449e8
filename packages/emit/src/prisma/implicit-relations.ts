import { compareStrings, defaultImplicitRelationName, implicitRelationNameOf, isImplicitJunction, type Relation, type Schema, type Table } from '@schemawright/ir';
import { relationsFrom, relationsTo, tableNamed } from '../sql/schema-lookup.js';

/** A junction table Prisma makes itself from two list fields: an implicit many-to-many. */
export interface ImplicitManyToMany {
  readonly table: Table;
  /** `_Likes` → `Likes`: the table is `_${relationName}`. */
  readonly relationName: string;
  /** The relation whose key is `A` (to the model sorting first) and the one whose key is `B`. */
  readonly a: Relation;
  readonly b: Relation;
}

/**
 * Junction tables shaped as Prisma's implicit many-to-many table, whose Prisma form is two list fields
 * instead of a model: `isImplicitJunction` (role join, `_…`, columns `A`, `B` as primary key), exactly two
 * foreign keys `A` and `B`, each to the single-column primary key of a table printed as a model, nothing
 * pointing at the junction, and `A`'s model sorting no later than `B`'s (Prisma's own rule; the other way
 * round Prisma would make a different table, so such a table stays a model). `models`: table → model name.
 */
export function implicitManyToManyOf(schema: Schema, models: ReadonlyMap<string, string>): ImplicitManyToMany[] {
  const out: ImplicitManyToMany[] = [];
  // Prisma's MongoDB connector has no implicit many-to-many tables (the Mongo emitter makes id lists)
  if (schema.database.provider === 'mongodb') return out;
  for (const t of schema.tables) {
    if (!isImplicitJunction(t) || relationsTo(schema, t.name).length > 0) continue;
    const held = relationsFrom(schema, t.name);
    const a = held.find((r) => r.from.columns.length === 1 && r.from.columns[0] === 'A');
    const b = held.find((r) => r.from.columns.length === 1 && r.from.columns[0] === 'B');
    if (held.length !== 2 || !a || !b) continue;
    if (![a, b].every((r) => singleKeyTarget(schema, r))) continue;
    if (compareStrings(models.get(a.to.table) ?? '', models.get(b.to.table) ?? '') > 0) continue;
    out.push({ table: t, relationName: implicitRelationNameOf(t), a, b });
  }
  return out;
}

function singleKeyTarget(schema: Schema, r: Relation): boolean {
  const target = tableNamed(schema, r.to.table);
  return target !== undefined && !isImplicitJunction(target) && target.primaryKey.length === 1 && r.to.columns.length === 1 && r.to.columns[0] === target.primaryKey[0];
}

/** True when the implicit relation's name is Prisma's default for its models, so `@relation` may leave it out. */
export function hasDefaultName(m: ImplicitManyToMany, models: ReadonlyMap<string, string>): boolean {
  return m.relationName === defaultImplicitRelationName(models.get(m.a.to.table)!, models.get(m.b.to.table)!);
}
