import {
  DESIGN_SIGNAL_WORDS,
  FILLER_WORDS,
  NEGATING_MARKS,
  NEGATIONS,
  OUT_OF_SCOPE_HEADINGS,
  REJECTING_AFTER,
  REJECTING_BEFORE,
  type DesignSignal,
} from '../infer/signal-words.js';
import { clauseBounds, type MentionLine } from './mention-stance.js';
import { alternation, containsPhrase, endsWithPhrase, startsWithPhrase, wordsRegex } from './phrases.js';

/** A design phrase found in a line: which signal, the phrase as matched, where, and how strong. */
export interface DesignMatch {
  readonly signal: DesignSignal;
  readonly value: string;
  readonly start: number;
  readonly strong: boolean;
}

/** One signal's phrases as regexes: strong, weak, and any phrase even inside a word (to rule documents out). */
export interface DesignTable {
  readonly signal: DesignSignal;
  readonly strong: RegExp;
  readonly weak: RegExp;
  readonly any: RegExp;
}

const TABLES: readonly DesignTable[] = DESIGN_SIGNAL_WORDS.map((w) => ({
  signal: w.signal,
  strong: wordsRegex(w.strong),
  weak: wordsRegex(w.phrases),
  // without the word edges: a looser test, but one the engine scans a whole document with quickly
  any: new RegExp([...w.strong, ...w.phrases].join('|'), 'i'),
}));

/**
 * The tables with a phrase somewhere in `text`, in table order: a line of the text can only raise those, so
 * a document tests each absent signal once instead of on every line.
 */
export function designTablesIn(text: string): readonly DesignTable[] {
  return TABLES.filter((t) => t.any.test(text));
}
// Every design phrase at once: most lines hold none, and one test rules them all out. Without `g`, so
// `test` keeps no state. (An empty list would match anywhere; then no line can be ruled out.)
const ANY_PHRASE = DESIGN_SIGNAL_WORDS.some((w) => w.strong.length === 0 || w.phrases.length === 0)
  ? undefined
  : new RegExp(wordsRegex(DESIGN_SIGNAL_WORDS.flatMap((w) => [...w.strong, ...w.phrases])).source, 'i');

/**
 * The design signals a prose line raises, at most one per signal (the first strong phrase, else the first
 * weak one). A phrase that the line negates ("no payments in v1", "❌ offline support", "audit log is out
 * of scope") raises nothing. `tables`: the ones that can match (see `designTablesIn`).
 */
export function designSignalsOf(line: MentionLine, tables: readonly DesignTable[] = TABLES): DesignMatch[] {
  if (tables.length === 0 || (ANY_PHRASE && !ANY_PHRASE.test(line.text))) return [];
  if (containsPhrase(line.text, NEGATING_MARKS)) return [];
  const found: DesignMatch[] = [];
  for (const t of tables) {
    const strong = firstAffirmed(line, t.strong);
    const hit = strong ?? firstAffirmed(line, t.weak);
    if (hit) found.push({ signal: t.signal, value: hit.value, start: hit.start, strong: strong !== undefined });
  }
  return found;
}

function firstAffirmed(line: MentionLine, regex: RegExp): { value: string; start: number } | undefined {
  for (const m of line.text.matchAll(regex)) {
    if (!negated(line, m.index, m.index + m[0].length)) return { value: m[0].toLowerCase().replace(/\s+/g, ' '), start: m.index };
  }
  return undefined;
}

// A negation up to two words before the phrase: "we do not issue invoices", "no need for offline mode".
const NEGATION_NEAR = new RegExp(`(?<![A-Za-z])(?:${alternation(NEGATIONS)})(?:\\s+[^\\s]+){0,2}\\s*$`, 'i');

/** True when the clause around [start, end) denies the phrase or puts it out of scope. */
export function negated(line: MentionLine, start: number, end: number): boolean {
  const [clauseStart, clauseEnd] = clauseBounds(line, start);
  const before = line.text.slice(clauseStart, start);
  const after = line.text.slice(end, clauseEnd);
  if (endsWithPhrase(before, REJECTING_BEFORE, FILLER_WORDS) || startsWithPhrase(after, REJECTING_AFTER)) return true;
  if (NEGATION_NEAR.test(before)) return true;
  return containsPhrase(line.text.slice(clauseStart, clauseEnd), OUT_OF_SCOPE_HEADINGS);
}
