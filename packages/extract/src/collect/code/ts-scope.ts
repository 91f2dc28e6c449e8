import ts from 'typescript';
import { words } from '@schemawright/ir';
import { fieldFromType, type FieldShape, type TsScope } from './ts-fields.js';
import type { TsDeclaration, TsMember, TsShape, TsValueSet } from './ts-declarations.js';
import { INPUT_PREFIXES, TYPE_NAME_SUFFIXES } from './ts-names.js';
import { fieldFromZod, zodEntityName } from './ts-zod.js';

/** Confidence of an entity read from a declared type: with an `id`, without one, and with a `weak` name suffix. */
export const TS_CONFIDENCE = { withId: 0.85, withoutId: 0.65, weak: 0.45, zodCap: 0.8 } as const;

/** An entity read from a TypeScript shape, with its fields (inherited ones included). */
export interface TsModel {
  readonly shape: TsShape;
  readonly name: string;
  readonly confidence: number;
  readonly fields: readonly { readonly member: TsMember; readonly field: FieldShape }[];
}

const ID_NAME = /^(id|_id|uuid)$/i;

/** `skip`, `weak` or `entity`, by the name tables: API/UI/config shapes are skipped, computed ones are weak. */
export function standingOf(shape: TsShape): 'skip' | 'weak' | 'entity' {
  const w = words(shape.origin === 'zod' ? zodEntityName(shape.name) : shape.name);
  if (shape.origin === 'zod' && w.length > 1 && INPUT_PREFIXES.has(w[0] ?? '')) return 'skip';
  return TYPE_NAME_SUFFIXES[w[w.length - 1] ?? ''] ?? 'entity';
}

/** Names used as the single (not list) type of some member: value objects when they have no `id`. */
function referencedSingly(shapes: readonly TsShape[]): Set<string> {
  const out = new Set<string>();
  for (const s of shapes) {
    for (const m of s.members) {
      let t = m.type;
      if (t && ts.isUnionTypeNode(t)) t = t.types.find((p) => ts.isTypeReferenceNode(p));
      if (t && ts.isTypeReferenceNode(t)) out.add(t.typeName.getText());
      if (m.zod && ts.isIdentifier(m.zod)) out.add(zodEntityName(m.zod.text));
    }
  }
  return out;
}

/** The entities among a document's TypeScript declarations, and the scope their fields were read in. */
export function tsModels(decls: readonly TsDeclaration[]): { models: TsModel[]; valueSets: TsValueSet[]; scope: TsScope } {
  const shapes = decls.filter((d): d is TsShape => d.kind === 'shape');
  const valueSets = decls.filter((d): d is TsValueSet => d.kind === 'values');
  const byName = new Map<string, TsShape>();
  for (const s of shapes) {
    const name = s.origin === 'zod' ? zodEntityName(s.name) : s.name;
    if (!byName.has(name)) byName.set(name, s);
  }
  const single = referencedSingly(shapes);
  // A shape others extend is a mixin (`Base`, `Timestamps`), its members belong to the extending entities.
  const extended = new Set(shapes.flatMap((s) => s.bases));
  const valueNames = new Set(valueSets.map((v) => v.name));
  const withId = (s: TsShape): boolean => membersWithBases(s, byName, new Set()).some((m) => ID_NAME.test(m.name));
  const isEntity = (name: string): boolean => {
    const s = byName.get(name);
    if (!s || extended.has(name) || standingOf(s) === 'skip' || (s.indexed && s.members.length === 0)) return false;
    return withId(s) || !single.has(name);
  };
  const scope: TsScope = { isEntity, isShape: (n) => byName.has(n), isValueSet: (n) => valueNames.has(n) };
  const models: TsModel[] = [];
  for (const [name, shape] of byName) {
    if (!isEntity(name) || byName.get(name) !== shape) continue;
    const standing = standingOf(shape);
    const base = standing === 'weak' ? TS_CONFIDENCE.weak : withId(shape) ? TS_CONFIDENCE.withId : TS_CONFIDENCE.withoutId;
    const confidence = shape.origin === 'zod' ? Math.min(base, TS_CONFIDENCE.zodCap) : base;
    const fields = membersWithBases(shape, byName, new Set()).map((member) => ({
      member,
      field: shape.origin === 'zod' ? fieldFromZod(member, scope) : fieldFromType(member, scope),
    }));
    models.push({ shape, name, confidence, fields });
  }
  return { models, valueSets, scope };
}

/** A shape's members after those of the declared shapes it extends (a member redeclared later wins). */
function membersWithBases(shape: TsShape, byName: ReadonlyMap<string, TsShape>, seen: Set<string>): TsMember[] {
  if (seen.has(shape.name)) return [];
  seen.add(shape.name);
  const inherited = shape.bases.flatMap((b) => {
    const base = byName.get(b);
    return base ? membersWithBases(base, byName, seen) : [];
  });
  const own = new Set(shape.members.map((m) => m.name));
  return [...inherited.filter((m) => !own.has(m.name)), ...shape.members];
}
