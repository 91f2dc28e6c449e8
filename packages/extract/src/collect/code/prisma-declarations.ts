import type { BlockAttribute, Field, Schema } from '@mrleebo/prisma-ast';
import type { CodeBlock } from './blocks.js';
import type { PrismaChunk } from './prisma-parse.js';
import { stringArg } from './prisma-values.js';

/** A Prisma model with where it sits (block line indexes). */
export interface PrismaModel {
  readonly name: string;
  /** `@@map("…")`. */
  readonly tableName?: string;
  /** A `///` doc comment right above the model. */
  readonly purpose?: string;
  readonly fields: readonly PrismaField[];
  /** `@@id`, `@@unique`, `@@index`, `@@map` with their block line indexes. */
  readonly blockAttributes: readonly { readonly attribute: BlockAttribute; readonly line: number }[];
  readonly block: CodeBlock;
  readonly line: number;
}

export interface PrismaField {
  readonly field: Field;
  readonly line: number;
}

export interface PrismaEnum {
  readonly name: string;
  readonly values: readonly string[];
  readonly block: CodeBlock;
  readonly line: number;
}

/** Models and enums of parsed Prisma chunks, in document order. Views, composite types and config blocks are left out. */
export function prismaDeclarations(parsed: readonly { block: CodeBlock; chunk: PrismaChunk }[]): { models: PrismaModel[]; enums: PrismaEnum[] } {
  const models: PrismaModel[] = [];
  const enums: PrismaEnum[] = [];
  for (const { block, chunk } of parsed) {
    const lineOf = (loc: { startLine?: number } | undefined, fallback: number): number =>
      loc?.startLine !== undefined && Number.isFinite(loc.startLine) ? chunk.lineOffset + loc.startLine - 1 : fallback;
    let docComment: string | undefined;
    for (const item of (chunk.schema as Schema).list) {
      if (item.type === 'comment') {
        docComment = /^\/\/\//.test(item.text) ? item.text.replace(/^\/\/\/\s*/, '').trim() : undefined;
        continue;
      }
      if (item.type === 'model') {
        const line = lineOf(item.location, chunk.lineOffset);
        const fields = item.properties.flatMap((p) => (p.type === 'field' ? [{ field: p, line: lineOf(p.location, line) }] : []));
        const blockAttributes = item.properties.flatMap((p) => (p.type === 'attribute' && p.kind === 'object' ? [{ attribute: p, line: lineOf(p.location, line) }] : []));
        const map = blockAttributes.find((a) => a.attribute.name === 'map')?.attribute;
        const tableName = map ? stringArg(map, 'name', true) : undefined;
        models.push({
          name: item.name,
          ...(tableName === undefined ? {} : { tableName }),
          ...(docComment === undefined || docComment === '' ? {} : { purpose: docComment }),
          fields,
          blockAttributes,
          block,
          line,
        });
      } else if (item.type === 'enum') {
        const values = item.enumerators.flatMap((e) => (e.type === 'enumerator' ? [e.name] : []));
        enums.push({ name: item.name, values, block, line: lineOf(item.location, chunk.lineOffset) });
      }
      if (item.type !== 'break') docComment = undefined;
    }
  }
  return { models, enums };
}
