import type { Nodes, Paragraph } from 'mdast';

/**
 * The plain text of a node: text and inline code values, emphasis unwrapped, `<br>` as `lineBreak`.
 * Unlike mdast-util-to-string this keeps line breaks of tables readable (`PK<br>NOT NULL` → `PK, NOT NULL`).
 */
export function inlineText(node: Nodes, lineBreak = '\n'): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return lineBreak;
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? lineBreak : '';
    case 'code':
    case 'image':
    case 'imageReference':
    case 'definition':
    case 'footnoteReference':
    case 'yaml':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map((c) => inlineText(c, lineBreak)).join('') : '';
  }
}

/** A paragraph that only names something: `**Task**`, `**Relationships**:`, `Fields:`. */
export interface Label {
  /** The label without markup and trailing colon. */
  readonly text: string;
  /** The label was bold (a pseudo-heading), not just a line ending in a colon. */
  readonly strong: boolean;
}

/**
 * Reads a paragraph as a label, or undefined when it says more than a name. A bold run alone (optionally with a
 * colon) is a pseudo-heading; a short plain line ending in a colon is a label too.
 */
export function labelOf(paragraph: Paragraph): Label | undefined {
  const kids = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const first = kids[0];
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    const rest = kids.slice(1).map((c) => inlineText(c)).join('').trim();
    if (rest === '' || rest === ':' || rest === '：') return { text: trimLabel(inlineText(first)), strong: true };
    return undefined;
  }
  const text = inlineText(paragraph).trim();
  if (!text.includes('\n') && /[:：]$/.test(text) && text.length <= 60) return { text: trimLabel(text), strong: false };
  return undefined;
}

function trimLabel(text: string): string {
  return text.replace(/[:：]\s*$/, '').trim();
}

/** Text of a labeled paragraph after its label: `**Description**: Represents a user.` → `Represents a user.` */
export function afterLabel(paragraph: Paragraph): { label?: string; text: string } {
  const first = paragraph.children[0];
  const full = inlineText(paragraph).trim();
  if (first && first.type === 'strong') {
    const strongText = inlineText(first).trim();
    const rest = full.slice(strongText.length).trimStart();
    const colonInside = /[:：]$/.test(strongText);
    const colonAfter = /^[:：]/.test(rest);
    if (colonInside || colonAfter) {
      return { label: trimLabel(strongText), text: rest.replace(/^[:：]\s*/, '').trim() };
    }
  }
  return { text: full };
}
