import type { Heading, Paragraph } from 'mdast';
import { entityNameOf, snakeTableName } from './entity-name.js';
import { FIELD_LABELS, isOneOf } from './heading-words.js';
import { afterLabel, inlineText, labelOf } from './inline.js';
import type { Block } from './sections.js';

/** Labels whose paragraph text is the entity's purpose (`**Description**: Represents a user.`). */
export const PURPOSE_LABELS: readonly string[] = ['description', 'purpose', 'summary', 'overview', 'definition', 'what it is', '说明', '描述'];

/** The entity a table or list belongs to, and the node that named it. */
export interface NamedEntity {
  readonly name: string;
  readonly tableName?: string;
  readonly node: Heading | Paragraph;
  /** Named by a caption right above (`**Table: orders**`) rather than by the section heading. */
  readonly fromCaption: boolean;
  /** The index of the block that named it (the heading or caption block). */
  readonly index: number;
}

const CAPTION = /^(?:table|entity|model|collection)?\s*[:：]?\s*`?([\p{L}_][\p{L}\p{N}_ ]*?)`?(?:\s+(?:table|entity|model|collection))?\s*[:：]?$/iu;

/**
 * Finds the entity for the block at `index`: a caption paragraph just above it (skipping purpose sentences
 * and generic labels such as `**Key Attributes**:`), else the innermost heading that names an entity. Stops
 * at another table or list so a caption is never borrowed from a neighbour.
 */
export function entityAbove(blocks: readonly Block[], index: number): NamedEntity | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const node = blocks[i]!.node;
    if (node.type === 'heading') break;
    if (node.type === 'table' || node.type === 'list' || node.type === 'code') break;
    if (node.type !== 'paragraph') continue;
    const caption = captionOf(node);
    if (caption) return { ...caption, node, fromCaption: true, index: i };
  }
  const trail = blocks[index]!.trail;
  for (let t = trail.length - 1; t >= 0; t--) {
    const h = trail[t]!;
    if (isOneOf(h.words, FIELD_LABELS)) continue;
    const name = entityNameOf(h.text, 'strong');
    if (!name) return undefined;
    const at = blocks.findIndex((b) => b.node === h.node);
    return { name, ...tableNameField(name), node: h.node, fromCaption: false, index: at };
  }
  return undefined;
}

/** Reads a caption paragraph: `**Table: orders**`, `**orders**`, `` `orders` table ``, `Table: orders`. */
export function captionOf(paragraph: Paragraph): { name: string; tableName?: string } | undefined {
  const label = labelOf(paragraph);
  const text = label ? label.text : inlineText(paragraph).trim();
  if (!label && !/\btable\b|^(?:entity|model)\s*[:：]/i.test(text)) return undefined;
  if (isOneOf(text.toLowerCase(), FIELD_LABELS)) return undefined;
  const m = CAPTION.exec(text);
  const name = m ? entityNameOf(m[1]!.trim(), 'strong') : undefined;
  return name ? { name, ...tableNameField(name) } : undefined;
}

/** `{ tableName }` when the source wrote the entity as a snake_case table name (`users`, `order_items`). */
export function tableNameField(name: string): { tableName?: string } {
  const t = snakeTableName(name);
  return t ? { tableName: t } : {};
}

/** The first sentence of a text (up to `.`, `!`, `?` or `。`), trimmed. */
export function firstSentence(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return undefined;
  const m = /^(.+?[.!?。])(?:\s|$)/u.exec(t);
  return (m ? m[1]! : t).trim();
}

/**
 * The purpose sentence among blocks `from`..`to` (exclusive): the first paragraph that is a sentence or a
 * `Description:`-style labeled paragraph, not a label or a column list.
 */
export function purposeIn(blocks: readonly Block[], from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    const node = blocks[i]!.node;
    if (node.type !== 'paragraph') continue;
    if (labelOf(node)) continue;
    const { label, text } = afterLabel(node);
    if (label !== undefined && !isOneOf(label.toLowerCase(), PURPOSE_LABELS)) continue;
    if (/^\(|^\|/.test(text) || text.length < 8) continue;
    return firstSentence(text);
  }
  return undefined;
}
