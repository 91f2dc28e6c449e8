import { diagnostic, type Column, type Diagnostic, type Table } from '@schemawright/ir';
import { effectiveDefaultOf, prismaTypeOf } from '../prisma/index.js';
import { isObjectIdColumn, referencedColumnOf, surrogateIdOf } from './object-ids.js';
import type { MongoPlan } from './plan.js';
import { objectIdLine, printDefault, prismaString } from './prisma-text.js';

/** Where a column prints: in a model (a collection) or in an embedded type, which takes no keys or `@updatedAt`. */
export interface ColumnPlace {
  readonly field: string;
  readonly unique: boolean;
  readonly inType: boolean;
}

/**
 * One scalar field. The surrogate id becomes MongoDB's ObjectId `_id`; a key referencing an ObjectId is an
 * ObjectId too (`String @db.ObjectId`, `String?` when optional), and any other key takes its target's type,
 * since MongoDB matches references by stored value and type. Other columns use the Prisma emitter's MongoDB
 * type table; what it cannot store becomes an `emit/unsupported` warning, as on every provider.
 */
export function columnLine(plan: MongoPlan, t: Table, c: Column, place: ColumnPlace, diagnostics: Diagnostic[]): string {
  const { schema } = plan;
  if (!place.inType && surrogateIdOf(schema, t) === c) return objectIdLine(place.field);
  const attrs: string[] = [];
  const optional = c.nullable && !t.primaryKey.includes(c.name) ? '?' : '';
  const map = place.field !== c.name ? `@map(${prismaString(c.name)})` : undefined;
  if (!place.inType && isObjectIdColumn(schema, plan.references, t, c.name)) {
    if (place.unique) attrs.push('@unique');
    if (map !== undefined) attrs.push(map);
    return [`${place.field} String${optional}`, ...attrs, '@db.ObjectId'].join(' ');
  }
  const source = place.inType ? c : referencedColumnOf(schema, plan.references, t, c.name)?.column ?? c;
  const enumNames = source.type.kind === 'enum' ? plan.names.enums.get(source.type.enumName) : undefined;
  const type = prismaTypeOf(source.type, 'mongodb', enumNames?.name ?? 'String');
  if (type.fallback !== undefined) diagnostics.push(diagnostic('emit/unsupported', { feature: `the ${c.type.kind} type of ${t.name}.${c.name}`, target: 'mongodb', fallback: type.fallback }, c.origin));
  const isEnum = enumNames !== undefined && type.type === enumNames.name;
  const decision = effectiveDefaultOf(t, c, type.type, 'mongodb', isEnum ? [...enumNames.values.keys()] : undefined);
  if (decision.value) attrs.push(printDefault(decision.value, isEnum ? enumNames.values : undefined));
  if (decision.problem !== undefined) diagnostics.push(diagnostic('emit/unsupported', { feature: `the default ${decision.problem} (${t.name}.${c.name})`, target: 'mongodb', fallback: 'no default emitted' }, c.origin));
  if (place.unique) attrs.push('@unique');
  if (c.autoUpdate && !place.inType) {
    if (type.type === 'DateTime') attrs.push('@updatedAt');
    else diagnostics.push(diagnostic('emit/unsupported', { feature: `@updatedAt on the ${type.type} column ${t.name}.${c.name}`, target: 'Prisma', fallback: 'left out' }, c.origin));
  }
  if (map !== undefined) attrs.push(map);
  if (type.native !== undefined) attrs.push(type.native);
  return [`${place.field} ${type.type}${optional}`, ...attrs].join(' ');
}
