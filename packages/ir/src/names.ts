import pluralize from 'pluralize';

/**
 * Splits an identifier or phrase into lower-case words: camelCase, PascalCase, snake_case,
 * kebab-case, UPPER_SNAKE and spaces all split the same way.
 */
export function words(name: string): string[] {
  return [...memo(wordsCache, name, splitWords)];
}

// Names are split and inflected again and again (every comparison of two entities): cache the pure
// results. Bounded, so a long-running process never grows without limit.
const wordsCache = new Map<string, readonly string[]>();
const singularCache = new Map<string, string>();
const pluralCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function memo<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function splitWords(name: string): readonly string[] {
  return name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    // letters of every script are word characters: a Korean or Chinese name keeps its identity
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
    .toLowerCase()
    .split(' ')
    .filter((w) => w.length > 0);
}

/** Singular form of one English word (pluralize, with its irregulars and uncountables). */
export function singular(word: string): string {
  // English inflection applies to English words only: `사용자` has no plural to strip
  return memo(singularCache, word, (w) => (/^[a-z0-9]+$/i.test(w) ? pluralize.singular(w) : w));
}

/** Plural form of one English word. */
export function plural(word: string): string {
  return memo(pluralCache, word, (w) => (/^[a-z0-9]+$/i.test(w) ? pluralize.plural(w) : w));
}

/** Words with the last one made singular: the entity's identity ("OrderItems" → order item). */
export function singularWords(name: string): string[] {
  const w = words(name);
  if (w.length > 0) w[w.length - 1] = singular(w[w.length - 1]!);
  return w;
}

/** The key two names share when they name the same entity: `order_items`, `OrderItem`, `ORDER ITEM` → `order_item`. */
export function entityKey(name: string): string {
  return singularWords(name).join('_');
}

/** snake_case of the words as given. */
export function snakeCase(name: string): string {
  return words(name).join('_');
}

/** camelCase of the words as given. */
export function camelCase(name: string): string {
  return words(name)
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/** PascalCase of the words as given. */
export function pascalCase(name: string): string {
  return words(name)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** Table name for an entity: snake_case with the last word plural (`OrderItem` → `order_items`). */
export function tableNameOf(entity: string): string {
  const w = singularWords(entity);
  if (w.length > 0) w[w.length - 1] = plural(w[w.length - 1]!);
  return w.join('_');
}

/** Model name for a table: PascalCase with the last word singular (`order_items` → `OrderItem`). */
export function modelNameOf(table: string): string {
  return pascalCase(singularWords(table).join(' '));
}

/**
 * A short stable tag of a text (FNV-1a, 8 hex digits): the same name always gives the same tag, on every
 * machine, so identifiers made for names without a Latin form stay stable as the schema grows.
 */
export function nameTag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** True when a name has no Latin letter or digit to build an ASCII identifier from. */
export function hasNoLatinForm(name: string): boolean {
  return !/[A-Za-z0-9]/.test(name);
}

/** Code-unit comparison, the only string order used anywhere (never `localeCompare`). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
