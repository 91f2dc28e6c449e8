import type { Diagnostic, Relation, Schema } from '@schemawright/ir';
import { nameRelationFields, nameSchema, type RelationFields, type SchemaNames } from '../prisma/index.js';
import { foreignKeyActionsOf, oneToOneKeysOf, type ForeignKeyActions } from '../sql/index.js';
import { nameDocumentFields, type DocumentField } from './document-fields.js';
import { embeddingsOf, type Embedding } from './embedded.js';
import { idListJunctionsOf, type IdListJunction } from './id-lists.js';
import { surrogateIdOf } from './object-ids.js';
import { claimName } from './prisma-text.js';

/** Every decision of the MongoDB design, made before printing so printing is a plain walk. */
export interface MongoPlan {
  readonly schema: Schema;
  /** Relations that stay references between collections (not embedded, not id lists), in schema order. */
  readonly references: readonly Relation[];
  readonly names: SchemaNames;
  /** Relation fields of `references`. */
  readonly referenceFields: readonly RelationFields[];
  /** Relation name → actions (Prisma emulates them on MongoDB; cycles get NoAction). */
  readonly actions: ReadonlyMap<string, ForeignKeyActions>;
  /** Table → one-to-one keys that need a unique constraint. */
  readonly oneToOneKeys: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly embeddings: ReadonlyMap<string, Embedding>;
  readonly junctions: ReadonlyMap<string, IdListJunction>;
  /** Table → the ObjectId id field added beside a natural or compound key. */
  readonly addedIds: ReadonlyMap<string, string>;
  /** Parent table → embedded and id-list fields. */
  readonly documentFields: ReadonlyMap<string, readonly DocumentField[]>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Plans the document design: which tables embed, which junctions become id lists, what stays a reference,
 * and every name. Names come from the Prisma emitter's `nameSchema` / `nameRelationFields` so a model or
 * field is called the same on every provider; reference fields are named over the references alone, so a
 * back field is not suffixed for a junction relation that no longer prints.
 */
export function planMongo(schema: Schema): MongoPlan {
  const embeddings = embeddingsOf(schema);
  const junctions = idListJunctionsOf(schema);
  const references = schema.relations.filter((r) => !embeddings.has(r.from.table) && !junctions.has(r.from.table));
  const referenceSchema: Schema = { ...schema, relations: references };
  const names = nameSchema(schema);
  const referenceFields = nameRelationFields(referenceSchema, names);
  const actions = foreignKeyActionsOf(referenceSchema);

  const taken = new Map<string, Set<string>>();
  for (const [table, fields] of names.fields) taken.set(table, new Set(fields.values()));
  for (const rf of referenceFields) {
    taken.get(rf.relation.from.table)!.add(rf.holderField);
    taken.get(rf.relation.to.table)!.add(rf.backField);
  }
  const addedIds = new Map<string, string>();
  for (const t of schema.tables) {
    if (embeddings.has(t.name) || junctions.has(t.name) || surrogateIdOf(schema, t) !== undefined) continue;
    addedIds.set(t.name, claimName('id', taken.get(t.name)!, 'Field'));
  }
  const documentFields = nameDocumentFields({
    schema,
    names,
    allRelationFields: nameRelationFields(schema, names),
    referenceFields,
    embeddings,
    junctions,
    taken,
  });
  return {
    schema,
    references,
    names,
    referenceFields,
    actions: actions.value,
    oneToOneKeys: oneToOneKeysOf(referenceSchema),
    embeddings,
    junctions,
    addedIds,
    documentFields,
    diagnostics: actions.diagnostics,
  };
}
