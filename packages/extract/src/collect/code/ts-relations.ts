import { compareStrings, snakeCase } from '@schemawright/ir';
import type { EndFact, FactBase, RelationFact } from '../../facts.js';
import type { TsMember } from './ts-declarations.js';
import type { TsModel } from './ts-scope.js';

/** Confidence cap of a relation to a type no block of the document declares. */
export const UNDECLARED_TARGET_CONFIDENCE = 0.6;

const many = (optional = true): EndFact => ({ cardinality: 'many', optional });
const one = (optional: boolean): EndFact => ({ cardinality: 'one', optional });
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The member of `model` holding the key of `target`: `<target>Id` / `<target>_id`, or `<field>Id` for a field. */
export function idMember(model: TsModel, stem: string): TsMember | undefined {
  const names = new Set([`${lowerFirst(stem)}Id`, `${lowerFirst(stem)}ID`, `${snakeCase(stem)}_id`]);
  return model.fields.find((f) => f.field.kind === 'value' && names.has(f.member.name))?.member;
}

function refs(model: TsModel | undefined, target: string, manyRefs: boolean, except?: TsMember): TsMember[] {
  if (!model) return [];
  return model.fields.filter((f) => f.field.kind === 'ref' && f.field.target === target && f.field.many === manyRefs && f.member !== except).map((f) => f.member);
}

/**
 * Relations from members typed by another entity: `T[]` makes the other side many (two lists: many-to-many),
 * a single `T` holds the foreign key (in `<field>Id` when written). A side the other end already states is not
 * stated twice; a pair stated from both sides is stated by the name that sorts first.
 */
export function tsRelationFacts(models: readonly TsModel[], base: (model: TsModel, member: TsMember, confidence: number) => FactBase): RelationFact[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const facts: RelationFact[] = [];
  for (const m of models) {
    for (const { member, field } of m.fields) {
      if (field.kind !== 'ref') continue;
      const t = field.target;
      const other = byName.get(t);
      const confidence = field.declared ? m.confidence : Math.min(m.confidence, UNDECLARED_TARGET_CONFIDENCE);
      const rel = (a: string, b: string, aEnd: EndFact, bEnd: EndFact, extra: Partial<RelationFact> = {}): RelationFact => ({ kind: 'relation', ...base(m, member, confidence), a, b, aEnd, bEnd, ...extra });
      const backOne = refs(other, m.name, false, member).length > 0 || (other !== undefined && idMember(other, m.name) !== undefined);
      const backMany = refs(other, m.name, true, member);
      const sortsFirst = (otherField?: TsMember): boolean => compareStrings(m.name, t) < 0 || (m.name === t && otherField !== undefined && compareStrings(member.name, otherField.name) < 0);
      if (field.many) {
        // Two lists are a many-to-many, even when a `<x>Id` also states a primary one-to-many (its own FK).
        if (backMany.length > 0) {
          if (sortsFirst(backMany[0])) facts.push(rel(m.name, t, many(), many()));
        } else if (!backOne) facts.push(rel(t, m.name, many(), one(false), { fkOn: 'a' }));
        continue;
      }
      const sibling = idMember(m, member.name);
      const fk = sibling ? { fkOn: 'a' as const, fkColumns: [sibling.name] } : { fkOn: 'a' as const };
      if (backOne && backMany.length === 0) {
        // One-to-one: the side with the key states it; when both sides hold one, the name that sorts first.
        const otherHolds = other !== undefined && idMember(other, m.name) !== undefined;
        const backField = refs(other, m.name, false, member)[0];
        if (sibling && (!otherHolds || sortsFirst(backField))) facts.push(rel(m.name, t, one(true), one(field.nullable), fk));
        else if (!sibling && !otherHolds && sortsFirst(backField)) facts.push(rel(m.name, t, one(true), one(field.nullable)));
      } else facts.push(rel(m.name, t, many(), one(field.nullable), fk));
    }
  }
  return facts;
}
