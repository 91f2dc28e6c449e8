import { words } from '@schemawright/ir';

/** Label words that say nothing about which column is meant. Data, not code. */
export const LABEL_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'of', 'by', 'for', 'in', 'on', 'at', 'as', 'and', 'or', 'with', 'from', 'into',
  'is', 'are', 'be', 'has', 'have', 'had', 'belongs', 'belong', 'contains', 'contain', 'includes', 'include',
  'many', 'one', 'each', 'per', 'its', 'their',
]);

/** Length of the common prefix of two words. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/**
 * True when a relationship label names the column: a label word and a column word share a stem, allowing the
 * endings verbs and agent nouns differ by (`owns`/`owner_id`, `assigned to`/`assignee_id`, `creates`/
 * `created_by`, `manages`/`manager_id`) but not a chance prefix (`creates`/`credit_id`).
 */
export function labelNamesColumn(label: string, columnStem: string): boolean {
  const labelWords = words(label).filter((w) => w.length >= 3 && !LABEL_STOPWORDS.has(w));
  const columnWords = words(columnStem).filter((w) => w.length >= 3 && !LABEL_STOPWORDS.has(w));
  return labelWords.some((l) =>
    columnWords.some((c) => commonPrefix(l, c) >= Math.max(3, Math.min(l.length, c.length) - 2)),
  );
}
