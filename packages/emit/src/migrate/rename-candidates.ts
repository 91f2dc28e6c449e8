import { compareStrings } from '@schemawright/ir';

/**
 * Whether two names are close enough that one disappearing while the other appears looks like a rename:
 * they share a word (split on `_`, a trailing `s` ignored), one contains the other, or few letters differ.
 * Only ever a suggestion: migrations never rename on a guess.
 */
export function isSimilarName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.includes(y) || y.includes(x)) return true;
  const stem = (w: string) => w.replace(/s$/, '');
  const wx = new Set(x.split('_').filter((w) => w.length > 2 && !GENERIC_WORDS.has(w)).map(stem));
  if (y.split('_').some((w) => w.length > 2 && !GENERIC_WORDS.has(w) && wx.has(stem(w)))) return true;
  return editDistance(x, y) <= Math.max(2, Math.floor(Math.max(x.length, y.length) / 3));
}

/** Words too common in column names to make two names similar (`created_at` vs `deleted_at`). Data. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(['id', 'at', 'on', 'by', 'is', 'has', 'the', 'of']);

/** The first of `candidates` (in code-unit order of name) similar to `name`, if any. */
export function renameCandidate(name: string, candidates: readonly string[]): string | undefined {
  return [...candidates].sort(compareStrings).find((c) => isSimilarName(name, c));
}

/** Levenshtein distance over code units. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
