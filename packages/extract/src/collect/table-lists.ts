import type { Code, List, Nodes, Table } from 'mdast';
import { diagnostic, entityKey, span, type Diagnostic, type Result, type Span } from '@schemawright/ir';
import { codeLineOf, spanOfNode, type ParsedDocument } from '../document.js';
import type { Fact } from '../facts.js';
import { FIELD_HEADER_WORDS, NOT_TABLE_LIST_HEADER_WORDS, TABLE_LIST_HEADER_WORDS } from '../infer/field-headers.js';
import { attributeFact } from './markdown/attribute.js';
import { hasKeyColumn, looksLikeTable, readColumnList } from './markdown/column-list.js';
import { firstSentence, tableNameField } from './markdown/context.js';
import { entityNameOf, entityNames, isEntityName } from './markdown/entity-name.js';
import type { FieldSpec } from './markdown/field-line.js';
import { inlineText } from './markdown/inline.js';
import { blocksOf, underDataModel, type Block } from './markdown/sections.js';
import { listLink } from './markdown/list-columns.js';
import { spansOfNames } from './markdown/name-spans.js';
import { PLAIN_FENCES } from './relationship-notes.js';
import { labelKind } from './markdown/section-content.js';
import { headerHasAny, matchHeader, tableRows } from './markdown/tables.js';

const RULE = 'collect/table-list';
const MANY = { cardinality: 'many', optional: true } as const;

/** A table read from one bullet, paragraph or grid row. */
interface Listed {
  readonly name: string;
  readonly columns: readonly FieldSpec[];
  readonly purpose?: string;
  readonly related?: readonly string[];
  readonly span: Span;
  /** Where the column names are written, when not inside `span` (the paragraph under a heading). */
  readonly columnsAt?: Span;
  readonly confidence: number;
  /** Why confidence is below 1, for the diagnostic. */
  readonly reason?: string;
}

/**
 * Collects table lists: bullets `orders (id, user_id, total)`, `` `menu_item_toppings` (a_id, b_id) ``,
 * `**users**: id, email, name`, `` stored in `audit_logs` table: (id, …) ``; a heading followed by a
 * `(id, name, …)` line or a header-only `| id | name |` row; and `Table | Purpose` grids. `*_id` columns
 * reference their entity, which resolve links. Pure.
 */
export function collectTableLists(doc: ParsedDocument): Result<readonly Fact[]> {
  const listed: Listed[] = [];
  const blocks = blocksOf(doc);
  blocks.forEach((block, i) => {
    const node = block.node;
    if (node.type === 'list') listed.push(...fromList(doc, node, block));
    else if (node.type === 'table') listed.push(...fromGrid(doc, node), ...fromHeaderOnly(doc, node, blocks, i));
    else if (node.type === 'paragraph') listed.push(...fromParagraph(doc, node, blocks, i));
    else if (node.type === 'code' && PLAIN_FENCES.includes((node.lang ?? '').toLowerCase())) listed.push(...fromCode(doc, node, blocks, i));
  });
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  // list columns naming another table of the document (`rates[]`) are relations to it
  const nameOf = new Map(listed.map((t) => [entityKey(t.name), t.name] as const).reverse());
  const tableKeys = new Set(nameOf.keys());
  for (const t of listed) {
    const base = { span: t.span, rule: RULE, source: 'table-list' as const, confidence: t.confidence };
    if (t.confidence < 1) diagnostics.push(diagnostic('extract/ambiguous-entity', { name: t.name, reason: t.reason ?? 'a column list outside any data-model section', confidence: t.confidence }, t.span));
    facts.push({ kind: 'entity', ...base, name: t.name, ...tableNameField(t.name), ...(t.purpose ? { purpose: t.purpose } : {}) });
    // each column its own span, so resolve keeps the written order
    const spans = spansOfNames(doc, t.columnsAt ?? t.span, t.columns.map((c) => c.name));
    t.columns.forEach((column, i) => {
      const at = { ...base, span: spans[i]! };
      const link = listLink(column, tableKeys);
      if (!link) facts.push(attributeFact(t.name, column, at));
      else if (link.kind === 'has-many') facts.push({ kind: 'relation', ...at, a: t.name, b: nameOf.get(link.target)!, bEnd: { cardinality: 'many', optional: true } });
      else facts.push({ kind: 'relation', ...at, a: t.name, b: nameOf.get(link.target)!, aEnd: MANY, bEnd: MANY, ...(link.role ? { label: link.role } : {}) });
    });
    // A `Key Relationships` cell says two entities relate, not how: the ends are left to resolve.
    for (const other of t.related ?? []) facts.push({ kind: 'relation', ...base, confidence: 0.6, a: t.name, b: other });
  }
  return { value: facts, diagnostics };
}

const PARENS_FORM = /^([\p{L}_][\p{L}\p{N}_ ]*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?:[:：—–-]\s*(.*))?$/u;
const COLON_FORM = /^([\p{L}_][\p{L}\p{N}_ ]*?)\s*[:：—–]\s*(.+)$/u;
const TABLE_WORD_FORM = /\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+)\s+table\s*[:：]?\s*\(([^()]+)\)/;

/** Bullets of a list (and nested lists), unless a label says the list holds enum values. */
function fromList(doc: ParsedDocument, list: List, block: Block): Listed[] {
  const out: Listed[] = [];
  const inModel = underDataModel(block.trail);
  for (const item of list.children) {
    const first = item.children[0];
    const text = first && first.type === 'paragraph' ? inlineText(first).split('\n')[0]!.trim() : '';
    const read = readListed(text, inModel);
    if (read) out.push({ ...read, span: spanOfNode(doc, item) });
    for (const child of item.children) if (child.type === 'list' && !(first?.type === 'paragraph' && labelKind(inlineText(first)) === 'enums')) out.push(...fromList(doc, child, block));
  }
  return out;
}

/** One bullet's text as a table with columns; confidence 1 when it has a key column or sits in a data model. */
function readListed(text: string, inModel: boolean): Omit<Listed, 'span'> | undefined {
  const parens = PARENS_FORM.exec(text);
  if (parens && isEntityName(parens[1]!.trim())) {
    const columns = readColumnList(parens[2]!);
    if (columns && looksLikeTable(columns)) {
      const purpose = parens[3] ? firstSentence(parens[3]) : undefined;
      return { name: parens[1]!.trim(), columns, confidence: inModel || hasKeyColumn(columns) ? 1 : 0.8, ...(purpose ? { purpose } : {}) };
    }
  }
  const colon = COLON_FORM.exec(text);
  if (colon && isEntityName(colon[1]!.trim())) {
    const columns = readColumnList(colon[2]!);
    // `status: draft, published` is a value list; a table names its key or foreign keys.
    if (columns && hasKeyColumn(columns)) return { name: colon[1]!.trim(), columns, confidence: 1 };
  }
  const stored = TABLE_WORD_FORM.exec(text);
  if (stored && isEntityName(stored[1]!)) {
    const columns = readColumnList(stored[2]!);
    if (columns && looksLikeTable(columns)) return { name: stored[1]!, columns, confidence: 0.9, reason: 'a table named inside a sentence' };
  }
  return undefined;
}

/** A heading followed by `(id, name, email)` or `| id | name |` on its own: the heading names the table. */
function fromParagraph(doc: ParsedDocument, node: Nodes, blocks: readonly Block[], i: number): Listed[] {
  const heading = blocks[i - 1]?.node;
  if (!heading || heading.type !== 'heading') return [];
  const text = inlineText(node).trim();
  const inner = /^\((.*)\)$/s.exec(text)?.[1] ?? /^\|(.*)\|$/s.exec(text)?.[1]?.replace(/\|/g, ',');
  return inner === undefined ? [] : headed(doc, heading, inner, blocks[i]!);
}

/**
 * An untagged code block holding column lists: `Name: id, other_id, …` lines (an indented line continues the
 * one above), or one column list under the heading that names the table (`### Booking` then a block
 * `id, guest_id, nights,` …).
 */
function fromCode(doc: ParsedDocument, code: Code, blocks: readonly Block[], i: number): Listed[] {
  const labelled = labelledLines(doc, code, blocks[i]!);
  if (labelled.length > 0) return labelled;
  const heading = blocks[i - 1]?.node;
  if (!heading || heading.type !== 'heading') return [];
  return headed(doc, heading, code.value.replace(/\n/g, ' '), blocks[i]!);
}

/** `Name: columns` lines of a code block, each with the indented lines below it; [] unless every line reads so. */
function labelledLines(doc: ParsedDocument, code: Code, block: Block): Listed[] {
  const entries: { first: number; last: number; text: string }[] = [];
  code.value.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const current = entries[entries.length - 1];
    if (current && /^\s/.test(line)) {
      current.last = index;
      current.text += ` ${line.trim()}`;
    } else entries.push({ first: index, last: index, text: line.trim() });
  });
  const out: Listed[] = [];
  for (const e of entries) {
    const read = COLON_FORM.test(e.text) ? readListed(e.text, underDataModel(block.trail)) : undefined;
    if (!read) return [];
    const at = span(doc.file, codeLineOf(code, e.first), 1, codeLineOf(code, e.last), (doc.lines[codeLineOf(code, e.last) - 1] ?? '').length + 1);
    out.push({ ...read, span: at });
  }
  return out;
}

/** A header-only GFM table right under a heading (`| id | title |` then `|---|---|`, no rows). */
function fromHeaderOnly(doc: ParsedDocument, table: Table, blocks: readonly Block[], i: number): Listed[] {
  const heading = blocks[i - 1]?.node;
  if (!heading || heading.type !== 'heading' || table.children.length !== 1) return [];
  return headed(doc, heading, tableRows(table).header.join(','), blocks[i]!);
}

function headed(doc: ParsedDocument, heading: Nodes, columnText: string, block: Block): Listed[] {
  const name = entityNameOf(inlineText(heading), 'strong');
  const columns = readColumnList(columnText.replace(/\n/g, ' '));
  if (!name || !columns || !looksLikeTable(columns)) return [];
  const confidence = underDataModel(block.trail) || hasKeyColumn(columns) ? 1 : 0.8;
  return [{ name, columns, span: spanOfNode(doc, heading), columnsAt: spanOfNode(doc, block.node), confidence }];
}

/** `Table | Purpose` grids (optionally `Columns`, `Key Relationships`): an entity per row. */
function fromGrid(doc: ParsedDocument, table: Table): Listed[] {
  const { header, rows } = tableRows(table);
  const cols = matchHeader(header, TABLE_LIST_HEADER_WORDS);
  if (cols.entity === undefined || (cols.purpose === undefined && cols.columns === undefined)) return [];
  if (headerHasAny(header, NOT_TABLE_LIST_HEADER_WORDS) || headerHasAny(header, FIELD_HEADER_WORDS.type)) return [];
  const out: Listed[] = [];
  for (const row of rows) {
    const name = (row.cells[cols.entity] ?? '').replace(/[`*]/g, '').replace(/\s*\(.*\)$/, '').trim();
    if (!isEntityName(name)) continue;
    const purposeText = cols.purpose === undefined ? '' : (row.cells[cols.purpose] ?? '');
    const purpose = firstSentence(purposeText);
    const columns = cols.columns === undefined ? [] : (readColumnList(row.cells[cols.columns] ?? '') ?? []);
    const related = cols.relationships === undefined ? undefined : entityNames((row.cells[cols.relationships] ?? '').replace(/`/g, ''));
    out.push({ name, columns, span: spanOfNode(doc, row.node), confidence: 1, ...(purpose ? { purpose } : {}), ...(related ? { related } : {}) });
  }
  return out;
}
