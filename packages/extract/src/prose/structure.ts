import type { Nodes, Root } from 'mdast';
import { entityKey } from '@schemawright/ir';

/** What the structured parts of one document already say: whether it has any, and the entities they name. */
export interface DocumentStructure {
  /** The document spells out a schema somewhere (an ERD, SQL or Prisma code, a field table). */
  readonly structured: boolean;
  /** `entityKey`s of the entities its structured parts name. */
  readonly names: ReadonlySet<string>;
  /** Those whose fields it lists (an ERD block, a table, a model, a field table), not just a relation line. */
  readonly spelled: ReadonlySet<string>;
}

const ERD_ENTITY = /^\s*"?([A-Za-z_][\w-]*)"?\s*(?:\[[^\]]*\]\s*)?\{/gm;
const ERD_RELATION = /^\s*"?([A-Za-z_][\w-]*)"?\s+[|}o{][|o}{]?(?:--|\.\.)[|o}{][|o}{]?\s+"?([A-Za-z_][\w-]*)"?/gm;
const SQL_TABLE = /create\s+table\s+(?:if\s+not\s+exists\s+)?[`"[]?(?:\w+[`"\]]?\.[`"[]?)?(\w+)/gi;
const PRISMA_MODEL = /^\s*model\s+(\w+)\s*\{/gm;
const FIELD_HEADER = /^(field|fields|column|columns|attribute|attributes|property|properties|field name|column name)$/i;

function addAll(names: Set<string>, re: RegExp, text: string, groups: number[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) for (const g of groups) if (m[g]) names.add(entityKey(m[g]!));
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/**
 * Finds the document's structured parts with a quick look (the structured collectors read them properly):
 * Mermaid `erDiagram` blocks, SQL `CREATE TABLE`, Prisma `model` blocks, and tables whose first header
 * cell is "Field"/"Column"/"Attribute" (named by the heading above them). Prose uses it to be strict about
 * entities the structure does not name.
 */
export function documentStructure(tree: Root): DocumentStructure {
  const names = new Set<string>();
  const spelled = new Set<string>();
  let structured = false;
  let heading = '';
  for (const node of tree.children) {
    if (node.type === 'heading') heading = textOf(node);
    if (node.type === 'code') {
      const text = node.value;
      if (/\berDiagram\b/.test(text)) {
        structured = true;
        addAll(spelled, ERD_ENTITY, text, [1]);
        addAll(names, ERD_RELATION, text, [1, 2]);
      }
      if (/create\s+table/i.test(text)) {
        structured = true;
        addAll(spelled, SQL_TABLE, text, [1]);
      }
      if (/^\s*model\s+\w+\s*\{/m.test(text)) {
        structured = true;
        addAll(spelled, PRISMA_MODEL, text, [1]);
      }
    }
    if (node.type === 'table') {
      const first = node.children[0]?.children[0];
      if (first && FIELD_HEADER.test(textOf(first).trim())) {
        structured = true;
        const name = heading.replace(/^[\d.\s]+/, '').replace(/\b(table|entity|model|details?|fields?)\b/gi, ' ').trim();
        if (name) spelled.add(entityKey(name));
      }
    }
  }
  for (const n of spelled) names.add(n);
  names.delete('');
  spelled.delete('');
  return { structured, names, spelled };
}
