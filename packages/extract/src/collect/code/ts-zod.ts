import ts from 'typescript';
import type { ScalarType } from '@schemawright/ir';
import { numberTypeFor } from './number-words.js';
import type { TsMember } from './ts-declarations.js';
import { referenceField, value, type FieldShape, type TsScope } from './ts-fields.js';

/** `UserSchema`, `userValidator` → `User`: the entity a zod schema describes. */
export function zodEntityName(name: string): string {
  const base = name.replace(/(Schema|Validator|Validation|Zod|Model)$/, '');
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** A zod chain unrolled: the root `z.fn(args)` and the method calls after it (`.max(80)`, `.optional()`). */
interface ZodChain {
  readonly root: string;
  readonly args: readonly ts.Expression[];
  readonly methods: ReadonlyMap<string, readonly ts.Expression[]>;
}

function unroll(expr: ts.Expression): ZodChain | undefined {
  const methods = new Map<string, readonly ts.Expression[]>();
  let e = expr;
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    const callee = e.expression;
    const target = callee.expression;
    // `z.string(…)` or `z.coerce.date()`: the root.
    if ((ts.isIdentifier(target) && target.text === 'z') || (ts.isPropertyAccessExpression(target) && target.getText() === 'z.coerce')) {
      return { root: callee.name.text, args: e.arguments, methods };
    }
    methods.set(callee.name.text, e.arguments);
    e = target;
  }
  return undefined;
}

const numberArg = (args: readonly ts.Expression[] | undefined): number | undefined => {
  const a = args?.[0];
  return a && ts.isNumericLiteral(a) ? Number(a.text) : undefined;
};

/** Reads a zod object property (`email: z.string().email().max(255).optional()`). */
export function fieldFromZod(member: TsMember, scope: TsScope): FieldShape {
  const expr = member.zod;
  const raw = expr?.getText() ?? '';
  if (!expr) return value({ kind: 'json' }, raw, false);
  // A bare schema reference (`author: UserSchema`).
  if (ts.isIdentifier(expr)) return referenceField(zodEntityName(expr.text), raw, false, scope);
  const chain = unroll(expr);
  if (!chain) return value({ kind: 'json' }, raw, false);
  const m = chain.methods;
  const nullable = m.has('optional') || m.has('nullable') || m.has('nullish');
  const first = chain.args[0];
  switch (chain.root) {
    case 'string': {
      const max = numberArg(m.get('max')) ?? numberArg(m.get('length'));
      const type: ScalarType = m.has('uuid') ? { kind: 'uuid' } : m.has('datetime') ? { kind: 'datetime' } : m.has('date') ? { kind: 'date' } : max !== undefined ? { kind: 'string', maxLength: max } : { kind: 'string' };
      return value(type, raw, nullable);
    }
    case 'number':
      return value(m.has('int') ? { kind: 'int', bits: 32 } : numberTypeFor(member.name), raw, nullable);
    case 'bigint':
      return value({ kind: 'int', bits: 64 }, raw, nullable);
    case 'boolean':
      return value({ kind: 'boolean' }, raw, nullable);
    case 'date':
      return value({ kind: 'datetime' }, raw, nullable);
    case 'enum': {
      const values = first && ts.isArrayLiteralExpression(first) ? first.elements.filter(ts.isStringLiteral).map((s) => s.text) : [];
      return values.length > 0 ? { ...value({ kind: 'string' }, raw, nullable), enumValues: values } : value({ kind: 'string' }, raw, nullable);
    }
    case 'nativeEnum':
      return first && ts.isIdentifier(first) ? { ...value({ kind: 'enum', enumName: first.text }, raw, nullable), enumName: first.text } : value({ kind: 'string' }, raw, nullable);
    case 'array': {
      const inner = first && ts.isIdentifier(first) ? zodEntityName(first.text) : undefined;
      if (inner !== undefined && scope.isEntity(inner)) return { kind: 'ref', target: inner, many: true, nullable, rawType: raw, declared: true };
      return value({ kind: 'json' }, raw, nullable);
    }
    case 'literal':
      return value({ kind: 'string' }, raw, nullable);
    default:
      return value({ kind: 'json' }, raw, nullable);
  }
}
