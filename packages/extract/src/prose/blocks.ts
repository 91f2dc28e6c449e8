import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { BlockKind } from './tokens.js';

/** A run of prose from one markdown block, as plain text, with the source offset of every character. */
export interface ProseBlock {
  readonly kind: BlockKind;
  readonly depth: number;
  readonly text: string;
  /** `offsets[i]` is the offset in the document text of `text[i]`; one extra entry marks the end. */
  readonly offsets: readonly number[];
}

/** Appends the plain text of inline content, recording where each character came from. */
function appendInline(nodes: readonly PhrasingContent[], chars: string[], offsets: number[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const base = node.position?.start.offset ?? 0;
        // inline code's value starts after its opening backtick(s)
        const shift = node.type === 'inlineCode' ? 1 : 0;
        for (let i = 0; i < node.value.length; i++) {
          chars.push(node.value[i]!);
          offsets.push(base + shift + i);
        }
        break;
      }
      case 'break':
        chars.push(' ');
        offsets.push(node.position?.start.offset ?? 0);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        appendInline(node.children, chars, offsets);
        break;
      default:
        // images, footnote references, inline html carry no prose
        break;
    }
  }
}

function blockOf(kind: BlockKind, depth: number, children: readonly PhrasingContent[], end: number): ProseBlock | undefined {
  const chars: string[] = [];
  const offsets: number[] = [];
  appendInline(children, chars, offsets);
  // soft line breaks inside a paragraph are spaces to a reader
  const text = chars.join('').replace(/\s/g, ' ');
  if (text.trim() === '') return undefined;
  offsets.push(end);
  return { kind, depth, text, offsets };
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
