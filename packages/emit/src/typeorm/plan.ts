import { camelCase, words, type Schema } from '@schemawright/ir';
import { claimName } from '../prisma/identifiers.js';
import { nameSchema, type SchemaNames } from '../prisma/names.js';
import { nameRelationFields, type RelationFields } from '../prisma/relation-fields.js';
import { sqlDialectOf } from '../sql/dialect.js';
import { oneToOneKeysOf } from '../sql/one-to-one.js';
import { planSql, type SqlPlan } from '../sql/plan.js';
import { JS_RESERVED_WORDS } from './typescript-source.js';

/** Every name TypeORM entity files import from `typeorm`, in the order the import line lists them. */
export const TYPEORM_IMPORTS: readonly string[] = [
  'Column', 'CreateDateColumn', 'Entity', 'Generated', 'Index', 'JoinColumn', 'ManyToOne', 'OneToMany', 'OneToOne',
  'PrimaryColumn', 'PrimaryGeneratedColumn', 'Relation', 'Unique', 'UpdateDateColumn',
];

/** Global types a property may name; a class of the same name shadows them, so they are written `globalThis.X`. */
const GLOBAL_TYPES: readonly string[] = ['Date', 'Buffer'];

/** The decisions behind the entity files: Prisma's names, the SQL plan's keys/actions/defaults, file names. */
export interface TypeOrmPlan {
  readonly schema: Schema;
  /** The same decisions schema.sql is written from, in the provider's SQL dialect. */
  readonly sql: SqlPlan;
  readonly names: SchemaNames;
  readonly relations: readonly RelationFields[];
  /** Table name → file stem (`order-item` for `order-item.entity.ts`). */
  readonly files: ReadonlyMap<string, string>;
  /** `typeorm` export → the local name entity files use (aliased when a class or enum takes the name). */
  readonly imports: ReadonlyMap<string, string>;
  /** `Date`/`Buffer` → how a property type names it. */
  readonly globals: ReadonlyMap<string, string>;
  /** Table name → keys that are unique only because of a one-to-one relation (TypeORM adds those itself). */
  readonly oneToOneKeys: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Model name → the parameter name of inverse-side callbacks (`(task) => task.project`). */
  readonly params: ReadonlyMap<string, string>;
}

/** Makes every naming decision up front, reusing the Prisma emitter's names so all ORMs agree. */
export function planTypeOrm(schema: Schema): TypeOrmPlan {
  const names = nameSchema(schema);
  const typeNames = new Set([...names.models.values(), ...[...names.enums.values()].map((e) => e.name)]);
  const imports = new Map<string, string>();
  const importNames = new Set(typeNames);
  for (const name of TYPEORM_IMPORTS) imports.set(name, typeNames.has(name) ? claimName(`TypeOrm${name}`, importNames, '') : name);
  const globals = new Map(GLOBAL_TYPES.map((g) => [g, typeNames.has(g) ? `globalThis.${g}` : g]));
  const files = new Map<string, string>();
  const taken = new Set<string>();
  schema.tables.forEach((t, i) => files.set(t.name, claimName(words(names.models.get(t.name)!).join('-') || `model-${i + 1}`, taken, '')));
  const params = new Map<string, string>();
  for (const model of names.models.values()) {
    const param = camelCase(model);
    params.set(model, JS_RESERVED_WORDS.has(param) || /^[0-9]/.test(param) || param === '' ? 'entity' : param);
  }
  return {
    schema,
    sql: planSql(schema, sqlDialectOf(schema.database.provider)),
    names,
    relations: nameRelationFields(schema, names),
    files,
    imports,
    globals,
    params,
    oneToOneKeys: oneToOneKeysOf(schema),
  };
}
