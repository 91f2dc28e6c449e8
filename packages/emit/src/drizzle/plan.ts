import { camelCase, tableNameOf, type Relation, type Schema } from '@schemawright/ir';
import { claimName } from '../prisma/identifiers.js';
import { nameSchema, type SchemaNames } from '../prisma/names.js';
import { nameRelationFields, type RelationFields } from '../prisma/relation-fields.js';
import { sqlDialectOf } from '../sql/dialect.js';
import { planSql, type SqlPlan } from '../sql/plan.js';
import { JS_RESERVED_WORDS } from '../typeorm/typescript-source.js';
import { DRIZZLE_DIALECTS, DRIZZLE_RESERVED_NAMES, type DrizzleDialect } from './column-builders.js';

/** The decisions behind `drizzle/schema.ts`. */
export interface DrizzlePlan {
  readonly schema: Schema;
  /** The same decisions schema.sql is written from, in the provider's SQL dialect. */
  readonly sql: SqlPlan;
  readonly dialect: DrizzleDialect;
  readonly names: SchemaNames;
  readonly relations: readonly RelationFields[];
  /** Table name → its variable (`users`), the plural camelCase of the Prisma model. */
  readonly tables: ReadonlyMap<string, string>;
  /** Table name → the variable of its `relations()` (`usersRelations`). */
  readonly relationVars: ReadonlyMap<string, string>;
  /** Enum name → its `pgEnum` variable (`taskStatusEnum`). */
  readonly enums: ReadonlyMap<string, string>;
  /** Relation names whose `.references()` callback needs a return type: the tables refer to each other. */
  readonly cyclic: ReadonlySet<string>;
}

/** Names every variable once, in schema order, reusing Prisma's model and field names so the ORMs agree. */
export function planDrizzle(schema: Schema): DrizzlePlan {
  const names = nameSchema(schema);
  const taken = new Set<string>();
  const reserved = new Set([...JS_RESERVED_WORDS, ...DRIZZLE_RESERVED_NAMES]);
  const claim = (base: string, suffix: string) => claimName(base, taken, suffix, reserved);
  const tables = new Map(schema.tables.map((t) => [t.name, claim(camelCase(tableNameOf(names.models.get(t.name)!)), 'Table')]));
  const enums = new Map(schema.enums.map((e) => [e.name, claim(`${camelCase(names.enums.get(e.name)!.name).replace(/Enum$/, '')}Enum`, '')]));
  const relationVars = new Map(schema.tables.map((t) => [t.name, claim(`${tables.get(t.name)!}Relations`, '')]));
  return {
    schema,
    sql: planSql(schema, sqlDialectOf(schema.database.provider)),
    dialect: DRIZZLE_DIALECTS[sqlDialectOf(schema.database.provider)],
    names,
    relations: nameRelationFields(schema, names),
    tables,
    relationVars,
    enums,
    cyclic: new Set(schema.relations.filter((r) => r.from.table === r.to.table || reaches(schema.relations, r.to.table, r.from.table)).map((r) => r.name)),
  };
}

/** True when foreign keys lead from table `a` to table `b` (a holds a key to …, which holds a key to b). */
function reaches(relations: readonly Relation[], a: string, b: string): boolean {
  const seen = new Set<string>();
  const stack = [a];
  while (stack.length > 0) {
    const table = stack.pop()!;
    if (table === b) return true;
    if (seen.has(table)) continue;
    seen.add(table);
    for (const r of relations) if (r.from.table === table) stack.push(r.to.table);
  }
  return false;
}
