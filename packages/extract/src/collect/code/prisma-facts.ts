import type { AttributeFact, Fact, FactBase } from '../../facts.js';
import { commentValuesFact } from './sql-facts.js';
import { valuesFromComment } from './comment-values.js';
import type { PrismaField, PrismaModel } from './prisma-declarations.js';
import { fieldKind, typeName, type PrismaNames } from './prisma-relations.js';
import { columnOf, nativeAttribute, fieldAttribute, fieldsArg, positional, stringArg } from './prisma-values.js';
import { nativeTypeText, prismaDefault, scalarTypeOf } from './prisma-types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };


/** The entity, attribute, key and index facts of one model (relations are `relationFacts`). */
export function modelFacts(model: PrismaModel, names: PrismaNames, base: (line: number, token?: string) => FactBase): Fact[] {
  const entity = { kind: 'entity' as const, ...base(model.line, model.name), name: model.name };
  const facts: Fact[] = [
    { ...entity, ...(model.tableName === undefined ? {} : { tableName: model.tableName }), ...(model.purpose === undefined ? {} : { purpose: model.purpose }) },
  ];
  for (const pf of model.fields) {
    const kind = fieldKind(pf, model, names);
    if (kind === 'relation') continue;
    const fact = attributeOf(pf, model, kind === 'enum', base(pf.line, pf.field.name));
    facts.push(fact);
    const comment = pf.field.comment?.replace(/^\/\/+\s*/, '');
    const values = comment !== undefined && kind === 'scalar' && fact.type?.kind === 'string' ? valuesFromComment(comment) : undefined;
    if (values) facts.push(commentValuesFact(fact, values));
  }
  for (const { attribute: attr, line } of model.blockAttributes) {
    const fields = fieldsArg(attr);
    const columns = fields.map((c) => columnOf(model, c));
    if (columns.length === 0) continue;
    const b = base(line, fields[0]);
    const name = stringArg(attr, 'map') ?? stringArg(attr, 'name');
    const named = name === undefined ? {} : { name };
    if (attr.name === 'id') facts.push({ kind: 'primary-key', ...b, entity: model.name, columns });
    else if (attr.name === 'unique') facts.push({ kind: 'index', ...b, entity: model.name, columns, unique: true, ...named });
    else if (attr.name === 'index') facts.push({ kind: 'index', ...b, entity: model.name, columns, unique: false, ...named });
  }
  return facts;
}

function attributeOf(pf: PrismaField, model: PrismaModel, isEnum: boolean, b: FactBase): AttributeFact {
  const f = pf.field;
  const t = typeName(pf);
  const native = nativeAttribute(f);
  const type = isEnum ? { kind: 'enum' as const, enumName: t } : f.array ? { kind: 'json' as const } : scalarTypeOf(t, native);
  const fact: Mutable<AttributeFact> = { kind: 'attribute', ...b, entity: model.name, name: columnOf(model, f.name) };
  fact.type = type ?? { kind: 'unknown', raw: t };
  fact.rawType = native ? nativeTypeText(native) : `${t}${f.array ? '[]' : ''}`;
  fact.nullable = f.optional === true;
  fact.unique = fieldAttribute(f, 'unique') !== undefined;
  fact.primaryKey = fieldAttribute(f, 'id') !== undefined;
  if (fieldAttribute(f, 'updatedAt') !== undefined) fact.autoUpdate = true;
  const def = fieldAttribute(f, 'default');
  const value = def ? prismaDefault(positional(def.args)[0], fact.type, isEnum) : undefined;
  if (value) fact.default = value;
  if (isEnum) fact.enumName = t;
  const comment = f.comment?.replace(/^\/\/+\s*/, '').trim();
  if (comment !== undefined && comment !== '' && valuesFromComment(comment) === undefined) fact.description = comment;
  return fact;
}
