import type { DefaultValue, ReferentialAction } from '@schemawright/ir';
import { readDefault } from './defaults.js';

/** What a constraint cell or a field line's modifiers say about a column. */
export interface Constraints {
  primaryKey?: boolean;
  unique?: boolean;
  nullable?: boolean;
  /** The text marks a foreign key (`FK`), with or without a target. */
  foreignKey?: boolean;
  references?: { entity: string; column?: string };
  onDelete?: ReferentialAction;
  default?: DefaultValue;
  autoUpdate?: boolean;
  indexed?: boolean;
}

/** Words that can follow `FK` without being its target. */
const NOT_TARGETS = new Set(['not', 'null', 'unique', 'pk', 'index', 'indexed', 'on', 'cascade', 'default', 'required', 'optional', 'nullable', 'and', 'or', 'uk', 'id', 'the', 'a', 'an', 'this', 'that', 'its', 'their', 'which', 'key']);

const ON_DELETE: Readonly<Record<string, ReferentialAction>> = {
  cascade: 'cascade',
  'set null': 'set-null',
  restrict: 'restrict',
  'no action': 'no-action',
};

const FK_TARGET =
  /\b(?:fk|foreign\s+key|references?|refs?|links?\s+to|points?\s+to)\b\s*(?:→|->|=>|to|:|\bon\b)?\s*[(`]?\s*([A-Za-z_][\w]*)`?(?:\s*\.\s*`?(\w+)`?|\s*\(\s*(\w+)\s*\))?/i;
const ARROW_TARGET = /(?:→|->|=>)\s*`?([A-Za-z_]\w*)`?\s*\.\s*`?(\w+)`?/;

/**
 * Reads constraint words from free text: `PK`, `FK → users.id`, `FK (users)`, `references users(id)`,
 * `unique`, `not null`, `NULL`, `default now()`, `auto_increment`, `ON DELETE CASCADE`, `indexed`.
 * Words it does not know are ignored; the caller keeps the text as a description.
 */
export function readConstraints(text: string, enumValues?: readonly string[]): Constraints {
  const c: Constraints = {};
  const t = text.replace(/`/g, '');
  if (/\b(?:pk|primary\s*key)\b/i.test(t) || /^\s*primary\s*$/i.test(t)) c.primaryKey = true;
  if (/\b(?:unique|uk|uq|unq)\b/i.test(t) && !/\bnot\s+unique\b/i.test(t)) c.unique = true;
  if (/\b(?:not\s+null|non[- ]?null|required|mandatory)\b/i.test(t)) c.nullable = false;
  const withoutNotNull = t.replace(/\b(?:not\s+null|default\s+null|set\s+null)\b/gi, '');
  if (/\b(?:nullable|optional)\b/i.test(withoutNotNull) || /(?:^|[\s,;(])null(?:$|[\s,;)])/i.test(withoutNotNull)) c.nullable = true;
  const target = FK_TARGET.exec(t);
  if (/\b(?:fk|foreign\s+key|references?)\b/i.test(t)) c.foreignKey = true;
  if (target && !NOT_TARGETS.has(target[1]!.toLowerCase())) {
    c.foreignKey = true;
    const column = target[2] ?? target[3];
    c.references = column ? { entity: target[1]!, column } : { entity: target[1]! };
  } else {
    const arrow = ARROW_TARGET.exec(t);
    if (arrow) {
      c.foreignKey = true;
      c.references = { entity: arrow[1]!, column: arrow[2]! };
    }
  }
  const onDelete = /\bon\s+delete\s+(cascade|set\s+null|restrict|no\s+action)\b/i.exec(t);
  if (onDelete) c.onDelete = ON_DELETE[onDelete[1]!.toLowerCase().replace(/\s+/g, ' ')];
  const dflt = /\bdefault(?:s)?\b\s*(?:[:=]|to|is)?\s*([^,;]+?)\s*(?:[,;]|$)/i.exec(t);
  if (dflt) {
    const value = readDefault(dflt[1]!, enumValues);
    if (value) c.default = value;
  }
  if (!c.default && /\b(?:auto[_ -]?increment(?:ing)?|identity|autoincrement)\b/i.test(t)) c.default = { kind: 'autoincrement' };
  if (/\bon\s+update\s+(?:current_timestamp|now)|@updatedat\b|\bauto[- ]?updated?\b/i.test(t)) c.autoUpdate = true;
  if (/\b(?:index|indexed|idx)\b/i.test(t) && !/\bunique\s+index\b/i.test(t)) c.indexed = true;
  return c;
}

/** True when the constraints say anything at all. */
export function saysSomething(c: Constraints): boolean {
  return Object.keys(c).length > 0;
}

/**
 * Reads the few constraint hints a Notes / Description cell can carry without misreading prose: a leading
 * `Unique` or `Optional`, `(optional)`, an explicit FK target (`FK to users`, `references users.id`, `→ users.id`)
 * and `default …`.
 */
export function readNoteHints(text: string, enumValues?: readonly string[]): Constraints {
  const c: Constraints = {};
  const t = text.trim();
  // `Unique identifier` describes the key; `Unique email` a unique column.
  if (/^unique\s+(?:identifier|id|key)\b/i.test(t)) c.primaryKey = true;
  else if (/^unique\b/i.test(t) || /\(unique\)/i.test(t)) c.unique = true;
  if (/^optional\b/i.test(t) || /\((?:optional|nullable)\)/i.test(t)) c.nullable = true;
  const full = readConstraints(t, enumValues);
  if (full.references) {
    c.foreignKey = true;
    c.references = full.references;
    if (full.onDelete) c.onDelete = full.onDelete;
  }
  if (/^(?:pk|primary key)\b/i.test(t)) c.primaryKey = true;
  if (full.default && /\bdefaults?\b/i.test(t)) c.default = full.default;
  return c;
}
