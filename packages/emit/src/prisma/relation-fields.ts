import { camelCase, compareStrings, pascalCase, tableNameOf, words, type Relation, type Schema } from '@schemawright/ir';
import { columnNamed, tableNamed } from '../sql/schema-lookup.js';
import { claimName } from './identifiers.js';
import { hasDefaultName, type ImplicitManyToMany } from './implicit-relations.js';
import type { SchemaNames } from './names.js';

/** Trailing words of a foreign key column that name the key rather than the thing (`owner_id` → owner). */
export const FOREIGN_KEY_SUFFIX_WORDS: readonly string[] = ['id', 'uuid', 'fk'];

/** The two Prisma fields of one relation. */
export interface RelationFields {
  readonly relation: Relation;
  readonly holderModel: string;
  readonly targetModel: string;
  /** Field on the model holding the key, typed as the target model. */
  readonly holderField: string;
  /** Field on the target model: a list of holders, or one optional holder for a one-to-one. */
  readonly backField: string;
  /** Set for self relations and when several relations join the same pair of models. */
  readonly relationName?: string;
  /** The key has a nullable column, so the holder field is optional. */
  readonly holderOptional: boolean;
  /** False for one-to-one (from.cardinality 'one'): the back field is a single optional field. */
  readonly backList: boolean;
}

/** The two list fields of an implicit many-to-many. */
export interface ManyToManyFields {
  readonly implicit: ImplicitManyToMany;
  /** The model `A` points at, its field listing the `B` side, and the same for `B`. */
  readonly aModel: string;
  readonly aField: string;
  readonly bModel: string;
  readonly bField: string;
  /** Set when `@relation("…")` must print: a self relation, a pair with several relations, a non-default name. */
  readonly relationName?: string;
}

/** Relation fields of foreign keys and of implicit many-to-many relations. */
export interface AllRelationFields {
  readonly relations: RelationFields[];
  readonly manyToMany: ManyToManyFields[];
}

/**
 * Names both fields of every relation, in schema order (relations of implicit many-to-many tables are the
 * list fields of `manyToMany` instead). The holder field is the key column without its
 * `_id` (`project_id` → project; the target's name for composite keys and keys without such a suffix); the back field is the holder model
 * in plural camelCase (`tasks`), singular for one-to-one, with `As<HolderField>` added when the relation is
 * named (`tasksAsAssignee`). Scalar fields keep their names; holder fields claim before back fields; a clash
 * gets the `Relation` suffix rule of `claimName`.
 */
export function nameRelationFields(schema: Schema, names: SchemaNames): RelationFields[] {
  return nameAllRelationFields(schema, names, []).relations;
}

/** `nameRelationFields`, with the implicit many-to-many relations of `implicit` as pairs of list fields. */
export function nameAllRelationFields(schema: Schema, names: SchemaNames, implicit: readonly ImplicitManyToMany[]): AllRelationFields {
  const taken = new Map<string, Set<string>>();
  for (const [table, fields] of names.fields) taken.set(table, new Set(fields.values()));
  const takenIn = (table: string) => {
    let set = taken.get(table);
    if (!set) taken.set(table, (set = new Set<string>()));
    return set;
  };
  const inJunction = new Set(implicit.flatMap((m) => [m.a.name, m.b.name]));
  const relations = schema.relations.filter((r) => !inJunction.has(r.name));
  const pairCount = new Map<string, number>();
  const count = (key: string) => pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
  for (const r of relations) count(pairKey(r));
  for (const m of implicit) count(pairOf(m.a.to.table, m.b.to.table));
  const relationNames = new Set<string>(implicit.map((m) => m.relationName));

  const holders = relations.map((r) => {
    const targetModel = names.models.get(r.to.table)!;
    return claimName(holderFieldBase(r, targetModel), takenIn(r.from.table), 'Relation');
  });
  const fields = relations.map((r, i) => {
    const holderModel = names.models.get(r.from.table)!;
    const targetModel = names.models.get(r.to.table)!;
    const holderField = holders[i]!;
    const named = r.from.table === r.to.table || (pairCount.get(pairKey(r)) ?? 0) > 1;
    const backList = r.from.cardinality === 'many';
    const holderWords = backList ? tableNameOf(holderModel) : holderModel;
    const backBase = camelCase(named ? `${holderWords} as ${pascalCase(holderField)}` : holderWords);
    const backField = claimName(backBase, takenIn(r.to.table), 'Relation');
    const holder = tableNamed(schema, r.from.table);
    const holderOptional = r.from.columns.some((c) => (holder && columnNamed(holder, c))?.nullable === true);
    const fields: RelationFields = { relation: r, holderModel, targetModel, holderField, backField, holderOptional, backList };
    return named ? { ...fields, relationName: claimName(`${holderModel}${pascalCase(holderField)}`, relationNames, '') } : fields;
  });
  const manyToMany = implicit.map((m): ManyToManyFields => {
    const aModel = names.models.get(m.a.to.table)!;
    const bModel = names.models.get(m.b.to.table)!;
    const self = m.a.to.table === m.b.to.table;
    const named = self || (pairCount.get(pairOf(m.a.to.table, m.b.to.table)) ?? 0) > 1 || !hasDefaultName(m, names.models);
    // a named pair tells its fields apart by the documents' verb (`usersAsFollows`), else by the relation name
    const tag = words(m.a.label ?? '').join(' ') || m.relationName;
    const suffix = named ? ` as ${tag}` : '';
    // a self relation's two fields list the same model: Prisma pairs A with the field name sorting first
    const aField = claimName(camelCase(`${tableNameOf(bModel)}${suffix}`), takenIn(m.a.to.table), 'Relation');
    const bField = claimName(camelCase(`${tableNameOf(aModel)}${self ? ` of ${tag}` : suffix}`), takenIn(m.b.to.table), 'Relation');
    return { implicit: m, aModel, aField, bModel, bField, ...(named ? { relationName: m.relationName } : {}) };
  });
  return { relations: fields, manyToMany };
}

function holderFieldBase(r: Relation, targetModel: string): string {
  if (r.from.columns.length !== 1) return camelCase(targetModel);
  const w = words(r.from.columns[0]!);
  const length = w.length;
  while (w.length > 0 && FOREIGN_KEY_SUFFIX_WORDS.includes(w[w.length - 1]!)) w.pop();
  const base = camelCase(w.join(' '));
  // a column without a key suffix (`author_handle`) is the scalar's own name: name the field for the target
  // and a column in another script (`사용자_id`) has no Latin name to give: the target model's name is one
  return base === '' || w.length === length || /^[0-9]/.test(base) || /[^\x00-\x7F]/.test(base) ? camelCase(targetModel) : base;
}

function pairKey(r: Relation): string {
  return pairOf(r.from.table, r.to.table);
}

function pairOf(x: string, y: string): string {
  return compareStrings(x, y) < 0 ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}
