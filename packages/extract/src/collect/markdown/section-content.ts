import type { List, ListItem, Paragraph } from 'mdast';
import { PURPOSE_LABELS } from './context.js';
import { cleanHeadingText } from './entity-name.js';
import { ENUM_LABELS, FIELD_LABELS, isOneOf, NEVER_ENTITY_WORDS, RELATIONSHIP_LABELS, SECTION_WORDS } from './heading-words.js';
import { inlineText, labelOf } from './inline.js';
import type { Block } from './sections.js';

/** What a sub-heading or label paragraph announces for the list after it. */
export type LabelKind = 'fields' | 'relationships' | 'enums' | 'skip';

/** Classifies a label (`Relationships`, `Key Attributes`, `Business Rules`); undefined for anything else. */
export function labelKind(text: string): LabelKind | undefined {
  const words = cleanHeadingText(text).toLowerCase().replace(/\s*[(（].*$/u, '').trim();
  if (isOneOf(words, RELATIONSHIP_LABELS)) return 'relationships';
  if (isOneOf(words, FIELD_LABELS)) return 'fields';
  if (isOneOf(words, ENUM_LABELS)) return 'enums';
  if (isOneOf(words, NEVER_ENTITY_WORDS) || isOneOf(words, SECTION_WORDS) || isOneOf(words, PURPOSE_LABELS)) return 'skip';
  return undefined;
}

/** The lists of one entity section, sorted by what their labels said. */
export interface SectionLists {
  /** Field list items; `labeled` when a `Fields:`-style label introduced them. */
  readonly fields: readonly ListItem[];
  readonly labeled: boolean;
  readonly relationships: readonly ListItem[];
  readonly enums: readonly ListItem[];
  /** Index of the first list block, where the purpose search stops. */
  readonly firstList: number;
}

/**
 * Sorts the lists in blocks `from`..`to` by the label above each (sub-heading or label paragraph). The first
 * unlabeled list is the field list; later unlabeled lists are notes. Inside the field list, an item
 * `Relationships:` with a nested list contributes its nested items as relationships.
 */
export function sectionLists(blocks: readonly Block[], from: number, to: number): SectionLists {
  const fields: ListItem[] = [];
  const relationships: ListItem[] = [];
  const enums: ListItem[] = [];
  let labeled = false;
  let firstList = to;
  let pending: LabelKind | undefined;
  let sawFieldList = false;
  for (let i = from; i < to; i++) {
    const node = blocks[i]!.node;
    if (node.type === 'heading') pending = labelKind(inlineText(node)) ?? 'skip';
    else if (node.type === 'paragraph') {
      const label = labelOf(node);
      if (label) pending = labelKind(label.text) ?? 'skip';
    } else if (node.type === 'list') {
      firstList = Math.min(firstList, i);
      const kind = pending ?? (sawFieldList ? 'skip' : 'fields');
      labeled ||= pending === 'fields';
      pending = undefined;
      if (kind === 'fields') {
        sawFieldList = true;
        splitFieldList(node, fields, relationships, enums);
      } else if (kind === 'relationships') relationships.push(...node.children);
      else if (kind === 'enums') enums.push(...node.children);
    } else if (node.type === 'table' || node.type === 'code') pending = undefined;
  }
  return { fields, labeled, relationships, enums, firstList };
}

/** Items of a field list, with nested `Relationships:` / `Enums:` items moved to their own lists. */
export function splitFieldList(list: List, fields: ListItem[], relationships: ListItem[], enums: ListItem[]): void {
  for (const item of list.children) {
    const first = item.children[0];
    const nested = item.children.find((c): c is List => c.type === 'list');
    const label = first?.type === 'paragraph' ? labelOf(first) : undefined;
    const kind = label ? labelKind(label.text) : undefined;
    if (nested && kind === 'relationships') relationships.push(...nested.children);
    else if (nested && kind === 'enums') enums.push(...nested.children);
    else if (nested && kind === 'skip') continue;
    else fields.push(item);
  }
}

/** The first line of a list item's first paragraph, as plain text. */
export function itemText(item: ListItem): string | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  return inlineText(first as Paragraph).split('\n')[0]!.trim();
}
