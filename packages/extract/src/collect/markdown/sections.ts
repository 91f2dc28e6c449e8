import type { Heading, RootContent } from 'mdast';
import type { ParsedDocument } from '../../document.js';
import { cleanHeadingText } from './entity-name.js';
import { DATA_MODEL_HEADING_WORDS, matchesWords, RELATIONSHIP_LABELS } from './heading-words.js';
import { inlineText } from './inline.js';

/** A heading above some content, with its text cleaned for word matching. */
export interface HeadingInfo {
  readonly node: Heading;
  readonly depth: number;
  /** Plain text as written (markup removed). */
  readonly text: string;
  /** Lower-case words without numbering, emoji or punctuation, for word tables. */
  readonly words: string;
}

/** A top-level block of a document and the headings it sits under (outermost first, its own excluded). */
export interface Block {
  readonly node: RootContent;
  readonly index: number;
  readonly trail: readonly HeadingInfo[];
}

/** Describes a heading for word matching. */
export function headingInfo(node: Heading): HeadingInfo {
  const text = inlineText(node).trim();
  return { node, depth: node.depth, text, words: cleanHeadingText(text).toLowerCase() };
}

/** Every top-level block with the trail of headings above it, in document order. */
export function blocksOf(doc: ParsedDocument): Block[] {
  const stack: HeadingInfo[] = [];
  return doc.tree.children.map((node, index) => {
    if (node.type !== 'heading') return { node, index, trail: [...stack] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    const block = { node, index, trail: [...stack] };
    stack.push(headingInfo(node));
    return block;
  });
}

/** True when some heading of the trail introduces a data model (`## Data Model`, `# Database Schema`). */
export function underDataModel(trail: readonly HeadingInfo[]): boolean {
  return trail.some((h) => matchesWords(h.words, DATA_MODEL_HEADING_WORDS));
}

/** True when some heading of the trail introduces relationships (`## Key Relationships`). */
export function underRelationships(trail: readonly HeadingInfo[]): boolean {
  return trail.some((h) => matchesWords(h.words, RELATIONSHIP_LABELS));
}

/** The innermost heading of a trail, if any. */
export function innermost(trail: readonly HeadingInfo[]): HeadingInfo | undefined {
  return trail[trail.length - 1];
}
