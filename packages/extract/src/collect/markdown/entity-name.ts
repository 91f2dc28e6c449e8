import {
  DATA_MODEL_HEADING_WORDS,
  ENUM_LABELS,
  FIELD_LABELS,
  isOneOf,
  NEVER_ENTITY_WORDS,
  RELATIONSHIP_LABELS,
  SECTION_WORDS,
} from './heading-words.js';

/** Words that make a heading a sentence or a phrase about something, never an entity's name. */
export const SENTENCE_WORDS: readonly string[] = [
  'the', 'a', 'an', 'is', 'are', 'was', 'be', 'to', 'for', 'with', 'how', 'what', 'why', 'when', 'where', 'this',
  'that', 'these', 'those', 'we', 'you', 'our', 'your', 'will', 'should', 'must', 'can', 'and', 'or', 'vs', 'via',
  'by', 'from', 'into', 'about', 'each', 'every', 'all', 'not', 'if', 'then', 'it', 'its', 'their', 'as', 'at', 'on',
];

/** Verbs that start UI and API headings (`Create Academic Year`, `Update Task`): such phrases are actions. */
export const ACTION_WORDS: readonly string[] = [
  'create', 'update', 'delete', 'get', 'add', 'remove', 'edit', 'fetch', 'submit', 'search', 'register', 'login',
  'set', 'view', 'manage', 'send', 'upload', 'export', 'import',
];

/** Prefixes and suffixes that wrap an entity name in a heading: `Table: orders`, `users table`, `User Model`. */
const WRAPPER_PREFIX = /^(?:table|entity|model|collection|object|resource)\s*[:：-]\s*/i;
// `Customer Details`, `Order Information`: the words say "what follows describes a Customer"
const WRAPPER_SUFFIX = /\s+(?:table|entity|model|collection|object|schema|details|information|info|record|records)$/i;

/**
 * A heading's text without list numbering, emoji, markup and a trailing colon: `📌 **7. Database Tables**` →
 * `Database Tables`, `#### 2. Order Item` → `Order Item`, `3.5 article_tags` → `article_tags`.
 */
export function cleanHeadingText(text: string): string {
  return text
    .replace(/[*`]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^(?:\d+[.)]?)+(?:\d+)?\s+/, '')
    .replace(/^[A-Za-z][.)]\s+(?=\S)/, '')
    .replace(/^(?:step|section|part)\s+\d+\s*[:.-]\s*/i, '')
    .replace(/[:：]\s*$/, '')
    .trim();
}

/** How much evidence backs a heading: `strong` (typed fields, a column list) lets `Questions` or `Goals` through. */
export type Evidence = 'weak' | 'strong';

/**
 * The entity name a heading or label names, or undefined when it is not a name: a sentence, a label such as
 * `Relationships`, a data-model heading, a never-entity section (`Tech Stack`, `Request Body`), or with weak
 * evidence a section word (`Goals`). Parenthetical remarks, dashes and a second name after ` / ` go:
 * `### 3.5 article_tags（link table）` → `article_tags`, `### User — the account holder` → `User`,
 * `### Customer Details` → `Customer`.
 */
export function entityNameOf(heading: string, evidence: Evidence = 'weak'): string | undefined {
  const written = cleanHeadingText(heading)
    .replace(WRAPPER_PREFIX, '')
    .replace(/\s*[(（\[【].*$/u, '')
    .replace(/\s+[—–-]\s+.*$/, '')
    .replace(/\s*[:：]\s+.*$/, '')
    // `Raw Materials / Ingredients`: two words for one thing, the first is the name
    .replace(/\s+\/\s+.*$/, '')
    .trim();
  // `Data Model` is a section before `Model` is a wrapper: test the words as written, then unwrapped.
  const name = written.replace(WRAPPER_SUFFIX, '').replace(/^(?:the|an?)\s+(?=\S+$)/i, '').trim();
  if (!isEntityName(name)) return undefined;
  for (const lower of [written.toLowerCase(), name.toLowerCase()]) {
    for (const words of [NEVER_ENTITY_WORDS, DATA_MODEL_HEADING_WORDS, FIELD_LABELS, RELATIONSHIP_LABELS, ENUM_LABELS]) {
      if (isOneOf(lower, words)) return undefined;
    }
    if (evidence === 'weak' && isOneOf(lower, SECTION_WORDS)) return undefined;
  }
  return name;
}

/** True for a short name made of name-like words (`User`, `Order Item`, `order_items`, `PromoCode`); shape only. */
export function isEntityName(name: string): boolean {
  if (name === '' || name.length > 60) return false;
  const parts = name.split(/\s+/);
  if (parts.length > 4) return false;
  if (!parts.every((p) => /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(p))) return false;
  if (parts.length > 1 && isOneOf(parts[0]!.toLowerCase(), ACTION_WORDS)) return false;
  return !parts.some((p) => isOneOf(p.toLowerCase(), SENTENCE_WORDS));
}

/** The table name the source fixed, when it wrote the name in snake_case (`order_items`, `users`). */
export function snakeTableName(name: string): string | undefined {
  return /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/.test(name) ? name : undefined;
}

/** Splits `Tasks, Comments and Tags` into names; undefined when one of them is not a name. */
export function entityNames(text: string): string[] | undefined {
  const names = text
    .split(/\s*(?:,|;|\/|\band\b|&|\+)\s*/)
    .map((n) => n.replace(/^(?:a|an|the|one|many|multiple|several)\s+/i, '').trim())
    .filter((n) => n !== '');
  return names.length > 0 && names.every(isEntityName) ? names : undefined;
}
