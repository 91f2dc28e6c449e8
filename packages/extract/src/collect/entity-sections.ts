import type { Heading, List, ListItem, Paragraph } from 'mdast';
import { diagnostic, type Diagnostic, type Result } from '@schemawright/ir';
import { spanOfNode, type ParsedDocument } from '../document.js';
import type { Fact } from '../facts.js';
import { attributeFact, type FactOrigin } from './markdown/attribute.js';
import { purposeIn, tableNameField } from './markdown/context.js';
import { entityNameOf } from './markdown/entity-name.js';
import { readEnumType, readValueList } from './markdown/enum-values.js';
import { readFieldLine, type FieldSpec } from './markdown/field-line.js';
import { inlineText, labelOf } from './markdown/inline.js';
import { readRelationNote } from './markdown/relation-note.js';
import { readRelationTarget } from './markdown/relation-target.js';
import { itemText, labelKind, sectionLists, splitFieldList, type SectionLists } from './markdown/section-content.js';
import { blocksOf, underDataModel, type Block, type HeadingInfo } from './markdown/sections.js';

const RULE = 'collect/entity-section';

/** Share of field-list items that must read as typed fields (`id (uuid, PK)`) for a heading to be an entity. */
export const TYPED_FIELD_SHARE = 0.6;
/** Share of bare identifiers (`name`, `email`) needed when a data-model heading or a `Fields:` label vouches. */
export const BARE_FIELD_SHARE = 0.8;

/** An entity candidate: what names it, where it sits, and its lists. */
interface Candidate {
  readonly name: string;
  /** The name is a section word (`Goals`, `Questions`): only typed fields make it an entity. */
  readonly sectionWord: boolean;
  readonly node: Heading | Paragraph;
  readonly trail: readonly HeadingInfo[];
  readonly lists: SectionLists;
  readonly purpose?: string;
  /** The list item that names a nested-list candidate. */
  readonly owner?: ListItem;
}

/**
 * Collects entity sections: a heading (`### User`, `#### 2. Order Item`, `### users table`), a bold
 * pseudo-heading (`**Task**`) or a labeled list item (`* **User Model**:`) followed by a list of fields and/or a
 * `Relationships:` list. A heading counts only when its list reads as fields, a data-model heading vouches for
 * it, or it states relationships; feature lists, stories and risk lists do not. Pure.
 */
export function collectEntitySections(doc: ParsedDocument): Result<readonly Fact[]> {
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  const blocks = blocksOf(doc);
  // Items already read as fields of a heading are not entities of their own (`- address:` with sub-fields).
  const claimed = new Set<ListItem>();
  for (const candidate of [...headingCandidates(blocks), ...itemCandidates(blocks)]) {
    if (candidate.owner && claimed.has(candidate.owner)) continue;
    const read = readCandidate(doc, candidate);
    if (!read) continue;
    for (const item of candidate.lists.fields) claimed.add(item);
    facts.push(...read.facts);
    diagnostics.push(...read.diagnostics);
  }
  return { value: facts, diagnostics };
}

/** Headings and bold pseudo-headings that name an entity, each with the blocks up to the next one. */
function headingCandidates(blocks: readonly Block[]): Candidate[] {
  const out: Candidate[] = [];
  blocks.forEach((block, i) => {
    const node = block.node;
    const name = node.type === 'heading' ? entityNameOf(textOf(node), 'strong') : pseudoHeadingName(node);
    if (!name || (node.type !== 'heading' && node.type !== 'paragraph')) return;
    const sectionWord = node.type === 'heading' && entityNameOf(textOf(node)) === undefined;
    const depth = node.type === 'heading' ? node.depth : 7;
    let end = i + 1;
    for (; end < blocks.length; end++) {
      const next = blocks[end]!.node;
      if (next.type === 'heading' && (next.depth <= depth || labelKind(textOf(next)) === undefined)) break;
      if (pseudoHeadingName(next)) break;
    }
    const lists = sectionLists(blocks, i + 1, end);
    const purpose = purposeIn(blocks, i + 1, lists.firstList);
    out.push({ name, sectionWord, node, trail: block.trail, lists, ...(purpose ? { purpose } : {}) });
  });
  return out;
}

/** `* **User Model**:` list items whose nested list holds the fields. */
function itemCandidates(blocks: readonly Block[]): Candidate[] {
  const out: Candidate[] = [];
  for (const block of blocks) {
    if (block.node.type !== 'list') continue;
    for (const item of block.node.children) {
      const first = item.children[0];
      const nested = item.children.find((c): c is List => c.type === 'list');
      if (!first || first.type !== 'paragraph' || !nested) continue;
      const label = labelOf(first);
      const name = label && labelKind(label.text) === undefined && /^\p{Lu}/u.test(label.text) ? entityNameOf(label.text) : undefined;
      if (!name) continue;
      const fields: ListItem[] = [];
      const relationships: ListItem[] = [];
      const enums: ListItem[] = [];
      splitFieldList(nested, fields, relationships, enums);
      out.push({ name, sectionWord: false, node: first, trail: block.trail, lists: { fields, labeled: false, relationships, enums, firstList: 0 }, owner: item });
    }
  }
  return out;
}

function pseudoHeadingName(node: Block['node']): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const label = labelOf(node);
  if (!label || !label.strong || labelKind(label.text) !== undefined) return undefined;
  return entityNameOf(label.text);
}

function textOf(node: Heading): string {
  return inlineText(node).trim();
}

/** Decides whether a candidate is an entity, and with what confidence; then builds its facts. */
function readCandidate(doc: ParsedDocument, c: Candidate): { facts: Fact[]; diagnostics: Diagnostic[] } | undefined {
  const parsed = c.lists.fields.map((item) => ({ item, field: fieldOf(item) }));
  const n = parsed.length;
  const typed = parsed.filter((p) => p.field?.typed).length;
  const bare = parsed.filter((p) => p.field !== undefined).length;
  const relations = c.lists.relationships.map((item) => ({ item, text: itemText(item) ?? '' }));
  const readable = relations.filter((r) => readRelationTarget(r.text));
  const inModel = underDataModel(c.trail);
  let confidence: number;
  let reason: string | undefined;
  let keepFields = true;
  if (n > 0 && typed >= TYPED_FIELD_SHARE * n) confidence = 1;
  else if (c.sectionWord) return undefined;
  else if (n >= 2 && bare >= BARE_FIELD_SHARE * n && (inModel || c.lists.labeled)) {
    confidence = c.lists.labeled ? 1 : 0.8;
    reason = c.lists.labeled ? undefined : 'untyped field names under a data-model heading';
  } else if (readable.length > 0) {
    keepFields = false;
    confidence = inModel ? 1 : 0.9;
    reason = inModel ? undefined : 'a heading with a relationships list but no field list';
  } else return undefined;
  const span = spanOfNode(doc, c.node);
  const diagnostics: Diagnostic[] = reason ? [diagnostic('extract/ambiguous-entity', { name: c.name, reason, confidence }, span)] : [];
  const facts: Fact[] = [
    {
      kind: 'entity', span, rule: RULE, source: 'section', confidence, name: c.name,
      ...tableNameField(c.name),
      ...(c.purpose ? { purpose: c.purpose } : {}),
    },
  ];
  const origin = (item: ListItem): FactOrigin => ({ span: spanOfNode(doc, item), rule: RULE, source: 'section', confidence });
  if (keepFields) {
    for (const { item, field } of parsed) if (field && !field.listOf) facts.push(attributeFact(c.name, field, origin(item)));
  }
  for (const item of c.lists.enums) {
    const field = enumField(itemText(item) ?? '');
    if (field) facts.push(attributeFact(c.name, field, origin(item)));
  }
  for (const { item, text } of relations) {
    const target = readRelationTarget(text);
    if (!target) {
      // Notes that name both sides (`User has many Tasks`) belong to the relationship-note collector.
      if (!readRelationNote(text, { looseNames: true, arrows: true }) && text !== '') {
        diagnostics.push(diagnostic('extract/unparsed-relationship', { text }, spanOfNode(doc, item)));
      }
      continue;
    }
    for (const b of target.targets) {
      facts.push({
        kind: 'relation', ...origin(item), a: c.name, b, aEnd: target.subjectEnd, bEnd: target.targetEnd,
        ...(target.fkOn ? { fkOn: target.fkOn === 'subject' ? ('a' as const) : ('b' as const) } : {}),
      });
    }
  }
  return { facts, diagnostics };
}

function fieldOf(item: ListItem): FieldSpec | undefined {
  const text = itemText(item);
  return text === undefined ? undefined : readFieldLine(text);
}

/** `category: chest, back, legs` under an `Enums:` label: the column and its closed value list. */
function enumField(text: string): FieldSpec | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*[:：—–-]\s*(.+)$/.exec(text);
  if (!m) return undefined;
  const values = readEnumType(m[2]!) ?? readValueList(m[2]!);
  return values ? { name: m[1]!, enumValues: values, constraints: {}, typed: true } : undefined;
}
