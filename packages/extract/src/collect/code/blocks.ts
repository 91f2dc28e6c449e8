import type { Code, Heading, Nodes, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { span, type Span } from '@schemawright/ir';
import { codeLineOf, type ParsedDocument } from '../../document.js';

/** A code block of a document with what surrounds it: the info string, the nearest heading, a label paragraph. */
export interface CodeBlock {
  readonly node: Code;
  /** The info string's language, lower-case; '' when absent. */
  readonly lang: string;
  readonly text: string;
  /** `text` split on `\n`; `lines[0]` is the first content line. */
  readonly lines: readonly string[];
  /** Text of the nearest heading before the block, if any. */
  readonly heading?: string;
  /** A short paragraph right before the block ("Product shape:"), if any. */
  readonly label?: string;
}

/** Every code block of the document in document order, with its nearest heading and label paragraph. */
export function codeBlocks(doc: ParsedDocument): CodeBlock[] {
  const out: CodeBlock[] = [];
  let heading: string | undefined;
  const visit = (node: Nodes, previous: Nodes | undefined): void => {
    if (node.type === 'heading') heading = toString(node as Heading).trim();
    if (node.type === 'code') {
      const label = previous?.type === 'paragraph' ? toString(previous).trim() : undefined;
      const text = node.value;
      const block: { -readonly [K in keyof CodeBlock]: CodeBlock[K] } = {
        node,
        lang: (node.lang ?? '').trim().toLowerCase(),
        text,
        lines: text.split('\n'),
      };
      if (heading !== undefined) block.heading = heading;
      if (label !== undefined && label !== '') block.label = label;
      out.push(block);
    }
    if ('children' in node) {
      let prev: Nodes | undefined;
      for (const child of (node as Parent).children) {
        visit(child as Nodes, prev);
        prev = child as Nodes;
      }
    }
  };
  visit(doc.tree, undefined);
  return out;
}

/** True when the block has a fence (```` ``` ```` or `~~~`); indented blocks start on their own first line. */
function isFenced(doc: ParsedDocument, block: CodeBlock): boolean {
  const first = doc.lines[(block.node.position?.start.line ?? 1) - 1] ?? '';
  return /^\s*(`{3,}|~{3,})/.test(first);
}

/** The document line (1-based) of content line `index` (0-based) of a code block. */
export function blockLine(doc: ParsedDocument, block: CodeBlock, index: number): number {
  return isFenced(doc, block) ? codeLineOf(block.node, index) : (block.node.position?.start.line ?? 1) + index;
}

/**
 * The span of `token` on document line `line`: from the token's first occurrence as a whole word to the end of
 * the line's text. Without the token, the line's text from its first non-blank column.
 */
export function spanOnLine(doc: ParsedDocument, line: number, token?: string): Span {
  const text = doc.lines[line - 1] ?? '';
  const end = text.trimEnd().length + 1;
  const at = token === undefined ? -1 : wordIndex(text, token);
  const start = at >= 0 ? at + 1 : text.length - text.trimStart().length + 1;
  return span(doc.file, line, start, line, Math.max(start, end));
}

/** Index of `token` in `text` as a whole word (not inside a longer identifier), or -1. */
function wordIndex(text: string, token: string): number {
  if (token === '') return -1;
  let from = 0;
  for (;;) {
    const i = text.indexOf(token, from);
    if (i < 0) return -1;
    const before = text.charAt(i - 1);
    const after = text.charAt(i + token.length);
    if (!/[A-Za-z0-9_$]/.test(before) && !/[A-Za-z0-9_$]/.test(after)) return i;
    from = i + 1;
  }
}

/** The span of content line `index` of a block, anchored on `token` when given. */
export function blockSpan(doc: ParsedDocument, block: CodeBlock, index: number, token?: string): Span {
  return spanOnLine(doc, blockLine(doc, block, index), token);
}
