import { diagnostic, type Diagnostic, type Result } from '@schemawright/ir';
import type { ParsedDocument } from '../document.js';
import type { AttributeFact, Fact } from '../facts.js';
import { blockSpan, codeBlocks, type CodeBlock } from './code/blocks.js';
import { entityFromLabel } from './code/json-names.js';
import { typeOfExample } from './code/json-values.js';

export const JSON_RULE = 'collect/json-example';

/** Confidence when a `// Name` comment or the label right above names the entity, and when only the heading does. */
export const JSON_CONFIDENCE = { named: 0.7, heading: 0.6 } as const;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const JSON_LANGUAGES = /^(json|jsonc|json5)$/;

/** True for a block that may hold a JSON example: a JSON fence, or an untagged block opening with `{"` or `[{`. */
export function isJsonBlock(block: CodeBlock): boolean {
  return JSON_LANGUAGES.test(block.lang) || (block.lang === '' && /^\s*(\/\/[^\n]*\n\s*)*(\{\s*"|\[\s*\{)/.test(block.text));
}

/** Comments, trailing commas and `...` placeholders removed, so a hand-written example parses as JSON. */
function relaxed(text: string): string {
  return text
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/("(?:[^"\\]|\\.)*")|\/\/.*$/gm, (m, str: string | undefined) => str ?? '')
    .replace(/^\s*(\.\.\.|…)\s*,?\s*$/gm, '')
    .replace(/\[\s*(\.\.\.|…)\s*\]/g, '[]')
    .replace(/,(\s*[}\]])/g, '$1');
}

/** The entity a block is an example of, and how it was named; `api` for API shapes; undefined when unnamed. */
function nameOf(block: CodeBlock): { entity: string; confidence: number } | 'api' | undefined {
  const comment = /^\s*\/\/\s*(.+)$/.exec(block.lines[0] ?? '')?.[1];
  for (const [text, confidence] of [[comment, JSON_CONFIDENCE.named], [block.label, JSON_CONFIDENCE.named], [block.heading, JSON_CONFIDENCE.heading]] as const) {
    if (text === undefined) continue;
    const r = entityFromLabel(text);
    if (r === 'api') return 'api';
    if (r) return { entity: r.entity, confidence };
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID_KEY = /^(id|_id|uuid)$|[a-z0-9](Id|_id|ID)$/;

/**
 * Collects an entity from a JSON example record (`{"id": …, "userId": …}`) whose `// Name` comment, label
 * paragraph or heading names the entity. Field types come from the values (ISO strings → datetime, numbers by
 * name, objects → json); `<x>Id` keys reference `<x>`. Low confidence: examples show data, not the schema.
 */
export function collectJsonExamples(doc: ParsedDocument): Result<readonly Fact[]> {
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const block of codeBlocks(doc).filter(isJsonBlock)) {
    const name = nameOf(block);
    if (name === undefined || name === 'api') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(relaxed(block.text));
    } catch (e) {
      // An untagged block that is not JSON is simply something else.
      if (!JSON_LANGUAGES.test(block.lang)) continue;
      const detail = e instanceof Error ? e.message.split('\n')[0]! : 'not JSON';
      diagnostics.push(diagnostic('extract/code-block-unparsed', { language: 'json', detail: `example of ${name.entity}: ${detail}` }, blockSpan(doc, block, 0)));
      continue;
    }
    const record = Array.isArray(parsed) ? parsed.find(isRecord) : parsed;
    if (!isRecord(record) || !Object.keys(record).some((k) => ID_KEY.test(k))) continue;
    const { entity, confidence } = name;
    const base = { rule: JSON_RULE, source: 'code' as const, confidence };
    const firstKey = keyLines(block, ['{'])[0] ?? 0;
    facts.push({ kind: 'entity', span: blockSpan(doc, block, Math.max(0, firstKey)), ...base, name: entity });
    const lines = keyLines(block, Object.keys(record).map((k) => JSON.stringify(k)));
    Object.entries(record).forEach(([key, value], i) => {
      const fact: Mutable<AttributeFact> = { kind: 'attribute', span: blockSpan(doc, block, lines[i] ?? 0, key), ...base, entity, name: key };
      const type = typeOfExample(key, value);
      if (type) fact.type = type;
      if (value === null) fact.nullable = true;
      if (/^(id|_id)$/.test(key)) fact.primaryKey = true;
      const ref = /^(.*[a-z0-9])(Id|_id|ID)$/.exec(key);
      if (ref) fact.references = { entity: ref[1]! };
      facts.push(fact);
    });
  }
  return { value: facts, diagnostics };
}

/** The block line of each token, searched in order (each after the previous one), -1 when not found. */
function keyLines(block: CodeBlock, tokens: readonly string[]): number[] {
  let line = 0;
  let column = 0;
  return tokens.map((token) => {
    for (let l = line; l < block.lines.length; l++) {
      const at = (block.lines[l] ?? '').indexOf(token, l === line ? column : 0);
      if (at >= 0) {
        line = l;
        column = at + token.length;
        return l;
      }
    }
    return -1;
  });
}
