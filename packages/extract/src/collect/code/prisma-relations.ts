import { compareStrings, singular, words } from '@schemawright/ir';
import type { EndFact, FactBase, RelationFact } from '../../facts.js';
import type { PrismaField, PrismaModel } from './prisma-declarations.js';
import { columnOf, fieldAttribute, fieldsArg, keyed, stringArg } from './prisma-values.js';
import { PRISMA_REFERENTIAL_ACTIONS, PRISMA_SCALAR_TYPES } from './prisma-types.js';

/** Names declared in the document's Prisma blocks. */
export interface PrismaNames {
  readonly models: ReadonlySet<string>;
  readonly enums: ReadonlySet<string>;
}

/** What a field is: a column, a column of an enum type, or one end of a relation. */
export type PrismaFieldKind = 'scalar' | 'enum' | 'relation';

/** The type name of a field (`Unsupported("…")` counts as a scalar). */
export function typeName(pf: PrismaField): string {
  return typeof pf.field.fieldType === 'string' ? pf.field.fieldType : 'Unsupported';
}

/**
 * Classifies a field. A type that is neither a scalar nor declared anywhere in the document is a relation
 * when the field is a list, has `@relation` or has a `<field>Id` sibling; otherwise an enum declared elsewhere.
 */
export function fieldKind(pf: PrismaField, model: PrismaModel, names: PrismaNames): PrismaFieldKind {
  const t = typeName(pf);
  if (t === 'Unsupported' || PRISMA_SCALAR_TYPES[t] !== undefined) return 'scalar';
  if (names.enums.has(t)) return 'enum';
  if (names.models.has(t)) return 'relation';
  const f = pf.field;
  const hasSibling = model.fields.some((o) => o.field.name === `${f.name}Id`);
  return f.array || fieldAttribute(f, 'relation') !== undefined || hasSibling ? 'relation' : 'enum';
}

function relationName(pf: PrismaField): string | undefined {
  const attr = fieldAttribute(pf.field, 'relation');
  return attr ? stringArg(attr, 'name', true) : undefined;
}

/** The `fields: [...]` of a field's `@relation`: the foreign key columns it holds. */
function fkColumnsOf(pf: PrismaField, model?: PrismaModel): string[] {
  const attr = fieldAttribute(pf.field, 'relation');
  const fields = attr ? fieldsArg(attr) : [];
  return model ? fields.map((f) => columnOf(model, f)) : fields;
}

/**
 * True when a back field is a list, or is written singular with a plural name (`createdTasks Task`): documents
 * drop the `[]` more often than they mean a one-to-one named in the plural.
 */
function isManySide(pf: PrismaField): boolean {
  if (pf.field.array) return true;
  const w = words(pf.field.name);
  const last = w[w.length - 1] ?? '';
  return last !== singular(last) && last.endsWith('s');
}

const many = (optional = true): EndFact => ({ cardinality: 'many', optional });
const one = (optional: boolean): EndFact => ({ cardinality: 'one', optional });

/**
 * Relation facts of every relation field, one per relation: the side with `@relation(fields: …)` holds the
 * foreign key; list fields make the other end many; two list ends are an implicit many-to-many. The end
 * without a back field is assumed many (the usual one-to-many).
 */
export function relationFacts(models: readonly PrismaModel[], names: PrismaNames, base: (model: PrismaModel, pf: PrismaField) => FactBase): RelationFact[] {
  const facts: RelationFact[] = [];
  const byName = new Map(models.map((m) => [m.name, m]));
  for (const model of models) {
    for (const pf of model.fields) {
      if (fieldKind(pf, model, names) !== 'relation') continue;
      const target = typeName(pf);
      const label = relationName(pf);
      const back = byName.get(target)?.fields.find((o) => o !== pf && typeName(o) === model.name && relationName(o) === label);
      const attr = fieldAttribute(pf.field, 'relation');
      const fkColumns = fkColumnsOf(pf, model);
      const backHoldsFk = back !== undefined && fkColumnsOf(back).length > 0;
      const f = pf.field;
      const rel = (a: string, b: string, aEnd: EndFact, bEnd: EndFact, extra: Partial<RelationFact> = {}): RelationFact => ({
        kind: 'relation',
        ...base(model, pf),
        a,
        b,
        aEnd,
        bEnd,
        ...(label === undefined ? {} : { label }),
        ...extra,
      });
      if (fkColumns.length > 0) {
        const action = keyed(attr?.args, 'onDelete');
        const onDelete = typeof action === 'string' ? PRISMA_REFERENTIAL_ACTIONS[action] : undefined;
        const aEnd = back && !isManySide(back) ? one(true) : many();
        facts.push(rel(model.name, target, aEnd, one(f.optional === true), { fkOn: 'a', fkColumns, ...(onDelete === undefined ? {} : { onDelete }) }));
      } else if (f.array) {
        if (back?.field.array) {
          // Implicit many-to-many: stated once, by the model (then field) that sorts first.
          const first = compareStrings(model.name, target) < 0 || (model.name === target && compareStrings(f.name, back.field.name) < 0);
          if (first) facts.push(rel(model.name, target, many(), many()));
        } else if (!back) facts.push(rel(target, model.name, many(), one(false), { fkOn: 'a' }));
      } else if (!backHoldsFk) {
        if (back && !isManySide(back)) {
          const first = compareStrings(model.name, target) < 0 || (model.name === target && compareStrings(f.name, back.field.name) < 0);
          if (first) facts.push(rel(model.name, target, one(back.field.optional === true), one(f.optional === true)));
        } else facts.push(rel(model.name, target, many(), one(f.optional === true), { fkOn: 'a' }));
      }
    }
  }
  return facts;
}
