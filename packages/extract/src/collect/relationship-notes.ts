import type { Code, List, Paragraph, Table } from 'mdast';
import { diagnostic, entityKey, type Diagnostic, type Result, type Span } from '@schemawright/ir';
import { codeLineOf, spanOfLine, spanOfNode, type ParsedDocument } from '../document.js';
import type { EntityFact, Fact, RelationFact } from '../facts.js';
import { FIELD_HEADER_WORDS } from '../infer/field-headers.js';
import { RELATION_TABLE_HEADER_WORDS } from '../infer/relationship-phrases.js';
import { entityAbove } from './markdown/context.js';
import { cleanHeadingText } from './markdown/entity-name.js';
import { readEntityNote } from './markdown/entity-notes.js';
import { INDEX_LABELS, isOneOf } from './markdown/heading-words.js';
import { inlineText, labelOf } from './markdown/inline.js';
import { readRelationNote, type NoteContext, type RelationNote } from './markdown/relation-note.js';
import { blocksOf, underDataModel, underRelationships, type Block } from './markdown/sections.js';
import { matchHeader, tableRows } from './markdown/tables.js';
import { readContainmentTree } from './markdown/tree.js';

const RULE = 'collect/relationship-note';

/** Confidence of a bare arrow read as one-to-many, and of a containment tree edge. */
export const ASSUMED_ARROW_CONFIDENCE = 0.6;
export const TREE_CONFIDENCE = 0.8;

/** Fence languages of plain-text blocks, where teams draw relationship lists and trees. */
export const PLAIN_FENCES: readonly string[] = ['', 'text', 'txt', 'plain', 'plaintext', 'ascii', 'none', 'tree'];

/**
 * Collects relationship notes that name both sides: `User has many Tasks`, `User 1:N Task`, `User ↔ Tag (N:N)`,
 * `A (1) — (N) B`, `Org (1) ──< Users (many)`, arrows under a relationships heading, FK notes
 * (`` `user_id` → `users.id` ``) and index notes (`UNIQUE(a, b)`) under an entity heading, relationship tables (`From | To | Cardinality`) and ASCII containment trees.
 * Full sentences are prose and left alone. Pure.
 */
export function collectRelationshipNotes(doc: ParsedDocument): Result<readonly Fact[]> {
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  const blocks = blocksOf(doc);
  const emit = (read: Read) => {
    facts.push(...read.facts);
    diagnostics.push(...read.diagnostics);
  };
  for (const block of blocks) {
    const context = contextOf(block);
    const node = block.node;
    if (node.type === 'list') emit(fromList(doc, node, context, blocks, block));
    else if (node.type === 'paragraph') emit(fromParagraph(doc, node, context));
    else if (node.type === 'code' && PLAIN_FENCES.includes((node.lang ?? '').toLowerCase())) emit(fromCode(doc, node, context));
    else if (node.type === 'table') emit(fromTable(doc, node));
  }
  return { value: [...facts, ...namedEntities(facts)], diagnostics };
}

/** Confidence of an entity known only from notes: a stated note, a tree node, a bare arrow. */
export const NOTE_ENTITY_CONFIDENCE = { stated: 0.8, tree: 0.7, arrow: 0.6 } as const;

/**
 * The entities the notes name (`Organization (1) ──< Users (many)` says both exist), one per entity key at its
 * first mention, less sure than the relation itself. FK notes are left out: their ends are defined elsewhere.
 */
function namedEntities(facts: readonly Fact[]): EntityFact[] {
  const seen = new Map<string, EntityFact>();
  for (const f of facts) {
    if (f.kind !== 'relation' || f.fkColumns) continue;
    const confidence = f.confidence === TREE_CONFIDENCE ? NOTE_ENTITY_CONFIDENCE.tree : f.confidence < 1 ? NOTE_ENTITY_CONFIDENCE.arrow : NOTE_ENTITY_CONFIDENCE.stated;
    for (const name of [f.a, f.b]) {
      const key = entityKey(name);
      if (seen.has(key)) continue;
      seen.set(key, { kind: 'entity', span: f.span, rule: RULE, source: 'note', confidence, name });
    }
  }
  return [...seen.values()];
}

type Read = { facts: Fact[]; diagnostics: Diagnostic[] };

function contextOf(block: Block): NoteContext {
  const rel = underRelationships(block.trail);
  return { looseNames: rel || underDataModel(block.trail), arrows: rel };
}

function notesToFacts(notes: readonly RelationNote[], span: Span): Read {
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const n of notes) {
    const confidence = n.stated ? 1 : ASSUMED_ARROW_CONFIDENCE;
    facts.push(relationFact(n, span, confidence));
    if (!n.stated) diagnostics.push(diagnostic('extract/ambiguous-cardinality', { a: n.a, b: n.b, assumed: 'one-to-many' }, span));
  }
  return { facts, diagnostics };
}

function relationFact(n: RelationNote, span: Span, confidence: number): RelationFact {
  return {
    kind: 'relation', span, rule: RULE, source: 'note', confidence, a: n.a, b: n.b,
    ...(n.aEnd ? { aEnd: n.aEnd } : {}),
    ...(n.bEnd ? { bEnd: n.bEnd } : {}),
    ...(n.label ? { label: n.label } : {}),
    ...(n.fkOn ? { fkOn: n.fkOn } : {}),
  };
}

/** The raw markdown of a paragraph (markup kept: `**Task**` and `` `task` `` mark names). */
function sourceOf(doc: ParsedDocument, node: Paragraph): string {
  const p = node.position;
  return p?.start.offset !== undefined && p.end.offset !== undefined ? doc.text.slice(p.start.offset, p.end.offset) : inlineText(node);
}

function fromList(doc: ParsedDocument, list: List, context: NoteContext, blocks: readonly Block[], block: Block): Read {
  const out: Read = { facts: [], diagnostics: [] };
  const entity = entityAbove(blocks, block.index)?.name;
  const indexes = underIndexLabel(blocks, block);
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type === 'paragraph' && !labelOf(first)) {
      const line = sourceOf(doc, first).split('\n')[0]!;
      const span = spanOfNode(doc, item);
      const note = entity === undefined ? undefined : readEntityNote(line, entity, span, indexes);
      const read = note ? { facts: [note], diagnostics: [] } : notesToFacts(readRelationNote(line, context) ?? [], span);
      out.facts.push(...read.facts);
      out.diagnostics.push(...read.diagnostics);
    }
    for (const child of item.children) {
      if (child.type !== 'list') continue;
      const nested = fromList(doc, child, context, blocks, block);
      out.facts.push(...nested.facts);
      out.diagnostics.push(...nested.diagnostics);
    }
  }
  return out;
}

/** True when the label or heading right above the list announces indexes or keys. */
function underIndexLabel(blocks: readonly Block[], block: Block): boolean {
  const prev = blocks[block.index - 1]?.node;
  const text = prev?.type === 'heading' ? inlineText(prev) : prev?.type === 'paragraph' ? labelOf(prev)?.text : undefined;
  return text !== undefined && isOneOf(cleanHeadingText(text).toLowerCase(), INDEX_LABELS);
}

function fromParagraph(doc: ParsedDocument, node: Paragraph, context: NoteContext): Read {
  const out: Read = { facts: [], diagnostics: [] };
  const start = node.position?.start.line ?? 1;
  sourceOf(doc, node).split('\n').forEach((line, i) => {
    const notes = readRelationNote(line, context);
    if (!notes) return;
    const read = notesToFacts(notes, spanOfLine(doc, start + i));
    out.facts.push(...read.facts);
    out.diagnostics.push(...read.diagnostics);
  });
  return out;
}

/** Plain fenced blocks: an ASCII tree under a relationships or data-model heading, else one note per line. */
function fromCode(doc: ParsedDocument, node: Code, context: NoteContext): Read {
  const out: Read = { facts: [], diagnostics: [] };
  const tree = context.looseNames ? readContainmentTree(node.value) : undefined;
  if (tree) {
    for (const edge of tree) {
      const span = spanOfLine(doc, codeLineOf(node, edge.line));
      out.facts.push({
        kind: 'relation', span, rule: RULE, source: 'note', confidence: TREE_CONFIDENCE, a: edge.parent, b: edge.child,
        aEnd: { cardinality: 'one', optional: false }, bEnd: { cardinality: 'many', optional: true }, fkOn: 'b',
      });
    }
    return out;
  }
  node.value.split('\n').forEach((line, i) => {
    const notes = readRelationNote(line, context);
    if (!notes) return;
    const read = notesToFacts(notes, spanOfLine(doc, codeLineOf(node, i)));
    out.facts.push(...read.facts);
    out.diagnostics.push(...read.diagnostics);
  });
  return out;
}

/** `From | To | Cardinality` or `Relationship | Type` tables: each row becomes a note. */
function fromTable(doc: ParsedDocument, table: Table): Read {
  const out: Read = { facts: [], diagnostics: [] };
  const { header, rows } = tableRows(table);
  const cols = matchHeader(header, RELATION_TABLE_HEADER_WORDS);
  const both = cols.from !== undefined && cols.to !== undefined;
  if (!both && cols.relationship === undefined) return out;
  // A field table's `Relation` column belongs to the field-table collector.
  const fieldCols = matchHeader(header, FIELD_HEADER_WORDS);
  if (fieldCols.name !== undefined && fieldCols.type !== undefined) return out;
  const context: NoteContext = { looseNames: true, arrows: true };
  for (const row of rows) {
    const cell = (i: number | undefined) => (i === undefined ? '' : (row.cells[i] ?? '').trim());
    const card = cell(cols.cardinality);
    const text = both ? `${cell(cols.from)} ${card} ${cell(cols.to)}` : card === '' ? cell(cols.relationship) : `${cell(cols.relationship)} (${card})`;
    const notes = readRelationNote(text.replace(/\s+/g, ' '), context);
    if (!notes) continue;
    const read = notesToFacts(notes, spanOfNode(doc, row.node));
    out.facts.push(...read.facts);
    out.diagnostics.push(...read.diagnostics);
  }
  return out;
}
