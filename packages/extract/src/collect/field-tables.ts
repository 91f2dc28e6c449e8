import type { Table } from 'mdast';
import { diagnostic, type Diagnostic, type Result } from '@schemawright/ir';
import { spanOfNode, type ParsedDocument } from '../document.js';
import type { Fact } from '../facts.js';
import { FIELD_HEADER_WORDS, NO_WORDS, normalizeHeader, YES_WORDS, type FieldColumnRole } from '../infer/field-headers.js';
import { parseRawType } from '../infer/raw-type.js';
import { attributeFact } from './markdown/attribute.js';
import { readConstraints, readNoteHints, type Constraints } from './markdown/constraints.js';
import { entityAbove, purposeIn, type NamedEntity } from './markdown/context.js';
import { readDefault } from './markdown/defaults.js';
import { cleanHeadingText } from './markdown/entity-name.js';
import { readEnumTable } from './markdown/enum-table.js';
import { readEnumType, readValueList } from './markdown/enum-values.js';
import { readTypeCell, type FieldSpec } from './markdown/field-line.js';
import { blocksOf, innermost, underDataModel, type Block } from './markdown/sections.js';
import { matchHeader, tableRows, type Row } from './markdown/tables.js';

const RULE = 'collect/field-table';

type Columns = Partial<Record<FieldColumnRole, number>>;

/**
 * Collects GFM field tables (`Field | Type | Required | Description`, `Column | Data type | Constraints |
 * Default | Notes`): one entity per table, named by the caption or heading above it, and one attribute per
 * row. Value tables (`Value | Label`) under an enum heading become EnumFacts. Pure.
 */
export function collectFieldTables(doc: ParsedDocument): Result<readonly Fact[]> {
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  const blocks = blocksOf(doc);
  for (const block of blocks) {
    if (block.node.type !== 'table') continue;
    const table = block.node;
    const { header, rows } = tableRows(table);
    const cols = matchHeader(header, FIELD_HEADER_WORDS);
    const untyped = cols.type === undefined && isUntypedFieldTable(header, cols);
    if (cols.name === undefined || (cols.type === undefined && !untyped)) {
      facts.push(...enumFacts(doc, table, block));
      continue;
    }
    const fields = rows.map((row) => ({ row, field: fieldOfRow(row, cols) }));
    if (!(untyped ? looksLikeUntypedFields(fields.map((f) => f.field)) : looksLikeFields(fields.map((f) => f.field)))) continue;
    const named = entityAbove(blocks, block.index);
    if (!named) {
      // Only a data-model section promises entities; elsewhere (API docs, config) an unnamed table is not news.
      if (underDataModel(block.trail)) diagnostics.push(diagnostic('extract/ambiguous-entity', { name: header.join(' | '), reason: 'no heading or caption names this field table', confidence: 0 }, spanOfNode(doc, table)));
      continue;
    }
    const confidence = confidenceOf(named, block);
    const entitySpan = spanOfNode(doc, named.node);
    if (confidence < 1) {
      diagnostics.push(diagnostic('extract/ambiguous-entity', { name: named.name, reason: 'a field table under a heading outside any data-model section', confidence }, entitySpan));
    }
    const purpose = purposeIn(blocks, named.index + 1, block.index);
    facts.push({
      kind: 'entity', span: entitySpan, rule: RULE, source: 'field-table', confidence, name: named.name,
      ...(named.tableName ? { tableName: named.tableName } : {}),
      ...(purpose ? { purpose } : {}),
    });
    for (const { row, field } of fields) {
      if (!field || field.listOf) continue;
      const origin = { span: spanOfNode(doc, row.node), rule: RULE, source: 'field-table' as const, confidence };
      facts.push(attributeFact(named.name, field, origin));
      if (field.constraints.indexed) facts.push({ kind: 'index', ...origin, entity: named.name, columns: [field.name], unique: false });
    }
  }
  return { value: facts, diagnostics };
}

/**
 * A table without a Type column is a field table only when its first header says so (`Field`, `Attribute`,
 * `Column`; not a bare `Name`, which heads any list) and a second column describes each row (`Field | Description`).
 * Types then come from the names, as for any untyped field.
 */
function isUntypedFieldTable(header: readonly string[], cols: Columns): boolean {
  if (cols.name !== 0 || cols.notes === undefined) return false;
  return UNTYPED_NAME_HEADERS.includes(normalizeHeader(header[0] ?? ''));
}

/** First-column headers that make a table without types a field table. Data. */
export const UNTYPED_NAME_HEADERS: readonly string[] = ['field', 'fields', 'field name', 'attribute', 'attributes', 'attribute name', 'column', 'column name', 'db column', 'database column'];

/** Most rows of an untyped field table must name a field (`Customer code`, `email`), not say a sentence. */
function looksLikeUntypedFields(fields: readonly (FieldSpec | undefined)[]): boolean {
  const valid = fields.filter((f): f is FieldSpec => f !== undefined);
  return valid.length >= 2 && valid.length * 3 >= fields.length * 2 && !valid.every((f) => /^[A-Z][A-Z0-9_]+$/.test(f.name));
}

/** A field table's Type column must read as types: a feature matrix with a `Type` column is not one. */
function looksLikeFields(fields: readonly (FieldSpec | undefined)[]): boolean {
  const valid = fields.filter((f): f is FieldSpec => f !== undefined);
  if (valid.length === 0) return false;
  const typed = valid.filter((f) => f.rawType !== undefined && (parseRawType(f.rawType) || f.enumValues || f.listOf || /^[A-Z][A-Za-z0-9]*\??$/.test(f.rawType)));
  if (typed.length * 2 < fields.length) return false;
  // Environment-variable tables (`DATABASE_URL | string`) are not entities.
  return !valid.every((f) => /^[A-Z][A-Z0-9_]+$/.test(f.name));
}

/**
 * 1 with a caption, under a data-model heading, or under a heading that is one identifier (`User`, `order_items`);
 * 0.8 for a multi-word heading elsewhere (`Team Settings` may be a UI section with a props table).
 */
function confidenceOf(named: NamedEntity, block: Block): number {
  if (named.fromCaption || underDataModel(block.trail) || !/\s/.test(named.name)) return 1;
  return 0.8;
}

const NAME_CELL = /^([\p{L}_][\p{L}\p{N}_]*(?: [\p{L}\p{N}_]+){0,3})\s*([?*!]?)\s*(?:\((.*)\))?\s*[🔑]?$/u;

/** Reads one row into a field; undefined when the name cell is not a name (`...`, a sentence). */
function fieldOfRow(row: Row, cols: Columns): FieldSpec | undefined {
  const cell = (role: FieldColumnRole) => (cols[role] === undefined ? '' : (row.cells[cols[role]!] ?? '').trim());
  const nameMatch = NAME_CELL.exec(cell('name').replace(/\\/g, ''));
  if (!nameMatch) return undefined;
  const [, name, marker, nameParen] = nameMatch as unknown as [string, string, string, string | undefined];
  const typeSpec = readTypeCell(cell('type'));
  let enumValues = typeSpec.enumValues ?? readValues(cell('values'));
  const notes = cell('notes');
  if (!enumValues && typeSpec.rawType !== undefined && /^enum$/i.test(typeSpec.rawType)) enumValues = valuesInNotes(notes);
  // Explicit columns win over the type cell's modifiers, which win over hints in the notes.
  const c: Constraints = {
    ...readNoteHints(notes, enumValues),
    ...typeSpec.constraints,
    ...(nameParen ? readConstraints(nameParen, enumValues) : {}),
    ...readConstraints(cell('constraints'), enumValues),
  };
  const required = yesNo(cell('required'));
  if (required !== undefined) c.nullable = !required;
  const nullable = yesNo(cell('nullable'));
  if (nullable !== undefined) c.nullable = nullable;
  if (marker === '?') c.nullable = true;
  if (marker === '*' || marker === '!') c.nullable = false;
  const dflt = readDefault(cell('default'), enumValues);
  if (dflt) c.default = dflt;
  if (/\bon\s+update\b/i.test(cell('default'))) c.autoUpdate = true;
  const ref = cell('references');
  if (ref !== '' && !/^[-—–]$/.test(ref)) Object.assign(c, readConstraints(/\b(?:fk|references?)\b/i.test(ref) ? ref : `FK ${ref}`));
  const description = [typeSpec.description, notes].filter((d) => d !== undefined && d !== '' && !/^[-—–]$/.test(d)).join('; ');
  return {
    name,
    constraints: c,
    typed: true,
    ...(typeSpec.rawType !== undefined ? { rawType: typeSpec.rawType } : {}),
    ...(enumValues ? { enumValues } : {}),
    ...(description !== '' ? { description } : {}),
    ...(typeSpec.listOf ? { listOf: typeSpec.listOf } : {}),
  };
}

function yesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  // An empty or dashed cell says nothing, whatever the column.
  if (t === '' || /^[-—–]$/.test(t)) return undefined;
  const first = t.split(/[\s,(]+/)[0]!;
  if (YES_WORDS.includes(t) || YES_WORDS.includes(first)) return true;
  if (NO_WORDS.includes(t) || NO_WORDS.includes(first)) return false;
  return undefined;
}

function readValues(text: string): string[] | undefined {
  return text === '' ? undefined : (readEnumType(text) ?? readValueList(text));
}

/** `Muscle group (chest, back, legs, etc.)` or `` `PENDING`/`PUBLISHED` ``: values in the notes of an enum. */
function valuesInNotes(notes: string): string[] | undefined {
  // `chest, back, etc.` is a sample, not the closed list.
  if (/\betc\b|\.\.\.|…|e\.g\./i.test(notes)) return undefined;
  const paren = /\(([^()]*)\)/.exec(notes);
  if (paren) {
    const v = readValueList(paren[1]!);
    if (v) return v;
  }
  const after = /[:：]\s*(.+)$/.exec(notes);
  return after ? readValueList(after[1]!) : undefined;
}

function enumFacts(doc: ParsedDocument, table: Table, block: Block): Fact[] {
  const heading = innermost(block.trail);
  if (!heading) return [];
  const read = readEnumTable(table, cleanHeadingText(heading.text));
  if (!read) return [];
  return [{ kind: 'enum', span: spanOfNode(doc, table), rule: RULE, source: 'field-table', confidence: 1, name: read.name, values: read.values }];
}
