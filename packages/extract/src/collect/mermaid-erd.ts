import type { Code } from 'mdast';
import { diagnostic, entityKey, type Diagnostic, type Result } from '@schemawright/ir';
import type { ParsedDocument } from '../document.js';
import type { AttributeFact, EntityFact, Fact, FactBase, RelationFact } from '../facts.js';
import { parseRawType } from '../infer/raw-type.js';
import type { ErAttribute, ErRelationStatement } from './mermaid/ast.js';
import { CodeSpans, mermaidBlocks } from './mermaid/code-spans.js';
import { readCommentHints } from './mermaid/comment-hints.js';
import { erEntities, LATIN_LETTER, type ErEntity } from './mermaid/entities.js';
import { chooseForeignKeys, namedTarget, type FkEntity } from './mermaid/fk-columns.js';
import { endOf } from './mermaid/markers.js';
import { parseErDiagram } from './mermaid/parser.js';
import { isErDiagramText, preprocessErText } from './mermaid/preprocess.js';
import type { Collector } from './index.js';

const RULE = 'collect/mermaid-erd';
const BASE = { rule: RULE, source: 'erd', confidence: 1 } as const;

/** A fact being built: its own fields, writable; the base fields are added last. */
type Draft<T> = { -readonly [K in keyof Omit<T, keyof FactBase>]: Omit<T, keyof FactBase>[K] };

/** An attribute fact from one attribute line; `target` is the entity its FK points to, when known. */
function attributeFact(entity: string, a: ErAttribute, spans: CodeSpans, target: string | undefined): AttributeFact {
  const hints = a.comment !== undefined ? readCommentHints(a.comment, { enumType: /^enum\b/i.test(a.type) }) : {};
  const fact: Draft<AttributeFact> = { kind: 'attribute', entity, name: a.name };
  // Mermaid writes generics as `List~string~`; the type reader knows them as `List<string>`.
  const type = parseRawType(a.type.replace(/~([^~]*)~/g, '<$1>'));
  if (type) fact.type = type;
  fact.rawType = a.type;
  const nullable = hints.nullable ?? (a.type.endsWith('?') ? true : undefined);
  if (nullable !== undefined) fact.nullable = nullable;
  if (a.keys.includes('UK') || hints.unique) fact.unique = true;
  if (a.keys.includes('PK')) fact.primaryKey = true;
  if (target !== undefined) fact.references = { entity: target };
  if (hints.default) fact.default = hints.default;
  if (hints.enumValues) fact.enumValues = hints.enumValues;
  if (hints.description !== undefined) fact.description = hints.description;
  return { ...fact, span: spans.span(a.start, a.end), ...BASE };
}

/** The facts and diagnostics of one erDiagram block. */
function diagramFacts(doc: ParsedDocument, node: Code, text: string): { facts: Fact[]; diagnostics: Diagnostic[] } {
  const spans = new CodeSpans(doc, node);
  const ast = parseErDiagram(text);
  const diagnostics: Diagnostic[] = ast.errors.map((e) =>
    diagnostic('extract/mermaid-syntax', { line: node.value.slice(e.start, e.end) }, spans.span(e.start, e.end)),
  );
  const entities = erEntities(ast.statements);
  const byId = new Map<string, ErEntity>(entities.map((e) => [e.id, e]));
  const nameOf = (id: string): string => byId.get(id)?.name ?? id;
  const relations = ast.statements.filter((s): s is ErRelationStatement => s.kind === 'relation');
  const fkEntities = new Map<string, FkEntity>(
    entities.map((e) => [
      e.id,
      {
        keys: [...new Set([entityKey(e.id), entityKey(e.name)])],
        columns: e.attributes.map((a) => ({ name: a.name, fk: a.keys.includes('FK'), pk: a.keys.includes('PK') })),
      },
    ]),
  );
  const choices = chooseForeignKeys(
    relations.map((r) => ({ a: r.a.text, b: r.b.text, aEnd: endOf(r.left), bEnd: endOf(r.right), label: r.role })),
    fkEntities,
  );
  // Which entity each FK column points to: the relation it was chosen for, else the entity it is named after.
  const targets = new Map<string, string>();
  choices.forEach((c, i) => {
    const r = relations[i]!;
    if (c.column === undefined || c.fkOn === undefined) return;
    const [holder, target] = c.fkOn === 'a' ? [r.a.text, r.b.text] : [r.b.text, r.a.text];
    targets.set(`${holder}\u0000${c.column}`, target);
  });

  const facts: Fact[] = [];
  for (const e of entities) {
    const entity: EntityFact = { kind: 'entity', name: e.name, span: spans.span(e.at.start, e.at.end), ...BASE };
    facts.push(entity);
    if (e.alias && !LATIN_LETTER.test(e.alias.text)) {
      diagnostics.push(diagnostic('extract/non-latin-name', { name: e.alias.text, identifier: e.id }, spans.span(e.alias.start, e.alias.end)));
    }
    for (const a of e.attributes) {
      const target = targets.get(`${e.id}\u0000${a.name}`) ?? (a.keys.includes('FK') ? namedTarget(a.name, e.id, fkEntities) : undefined);
      facts.push(attributeFact(e.name, a, spans, target === undefined ? undefined : nameOf(target)));
    }
  }
  relations.forEach((r, i) => {
    const c = choices[i]!;
    const fact: Draft<RelationFact> = { kind: 'relation', a: nameOf(r.a.text), b: nameOf(r.b.text), aEnd: endOf(r.left), bEnd: endOf(r.right) };
    if (r.role !== '') fact.label = r.role;
    if (c.fkOn !== undefined) fact.fkOn = c.fkOn;
    if (c.column !== undefined) fact.fkColumns = [c.column];
    fact.identifying = r.identifying;
    const at = spans.span(r.start, r.end);
    facts.push({ ...fact, span: at, ...BASE });
    if (c.ambiguous) {
      const holder = c.fkOn === 'a' ? fact.a : fact.b;
      const target = c.fkOn === 'a' ? fact.b : fact.a;
      diagnostics.push(diagnostic('extract/ambiguous-foreign-key', { columns: c.ambiguous.join(', '), entity: holder, target }, at));
    }
  });
  return { facts, diagnostics };
}

/**
 * Reads every Mermaid `erDiagram` block of a document (info string `mermaid`, `mmd` or none) with Mermaid 11's
 * grammar: entities (bare, quoted, aliased, with attribute blocks), attributes (type, name, PK/FK/UK, comment
 * hints), and relationships with both ends' cardinality, identifying or not, and the foreign-key column the
 * diagram shows. Lines Mermaid would reject become `extract/mermaid-syntax` warnings. Pure.
 */
export const collectMermaidErd: Collector = (doc: ParsedDocument): Result<readonly Fact[]> => {
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const node of mermaidBlocks(doc)) {
    const text = preprocessErText(node.value);
    if (!isErDiagramText(text)) continue;
    const r = diagramFacts(doc, node, text);
    facts.push(...r.facts);
    diagnostics.push(...r.diagnostics);
  }
  return { value: facts, diagnostics };
};
