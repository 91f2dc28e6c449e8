import ts from 'typescript';
import type { ScalarType } from '@schemawright/ir';
import { words } from '@schemawright/ir';
import { parseRawType } from '../../infer/raw-type.js';
import { numberTypeFor } from './number-words.js';
import { literalUnion, type TsMember } from './ts-declarations.js';
import { ENUM_NAME_SUFFIXES } from './ts-names.js';

/** What a member's type says: a column value, or a reference to another entity. */
export type FieldShape =
  | {
      readonly kind: 'value';
      readonly type: ScalarType;
      readonly rawType: string;
      readonly nullable: boolean;
      readonly enumValues?: readonly string[];
      readonly enumName?: string;
    }
  | { readonly kind: 'ref'; readonly target: string; readonly many: boolean; readonly nullable: boolean; readonly rawType: string; readonly declared: boolean };

/** A field that is a column value. */
export type ValueField = Extract<FieldShape, { kind: 'value' }>;

/** What the reader needs to know about the other declarations of the document. */
export interface TsScope {
  /** True for a declared shape that is an entity (not a value object or an API shape). */
  isEntity(name: string): boolean;
  /** True for a declared shape at all. */
  isShape(name: string): boolean;
  /** True for a declared enum or literal-union alias. */
  isValueSet(name: string): boolean;
}

/** Type names that are values, not references. */
const JSON_TYPES = /^(Record|Map|Set|Partial|Pick|Omit|Readonly|Object|JSON|Json|JsonValue|Buffer|Blob|File)$/;

/** Reads a member of an interface or object type. */
export function fieldFromType(member: TsMember, scope: TsScope): FieldShape {
  const node = member.type;
  if (!node) return value({ kind: 'json' }, 'unknown', member.optional);
  let nullable = member.optional;
  let t: ts.TypeNode = node;
  if (ts.isUnionTypeNode(node)) {
    const rest = node.types.filter((p) => !(ts.isLiteralTypeNode(p) && p.literal.kind === ts.SyntaxKind.NullKeyword) && p.kind !== ts.SyntaxKind.UndefinedKeyword);
    nullable ||= rest.length < node.types.length;
    const literals = literalUnion(node);
    if (literals) return { ...value({ kind: 'string' }, node.getText().replace(/\s+/g, ' '), nullable), enumValues: literals };
    if (rest.length !== 1) return value({ kind: 'json' }, node.getText().replace(/\s+/g, ' '), nullable);
    t = rest[0]!;
  }
  const raw = t.getText().replace(/\s+/g, ' ');
  switch (t.kind) {
    case ts.SyntaxKind.StringKeyword:
      return value(commentType(member.comment) ?? { kind: 'string' }, raw, nullable);
    case ts.SyntaxKind.NumberKeyword:
      return value(numberTypeFor(member.name), raw, nullable);
    case ts.SyntaxKind.BooleanKeyword:
      return value({ kind: 'boolean' }, raw, nullable);
    case ts.SyntaxKind.BigIntKeyword:
      return value({ kind: 'int', bits: 64 }, raw, nullable);
  }
  const element = ts.isArrayTypeNode(t) ? t.elementType : isGeneric(t, /^(Array|ReadonlyArray)$/) ? t.typeArguments?.[0] : undefined;
  if (element) {
    const name = ts.isTypeReferenceNode(element) ? element.typeName.getText() : undefined;
    if (name !== undefined && scope.isEntity(name)) return { kind: 'ref', target: name, many: true, nullable, rawType: raw, declared: true };
    return value({ kind: 'json' }, raw, nullable);
  }
  if (ts.isTypeReferenceNode(t)) return referenceField(t.typeName.getText(), raw, nullable, scope);
  if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) return value({ kind: 'string' }, raw, nullable);
  return value({ kind: 'json' }, raw, nullable);
}

/**
 * A member typed by a name: `Date` is a datetime, a declared enum an enum, a declared entity a reference, a
 * declared value object json. An undeclared name is an enum when it reads like one (`ProviderType`), else a
 * reference to an entity declared elsewhere.
 */
export function referenceField(name: string, raw: string, nullable: boolean, scope: TsScope): FieldShape {
  if (name === 'Date') return value({ kind: 'datetime' }, raw, nullable);
  if (JSON_TYPES.test(name)) return value({ kind: 'json' }, raw, nullable);
  const enumLike = ENUM_NAME_SUFFIXES.has(words(name).pop() ?? '');
  if (scope.isValueSet(name) || (!scope.isShape(name) && enumLike)) return { ...value({ kind: 'enum', enumName: name }, raw, nullable), enumName: name };
  if (scope.isShape(name) && !scope.isEntity(name)) return value({ kind: 'json' }, raw, nullable);
  return { kind: 'ref', target: name, many: false, nullable, rawType: raw, declared: scope.isShape(name) };
}

function isGeneric(t: ts.TypeNode, name: RegExp): t is ts.TypeReferenceNode {
  return ts.isTypeReferenceNode(t) && name.test(t.typeName.getText());
}

/** A type named by the member's comment (`id: string // UUID`), when it is more precise than string. */
function commentType(comment: string | undefined): ScalarType | undefined {
  const first = comment?.split(/[\s(,;:]/)[0];
  const t = first === undefined ? undefined : parseRawType(first);
  return t && (t.kind === 'uuid' || t.kind === 'datetime' || t.kind === 'date') ? t : undefined;
}

/** A value field. */
export function value(type: ScalarType, rawType: string, nullable: boolean): ValueField {
  return { kind: 'value', type, rawType, nullable };
}
