import type { DefaultValue } from '@schemawright/ir';
import { readDefaultValue } from './default-value.js';

/** What an attribute comment says about the column besides describing it. */
export interface CommentHints {
  readonly nullable?: boolean;
  readonly unique?: boolean;
  readonly default?: DefaultValue;
  readonly enumValues?: readonly string[];
  /** The comment, when it says more than the hints (`"unique"` alone describes nothing). */
  readonly description?: string;
}

/** Phrases that make a column NOT NULL; checked before the nullable ones (`not null` contains `null`). */
export const REQUIRED_PHRASES = /\b(?:not\s+null|non-?null(?:able)?|not\s+nullable|required|mandatory)\b/i;
/** Phrases that make a column nullable. */
export const NULLABLE_PHRASES = /\b(?:nullable|optional|null)\b/i;
export const UNIQUE_PHRASE = /\b(?<!not\s)(?<!non-?)unique\b/i;
/** `default: x`, `default x`, `defaults to x`, `default = x`, up to `,` `;` or the end. */
export const DEFAULT_PHRASE = /\bdefaults?(?:\s+(?:to|is))?\s*[:=]?\s*([^,;]+?)\s*(?=[,;]|$)/i;
/** `values: a, b`, `one of: a, b or c`, `enum: a, b`, `options: a / b`, `either a or b`. */
export const VALUE_LIST_PHRASE = /\b(?:values?|one\s+of|enum|options?|allowed(?:\s+values)?|either)\s*[:=]?\s*([^;()]+?)(?=\s*(?:[;()]|\bdefaults?\b|$))/i;
/** `draft|published|archived`: two or more values joined by pipes. */
export const PIPE_LIST = /[\p{L}\p{N}_][\p{L}\p{N}_.-]*(?:\s*\|\s*[\p{L}\p{N}_][\p{L}\p{N}_.-]*)+/u;

/** Splits a list into values; undefined unless it is two or more short, plain values. */
function valueList(text: string, separator: RegExp): string[] | undefined {
  const values = text
    .replace(/[.;]\s*$/, '')
    .split(separator)
    .map((v) => v.trim().replace(/^[`'"]|[`'"]$/g, '').trim())
    .filter((v) => v !== '' && !/^(?:etc\.?|\.\.\.|…)$/i.test(v));
  if (values.length < 2) return undefined;
  if (values.some((v) => /^(?:null|undefined|none)$/i.test(v))) return undefined;
  if (!values.every((v) => /^[\p{L}\p{N}_][\p{L}\p{N}_.:-]*$/u.test(v) && v.length <= 40)) return undefined;
  return values;
}

/**
 * Reads simple hints from an attribute comment: nullability (`nullable`, `optional`, `required`, `not null`),
 * `unique`, a default (`default: draft`), and a closed value list (`draft|published|archived`,
 * `values: a, b, c`, or a bare `a, b, c` when the column's type is `enum`).
 */
export function readCommentHints(comment: string, options: { readonly enumType?: boolean } = {}): CommentHints {
  const text = comment.trim();
  const hints: { -readonly [K in keyof CommentHints]: CommentHints[K] } = {};
  let rest = text;
  // Hint text is removed from `rest` once read, so what remains tells whether the comment says more.
  const consume = (found: string): void => {
    rest = rest.replace(found, ' ');
  };
  const required = REQUIRED_PHRASES.exec(text);
  const nullable = required ? null : NULLABLE_PHRASES.exec(text);
  if (required) hints.nullable = false;
  if (nullable) hints.nullable = true;
  consume((required ?? nullable)?.[0] ?? '');
  const unique = UNIQUE_PHRASE.exec(text);
  if (unique) {
    hints.unique = true;
    consume(unique[0]);
  }
  const listed = VALUE_LIST_PHRASE.exec(text);
  const piped = PIPE_LIST.exec(text);
  const fromPhrase = listed ? valueList(listed[1]!, /\s*(?:,|\||\/|\bor\b)\s*/) : undefined;
  const fromPipes = !fromPhrase && piped ? valueList(piped[0], /\s*\|\s*/) : undefined;
  // On an `enum` column a bare list is the value list: `enum role "owner, admin, member"`.
  const fromBareList = !fromPhrase && !fromPipes && options.enumType ? valueList(text, /\s*(?:,|\||\/|\bor\b)\s*/) : undefined;
  const values = fromPhrase ?? fromPipes ?? fromBareList;
  if (values) {
    hints.enumValues = values;
    consume(fromPhrase ? listed![0] : fromPipes ? piped![0] : text);
  }
  const defaulted = DEFAULT_PHRASE.exec(text);
  const value = defaulted ? readDefaultValue(defaulted[1]!, values) : undefined;
  if (value) {
    hints.default = value;
    consume(defaulted![0]);
  }
  if (/\p{L}{2,}/u.test(rest)) hints.description = text;
  return hints;
}
