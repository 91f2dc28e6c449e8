import { pascalCase, singularWords } from '@schemawright/ir';

/** Words that dress a label without naming anything ("Example user record", "Product shape"). Data. */
export const LABEL_FILLER_WORDS: ReadonlySet<string> = new Set([
  'example', 'examples', 'sample', 'samples', 'shape', 'record', 'records', 'object', 'objects', 'json', 'schema',
  'structure', 'format', 'model', 'entity', 'document', 'representation', 'the', 'a', 'an', 'of', 'for', 'one', 'single',
  'typical', 'full', 'minimal', 'stored', 'data', 'row', 'item',
]);

/** Words that mark an API or config shape rather than a stored record: such a block yields nothing. Data. */
export const API_SHAPE_WORDS: ReadonlySet<string> = new Set([
  'request', 'response', 'body', 'payload', 'params', 'parameters', 'query', 'input', 'output', 'reply', 'error',
  'errors', 'config', 'configuration', 'settings', 'dependencies', 'package', 'env', 'environment', 'headers', 'event',
  'webhook', 'message', 'api', 'endpoint', 'endpoints', 'result', 'results',
]);

/** Section words that head a block without naming an entity ("Data model", "Overview"). Data. */
export const SECTION_WORDS: ReadonlySet<string> = new Set([
  'overview', 'database', 'design', 'architecture', 'usage', 'notes', 'reference', 'introduction', 'summary', 'setup',
  'installation', 'implementation', 'implemented', 'details', 'appendix', 'storage', 'persistence', 'seed', 'fixtures',
]);

/** Verbs that start an operation label ("Create order"), not an entity name. */
const OPERATION_VERBS = /^(create|update|get|list|delete|post|put|patch|fetch|send|add|remove|upsert|search)$/;

/**
 * What a label or heading says about a JSON block: the entity it names (`Product shape (Response)` → `Product`),
 * `api` when it marks an API shape, or nothing. Parenthesized text, numbering and filler words are ignored;
 * one to three remaining Latin words name the entity, singular PascalCase.
 */
export function entityFromLabel(text: string): { entity: string } | 'api' | undefined {
  const clean = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*_`#>:]/g, ' ')
    .replace(/^\s*(\d+(\.\d+)*\.?|step\s+\d+)\s+/i, ' ')
    .trim();
  const all = clean.split(/[\s/-]+/).filter((w) => w !== '');
  if (all.length === 0 || all.some((w) => !/^[A-Za-z][A-Za-z0-9]*$/.test(w))) return undefined;
  const lower = all.map((w) => w.toLowerCase());
  if (lower.some((w) => API_SHAPE_WORDS.has(w))) return 'api';
  const named = all.filter((w) => !LABEL_FILLER_WORDS.has(w.toLowerCase()));
  if (named.length === 0 || named.length > 3) return undefined;
  if (named.some((w) => SECTION_WORDS.has(w.toLowerCase())) || OPERATION_VERBS.test(named[0]!.toLowerCase())) return undefined;
  return { entity: pascalCase(singularWords(named.join(' ')).join(' ')) };
}
