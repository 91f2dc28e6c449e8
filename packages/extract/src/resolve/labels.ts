import { words } from '@schemawright/ir';

/** Leading words that carry no meaning in a relation label ("is assigned" reads as "assigned"). */
export const LABEL_AUXILIARIES: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'gets', 'get', 'can', 'may', 'must', 'will', 'should', 'shall'];

/**
 * Labels that say two entities are related and nothing about the role: facts with these labels merge with
 * any other statement about the same pair.
 */
export const GENERIC_LABELS: readonly string[] = [
  'has', 'have', 'has many', 'have many', 'has one', 'has a', 'has an', 'has some', 'belongs to', 'belong to',
  'contains', 'contain', 'includes', 'include', 'relates to', 'related to', 'references', 'refers to', 'linked to',
  'links to', 'associated with', 'part of', 'consists of', 'is part of',
];

/** A label as lower-case words without leading auxiliaries: `"Is Assigned"` → `assigned`. */
export function normalizeLabel(label: string | undefined): string {
  const w = words(label ?? '');
  while (w.length > 1 && LABEL_AUXILIARIES.includes(w[0]!)) w.shift();
  return w.join(' ');
}

/** The key relation statements group by: the normalized label, or '' when it names no role. */
export function labelGroupKey(label: string | undefined): string {
  const n = normalizeLabel(label);
  return GENERIC_LABELS.includes(n) || GENERIC_LABELS.includes(words(label ?? '').join(' ')) ? '' : n;
}
