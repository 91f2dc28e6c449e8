import { singularWords, type Schema } from '@schemawright/ir';

/**
 * Words Mermaid's erDiagram lexer takes as keywords even in upper case (its rules are case-insensitive and
 * come before the entity-name rule). An entity with one of these names gets `_ENTITY` appended.
 */
export const MERMAID_RESERVED_ENTITIES: readonly string[] = [
  'ONE', 'MANY', 'TO', 'END', 'STYLE', 'CLASS', 'CLASSDEF', 'SUBGRAPH', 'ERDIAGRAM', 'ACCTITLE', 'ACCDESCR',
];

/** Attribute names the lexer reads as key markers. */
export const MERMAID_RESERVED_ATTRIBUTES: readonly string[] = ['PK', 'FK', 'UK'];

const RESERVED_ENTITIES = new Set(MERMAID_RESERVED_ENTITIES);
const RESERVED_ATTRIBUTES = new Set(MERMAID_RESERVED_ATTRIBUTES);

/**
 * Mermaid entity names for every table: UPPER_SNAKE of the singular (`project_members` → `PROJECT_MEMBER`).
 * Names with no Latin words keep their letters (`заказы` → `ЗАКАЗЫ`); a leading digit gets `T_`, a keyword
 * gets `_ENTITY`. When two tables would share a name the later one uses its full table name, then a number.
 */
export function mermaidEntityNames(schema: Schema): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const t of schema.tables) {
    const candidates = [safeEntity(upperSnake(singularWords(t.name), t.name)), safeEntity(upperSnake([], t.name))];
    let name = candidates.find((c) => !taken.has(c));
    for (let n = 2; name === undefined; n++) if (!taken.has(`${candidates[0]}_${n}`)) name = `${candidates[0]}_${n}`;
    taken.add(name);
    names.set(t.name, name);
  }
  return names;
}

function upperSnake(words: readonly string[], raw: string): string {
  if (words.length > 0) return words.join('_').toUpperCase();
  const letters = raw.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '').toUpperCase();
  return letters === '' ? 'ENTITY' : letters;
}

function safeEntity(name: string): string {
  const prefixed = /^[0-9]/.test(name) ? `T_${name}` : name;
  return RESERVED_ENTITIES.has(prefixed) ? `${prefixed}_ENTITY` : prefixed;
}

/**
 * A token Mermaid accepts as an attribute name or type: letters (any script), digits, `_` and `-`,
 * not starting with a digit, and not a key marker.
 */
export function mermaidToken(text: string): string {
  const cleaned = text.replace(/[^\p{L}\p{N}_-]+/gu, '_');
  const token = cleaned === '' ? 'value' : /^[0-9-]/.test(cleaned) ? `_${cleaned}` : cleaned;
  return RESERVED_ATTRIBUTES.has(token.toUpperCase()) ? `${token}_` : token;
}

/** Text inside a Mermaid double-quoted string: no double quotes or line breaks, spaces collapsed. */
export function mermaidQuoted(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()}"`;
}
