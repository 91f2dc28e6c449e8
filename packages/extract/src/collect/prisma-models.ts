import { diagnostic, type Diagnostic, type Result } from '@schemawright/ir';
import type { ParsedDocument } from '../document.js';
import type { Fact, FactBase } from '../facts.js';
import { blockSpan, codeBlocks, type CodeBlock } from './code/blocks.js';
import { prismaDeclarations } from './code/prisma-declarations.js';
import { modelFacts } from './code/prisma-facts.js';
import { parsePrismaBlock, type PrismaChunk } from './code/prisma-parse.js';
import { relationFacts } from './code/prisma-relations.js';

export const PRISMA_RULE = 'collect/prisma-model';

/** Fence languages under which a `model X {` block is read as Prisma even without the `prisma` tag. */
const UNTAGGED = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'schema']);

/** True for a Prisma block: a `prisma` fence, or an untagged block that declares a model. */
export function isPrismaBlock(block: CodeBlock): boolean {
  return block.lang === 'prisma' || (UNTAGGED.has(block.lang) && /^\s*model\s+\w+\s*\{/m.test(block.text));
}

/**
 * Collects models, fields, keys, indexes, enums and relations from Prisma blocks, parsed with prisma-ast.
 * Blocks are read together, so a relation may point at a model in another block of the same document.
 * A line prisma-ast rejects is left out with an `extract/code-block-unparsed` warning; nothing throws.
 */
export function collectPrismaModels(doc: ParsedDocument): Result<readonly Fact[]> {
  const diagnostics: Diagnostic[] = [];
  const parsed: { block: CodeBlock; chunk: PrismaChunk }[] = [];
  for (const block of codeBlocks(doc).filter(isPrismaBlock)) {
    const { chunks, skipped } = parsePrismaBlock(block.text);
    for (const chunk of chunks) parsed.push({ block, chunk });
    for (const s of skipped) diagnostics.push(diagnostic('extract/code-block-unparsed', { language: 'prisma', detail: s.detail }, blockSpan(doc, block, s.line)));
  }
  const { models, enums } = prismaDeclarations(parsed);
  const names = { models: new Set(models.map((m) => m.name)), enums: new Set(enums.map((e) => e.name)) };
  const baseIn = (block: CodeBlock) => (line: number, token?: string): FactBase => ({ span: blockSpan(doc, block, line, token), rule: PRISMA_RULE, source: 'prisma', confidence: 1 });
  const facts: Fact[] = [];
  for (const e of enums) facts.push({ kind: 'enum', ...baseIn(e.block)(e.line, e.name), name: e.name, values: e.values });
  for (const m of models) facts.push(...modelFacts(m, names, baseIn(m.block)));
  facts.push(...relationFacts(models, names, (m, pf) => baseIn(m.block)(pf.line, pf.field.name)));
  return { value: facts, diagnostics };
}
