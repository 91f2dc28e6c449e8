import ts from 'typescript';
import type { CodeBlock } from './blocks.js';

/** A property of an interface, object type or zod object, with its block line index. */
export interface TsMember {
  readonly name: string;
  readonly optional: boolean;
  /** The declared type (interfaces, type literals). */
  readonly type?: ts.TypeNode;
  /** The zod expression (`z.string().max(80)`), for zod objects. */
  readonly zod?: ts.Expression;
  /** The comment after the member on its line, without `//`. */
  readonly comment?: string;
  readonly line: number;
}

/** An object shape: `interface X { … }`, `type X = { … }` or `const X = z.object({ … })`. */
export interface TsShape {
  readonly kind: 'shape';
  readonly name: string;
  readonly origin: 'interface' | 'type' | 'zod';
  readonly members: readonly TsMember[];
  /** Names after `extends`. */
  readonly bases: readonly string[];
  /** `[key: string]: …`: a map, not a record. */
  readonly indexed: boolean;
  readonly block: CodeBlock;
  readonly line: number;
}

/** A closed value set: `enum X { … }` or `type X = 'a' | 'b'`. */
export interface TsValueSet {
  readonly kind: 'values';
  readonly name: string;
  readonly values: readonly string[];
  readonly block: CodeBlock;
  readonly line: number;
}

export type TsDeclaration = TsShape | TsValueSet;

/** The string literal values of a union of literals (`'a' | 'b' | null`), or undefined when it has other members. */
export function literalUnion(type: ts.TypeNode): string[] | undefined {
  const parts = ts.isUnionTypeNode(type) ? type.types : [type];
  const values: string[] = [];
  for (const p of parts) {
    if (ts.isLiteralTypeNode(p) && ts.isStringLiteral(p.literal)) values.push(p.literal.text);
    else if (!(ts.isLiteralTypeNode(p) && p.literal.kind === ts.SyntaxKind.NullKeyword) && p.kind !== ts.SyntaxKind.UndefinedKeyword) return undefined;
  }
  return values.length >= 2 ? values : undefined;
}

/** Finds the `z.object({ … })` call in an initializer (`z.object({…}).strict().refine(…)`). */
export function zodObjectLiteral(expr: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let e: ts.Expression = expr;
  for (;;) {
    if (ts.isCallExpression(e)) {
      const callee = e.expression;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'object' && ts.isIdentifier(callee.expression) && callee.expression.text === 'z') {
        const arg = e.arguments[0];
        return arg && ts.isObjectLiteralExpression(arg) ? arg : undefined;
      }
      e = callee;
    } else if (ts.isPropertyAccessExpression(e)) e = e.expression;
    else return undefined;
  }
}

/** Reads the shapes and value sets declared at the top level of a TypeScript block. Tolerant: TypeScript's parser never throws. */
export function tsDeclarations(block: CodeBlock): TsDeclaration[] {
  const sf = ts.createSourceFile('block.ts', block.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
  const comment = (node: ts.Node): string | undefined => {
    // An object literal property ends before its comma; the comment comes after it.
    const end = /[,;]/.test(block.text.charAt(node.end)) ? node.end + 1 : node.end;
    const ranges = ts.getTrailingCommentRanges(block.text, end) ?? [];
    const first = ranges[0];
    if (!first || sf.getLineAndCharacterOfPosition(first.pos).line !== sf.getLineAndCharacterOfPosition(node.end).line) return undefined;
    const text = block.text.slice(first.pos, first.end).replace(/^\/\/+|^\/\*+|\*+\/$/g, '').trim();
    return text === '' ? undefined : text;
  };
  const nameOf = (n: ts.PropertyName): string | undefined => (ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : undefined);
  const membersOf = (members: ts.NodeArray<ts.TypeElement>): { members: TsMember[]; indexed: boolean } => {
    const out: TsMember[] = [];
    let indexed = false;
    for (const m of members) {
      if (ts.isIndexSignatureDeclaration(m)) indexed = true;
      if (!ts.isPropertySignature(m)) continue;
      const name = nameOf(m.name);
      if (name === undefined) continue;
      const c = comment(m);
      out.push({ name, optional: m.questionToken !== undefined, ...(m.type ? { type: m.type } : {}), ...(c === undefined ? {} : { comment: c }), line: lineOf(m) });
    }
    return { members: out, indexed };
  };
  const out: TsDeclaration[] = [];
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st)) {
      const bases = (st.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(sf)));
      out.push({ kind: 'shape', name: st.name.text, origin: 'interface', ...membersOf(st.members), bases, block, line: lineOf(st) });
    } else if (ts.isTypeAliasDeclaration(st)) {
      const values = literalUnion(st.type);
      if (values) out.push({ kind: 'values', name: st.name.text, values, block, line: lineOf(st) });
      else if (ts.isTypeLiteralNode(st.type)) out.push({ kind: 'shape', name: st.name.text, origin: 'type', ...membersOf(st.type.members), bases: [], block, line: lineOf(st) });
    } else if (ts.isEnumDeclaration(st)) {
      const values = st.members.map((m) => (m.initializer && ts.isStringLiteral(m.initializer) ? m.initializer.text : (nameOf(m.name) ?? '')));
      out.push({ kind: 'values', name: st.name.text, values: values.filter((v) => v !== ''), block, line: lineOf(st) });
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const obj = d.initializer && ts.isIdentifier(d.name) ? zodObjectLiteral(d.initializer) : undefined;
        if (!obj || !ts.isIdentifier(d.name)) continue;
        const members: TsMember[] = [];
        for (const p of obj.properties) {
          const name = ts.isPropertyAssignment(p) ? nameOf(p.name) : undefined;
          if (!ts.isPropertyAssignment(p) || name === undefined) continue;
          const c = comment(p);
          members.push({ name, optional: false, zod: p.initializer, ...(c === undefined ? {} : { comment: c }), line: lineOf(p) });
        }
        out.push({ kind: 'shape', name: d.name.text, origin: 'zod', members, bases: [], indexed: false, block, line: lineOf(st) });
      }
    }
  }
  return out;
}
