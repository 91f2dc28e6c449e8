import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { BlockKind } from './tokens.js';

/**
 * A run of prose from one markdown block, as plain text, with where each piece of it came from: piece `k`
 * starts at `text[starts[k]]` and at document offset `sources[k]`, and runs on character for character.
 */
export interface ProseBlock {
  readonly kind: BlockKind;
  readonly depth: number;
  readonly text: string;
  readonly starts: readonly number[];
  readonly sources: readonly number[];
  /** Document offset of the end of the block. */
  readonly end: number;
}

/** The document offset of character `i` of a block's text. */
export function offsetOf(block: ProseBlock, i: number): number {
  const { starts, sources } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return starts.length === 0 ? block.end : sources[lo]! + (i - starts[lo]!);
}

interface Pieces {
  readonly parts: string[];
  readonly starts: number[];
  readonly sources: number[];
  length: number;
}

function addPiece(p: Pieces, text: string, source: number): void {
  p.parts.push(text);
  p.starts.push(p.length);
  p.sources.push(source);
  p.length += text.length;
}

/** Appends the plain text of inline content, recording where each piece came from. */
function appendInline(nodes: readonly PhrasingContent[], p: Pieces): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        // inline code's value starts after its opening backtick
        addPiece(p, node.value, (node.position?.start.offset ?? 0) + (node.type === 'inlineCode' ? 1 : 0));
        break;
      case 'break':
        addPiece(p, ' ', node.position?.start.offset ?? 0);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        appendInline(node.children, p);
        break;
      default:
        // images, footnote references, inline html carry no prose
        break;
    }
  }
}

// whitespace other than a plain space (a space would be replaced by itself)
const SPACE = /[^\S ]/g;

function blockOf(kind: BlockKind, depth: number, children: readonly PhrasingContent[], end: number): ProseBlock | undefined {
  const p: Pieces = { parts: [], starts: [], sources: [], length: 0 };
  appendInline(children, p);
  // soft line breaks inside a paragraph are spaces to a reader
  const text = p.parts.join('').replace(SPACE, ' ');
  if (text.trim() === '') return undefined;
  return { kind, depth, text, starts: p.starts, sources: p.sources, end };
}

/**
 * The prose of a markdown tree in document order: paragraphs, headings and list items' paragraphs.
 * Code, html and tables are left to the structured collectors.
 */
export function proseBlocksOf(tree: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const visit = (node: Nodes, inItem: boolean): void => {
    switch (node.type) {
      case 'paragraph': {
        const b = blockOf(inItem ? 'item' : 'paragraph', 0, node.children, node.position?.end.offset ?? 0);
        if (b) blocks.push(b);
        return;
      }
      case 'heading': {
        const b = blockOf('heading', node.depth, node.children, node.position?.end.offset ?? 0);
        if (b) blocks.push(b);
        return;
      }
      case 'root':
      case 'blockquote':
      case 'list':
        for (const child of node.children) visit(child, inItem);
        return;
      case 'listItem':
        for (const child of node.children) visit(child, true);
        return;
      default:
        return;
    }
  };
  visit(tree, false);
  return blocks;
}
