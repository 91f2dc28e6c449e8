import { camelCase, compareStrings, defaultImplicitRelationName, tableNameOf, type Relation, type Schema } from '@schemawright/ir';
import type { RelationFields, SchemaNames } from '../prisma/index.js';
import type { Embedding } from './embedded.js';
import type { IdListJunction } from './id-lists.js';
import { surrogateIdOf } from './object-ids.js';
import { claimName } from './prisma-text.js';

/** A field holding embedded documents: `steps Step[]`, `profile Profile?`. */
export interface EmbeddedField {
  readonly kind: 'embedded';
  readonly field: string;
  readonly typeName: string;
  readonly embedding: Embedding;
}

/** The two fields of one side of an id-list many-to-many: `tagIds String[] @db.ObjectId` and `tags Tag[] @relation(…)`. */
export interface IdListField {
  readonly kind: 'id-list';
  readonly idsField: string;
  readonly listField: string;
  readonly targetModel: string;
  /** The target's id field, which the ids reference. */
  readonly targetIdField: string;
  /** Set for self links and when another relation joins the same two models (Prisma needs it to pair the sides). */
  readonly relationName?: string;
  readonly junction: IdListJunction;
  /** The junction relation pointing at the model that holds these fields. */
  readonly side: Relation;
}

export type DocumentField = EmbeddedField | IdListField;

/** What naming the document fields needs from the plan. */
export interface DocumentFieldInput {
  readonly schema: Schema;
  readonly names: SchemaNames;
  /** Relation fields of every relation of the IR, for the names the embedded and junction relations would have had. */
  readonly allRelationFields: readonly RelationFields[];
  /** Relation fields of the relations that stay references. */
  readonly referenceFields: readonly RelationFields[];
  readonly embeddings: ReadonlyMap<string, Embedding>;
  readonly junctions: ReadonlyMap<string, IdListJunction>;
  /** Table → field names already taken in its model (scalars, added id, reference fields). */
  readonly taken: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Names the fields the document design adds, by parent table, embedded fields first, then id lists, each
 * in schema order. An embedded field takes the name the back field of its relation had (`steps`, `profile`);
 * an id list is named for the junction's key toward the other side (`tag_id` → `tags` + `tagIds`), which
 * tells two links to the same model apart (`followers`, `followees`), or for the junction when that name is
 * taken (`idListStem`). Remaining clashes get the `Relation` suffix rule.
 */
export function nameDocumentFields(input: DocumentFieldInput): ReadonlyMap<string, readonly DocumentField[]> {
  const { schema, names } = input;
  const taken = new Map<string, Set<string>>();
  const takenIn = (table: string) => taken.get(table) ?? taken.set(table, new Set(input.taken.get(table))).get(table)!;
  const out = new Map<string, DocumentField[]>();
  const add = (table: string, f: DocumentField) => out.set(table, [...(out.get(table) ?? []), f]);
  const fieldsOf = (r: Relation) => input.allRelationFields.find((rf) => rf.relation.name === r.name)!;

  for (const e of input.embeddings.values()) {
    const field = claimName(fieldsOf(e.relation).backField, takenIn(e.parent), 'Relation');
    add(e.parent, { kind: 'embedded', field, typeName: names.models.get(e.table.name)!, embedding: e });
  }
  const relationNames = new Set(input.referenceFields.flatMap((rf) => (rf.relationName === undefined ? [] : [rf.relationName])));
  // Prisma names an unnamed relation `${A}To${B}`: a junction called that (`_CollectorToPiece`) must not take it
  for (const j of input.junctions.values()) relationNames.add(defaultImplicitRelationName(names.models.get(j.ends[0].to.table)!, names.models.get(j.ends[1].to.table)!));
  const pairs = pairCounts(input.referenceFields.map((rf) => rf.relation), [...input.junctions.values()]);
  for (const j of input.junctions.values()) {
    const [a, b] = j.ends;
    const named = a.to.table === b.to.table || (pairs.get(pairKey(a.to.table, b.to.table)) ?? 0) > 1;
    const relationName = named ? claimName(names.models.get(j.table.name)!, relationNames, '') : undefined;
    // each side lists the other side, named for the junction key that points there
    for (const [side, other] of [[a, b], [b, a]] as const) {
      const target = schema.tables.find((t) => t.name === other.to.table)!;
      const stem = idListStem(fieldsOf(other).holderField, names.models.get(j.table.name)!, takenIn(side.to.table));
      const f: IdListField = {
        kind: 'id-list',
        idsField: claimName(camelCase(`${stem} ids`), takenIn(side.to.table), 'Relation'),
        listField: claimName(camelCase(tableNameOf(stem)), takenIn(side.to.table), 'Relation'),
        targetModel: names.models.get(target.name)!,
        targetIdField: names.fields.get(target.name)!.get(surrogateIdOf(schema, target)!.name)!,
        junction: j,
        side,
      };
      add(side.to.table, relationName === undefined ? f : { ...f, relationName });
    }
  }
  return out;
}

/**
 * The word the two fields of an id list are built from: the junction key's name (`tag` → `tagIds`, `tags`);
 * the junction's model name when that is taken, as on a model whose back field already lists the same target
 * through a one-to-many (`recipes` → `recipeLikeIds`, `recipeLikes`).
 */
function idListStem(holder: string, junctionModel: string, taken: ReadonlySet<string>): string {
  const free = (stem: string) => !taken.has(camelCase(`${stem} ids`)) && !taken.has(camelCase(tableNameOf(stem)));
  return free(holder) || !free(junctionModel) ? holder : junctionModel;
}

function pairCounts(references: readonly Relation[], junctions: readonly IdListJunction[]): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const r of references) bump(pairKey(r.from.table, r.to.table));
  for (const j of junctions) bump(pairKey(j.ends[0].to.table, j.ends[1].to.table));
  return counts;
}

function pairKey(a: string, b: string): string {
  return compareStrings(a, b) < 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
