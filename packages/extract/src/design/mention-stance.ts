import {
  ALTERNATIVE_LINKS,
  CHOOSING_BEFORE,
  COMPARING,
  FILLER_WORDS,
  LABEL_BEFORE,
  NEGATING_MARKS,
  PRIMARY_WORDS,
  REJECTING_AFTER,
  REJECTING_BEFORE,
  REJECTING_IN_CLAUSE,
  ROW_CHOSEN,
  ROW_REJECTED,
  SECONDARY_WORDS,
  STACK_ROW_WORDS,
  type Stance,
} from '../infer/signal-words.js';
import { containsPhrase, endsWithPhrase, startsWithPhrase } from './phrases.js';

/** A product name found in a line: its offsets (0-based, end exclusive). */
export interface Mention {
  readonly start: number;
  readonly end: number;
}

/** The line a mention sits in and what the section around it says. */
export interface MentionLine {
  readonly text: string;
  /** A markdown table row: the whole row is one clause and its cells can carry a verdict. */
  readonly tableRow: boolean;
  /** Under a heading such as "Alternatives considered": names there are compared, not chosen. */
  readonly comparingSection: boolean;
}

// Clause ends: sentence punctuation followed by space, and contrasting conjunctions.
const CLAUSE_BREAK = /[.;!?。；！？](?=\s|$)|\s(?:but|while|whereas|however)\s/gi;

/** Start and end offsets of the clause holding `offset`; a table row is one clause. */
export function clauseBounds(line: MentionLine, offset: number): readonly [number, number] {
  if (line.tableRow) return [0, line.text.length];
  let start = 0;
  let end = line.text.length;
  for (const m of line.text.matchAll(CLAUSE_BREAK)) {
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= offset) start = breakEnd;
    else if (m.index >= offset) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/**
 * How a line treats one of the names it mentions. `mentions` are every product name in the line in order
 * (databases and ORMs alike), so "we chose Postgres over MongoDB" gives Postgres the words before it and
 * MongoDB only " over ". Rejection beats comparison beats a second store beats a choice.
 */
export function stanceOf(line: MentionLine, mentions: readonly Mention[], index: number): Stance {
  const m = mentions[index]!;
  const [clauseStart, clauseEnd] = clauseBounds(line, m.start);
  const prev = mentions[index - 1];
  const next = mentions[index + 1];
  const windowStart = prev && prev.end > clauseStart ? prev.end : clauseStart;
  const windowEnd = next && next.start < clauseEnd ? next.start : clauseEnd;
  const before = line.text.slice(windowStart, m.start);
  const after = line.text.slice(m.end, windowEnd);
  const clause = line.text.slice(clauseStart, clauseEnd);
  const clauseBefore = line.text.slice(clauseStart, m.start);

  if (containsPhrase(line.text, NEGATING_MARKS)) return 'rejected';
  if (endsWithPhrase(before, REJECTING_BEFORE, FILLER_WORDS) || startsWithPhrase(after, REJECTING_AFTER)) return 'rejected';
  if (line.tableRow && containsPhrase(clause, ROW_REJECTED)) return 'rejected';
  if (line.comparingSection || endsWithPhrase(before, COMPARING) || startsWithPhrase(after, COMPARING)) return 'compared';
  // "Offline storage: X" is a second store; "Database: X" names the store outright, whatever the rest of
  // the clause says ("… or a local instance").
  if (!containsPhrase(clauseBefore, PRIMARY_WORDS) && containsPhrase(clauseBefore, SECONDARY_WORDS)) return 'secondary';
  if (endsWithPhrase(before, LABEL_BEFORE)) return 'chosen';
  const choosing = endsWithPhrase(before, CHOOSING_BEFORE, FILLER_WORDS);
  if (!choosing && containsPhrase(before, REJECTING_IN_CLAUSE)) return 'rejected';
  const primary = containsPhrase(clause, PRIMARY_WORDS);
  if (!primary && containsPhrase(clause, SECONDARY_WORDS)) return 'secondary';
  if (choosing || primary) return 'chosen';
  if (line.tableRow && (containsPhrase(clause, ROW_CHOSEN) || containsPhrase(clause, STACK_ROW_WORDS))) return 'chosen';
  if (endsWithPhrase(before, ALTERNATIVE_LINKS) || startsWithPhrase(after, ALTERNATIVE_LINKS)) return 'alternative';
  return 'mention';
}
