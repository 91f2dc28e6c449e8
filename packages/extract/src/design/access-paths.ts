import { snakeCase } from '@schemawright/ir';
import { ACCESS_PATH_WORDS, FIELD_FILLER, FIELD_LIST_STOPS, FIELD_TRAILING } from '../infer/signal-words.js';
import { negated } from './design-signals.js';
import { clauseBounds, type MentionLine } from './mention-stance.js';

/** "filter by status": which access path, the field as a snake_case column name, and where it was asked. */
export interface AccessPathMatch {
  readonly signal: 'filter-by' | 'sort-by' | 'search-by';
  readonly field: string;
  readonly start: number;
}

// Every pattern needs "by" after a space: a line without one asks for no access path.
const BY = /\sby\b/i;
const PATTERNS = ACCESS_PATH_WORDS.map((w) => ({ signal: w.signal, regex: new RegExp(`(?<![A-Za-z])(?:${w.verbs})\\s+by\\b\\s*:?`, 'gi') }));
const STOPS = new Set(FIELD_LIST_STOPS);
const FILLER = new Set(FIELD_FILLER);
const TRAILING = new Set(FIELD_TRAILING);
const MAX_FIELD_WORDS = 3;

/**
 * The fields a line asks to filter, sort or search by: "Filter by: status, type, assigned_to" gives three
 * filter-by fields. The list after "by" ends at the clause end, a colon, or a word that starts a new phrase
 * ("sorted by due date so that…" → due date).
 */
export function accessPathsOf(line: MentionLine): AccessPathMatch[] {
  const found: AccessPathMatch[] = [];
  if (!BY.test(line.text)) return found;
  for (const p of PATTERNS) {
    for (const m of line.text.matchAll(p.regex)) {
      if (negated(line, m.index, m.index + m[0].length)) continue;
      const listStart = m.index + m[0].length;
      const [, clauseEnd] = clauseBounds(line, m.index);
      for (const field of fieldList(line.text.slice(listStart, clauseEnd))) found.push({ signal: p.signal, field, start: m.index });
    }
  }
  return found;
}

/** Field names in "status (active/archived), type, and due date range: …". */
export function fieldList(text: string): string[] {
  const list = text.replace(/\([^)]*\)/g, ' ').split(/[:|]/)[0]!.replace(/[`*"']/g, '');
  const fields: string[] = [];
  for (const part of list.split(/,|\band\b|\bor\b|\/|&|\+/i)) {
    const words: string[] = [];
    let ended = false;
    for (const w of part.trim().split(/\s+/).filter((x) => x !== '')) {
      const word = w.replace(/[^A-Za-z0-9_-]/g, '');
      const lw = word.toLowerCase();
      if (STOPS.has(lw)) {
        ended = true;
        break;
      }
      if (lw !== '' && !FILLER.has(lw)) words.push(word);
    }
    while (words.length > 0 && TRAILING.has(words[words.length - 1]!.toLowerCase())) words.pop();
    if (words.length > 0 && words.length <= MAX_FIELD_WORDS && !/^\d+$/.test(words.join(''))) fields.push(snakeCase(words.join(' ')));
    if (ended || words.length > MAX_FIELD_WORDS) break;
  }
  return [...new Set(fields)];
}
