import { singularWords, type Table } from '@schemawright/ir';

/**
 * Last words (singular) of tables whose rows pile up without bound under one parent: logs, events,
 * messages, readings. MongoDB caps a document at 16 MB and rewrites it on every push, so such children stay
 * collections that reference the parent even when they are otherwise owned data.
 */
export const UNBOUNDED_CHILD_WORDS: readonly string[] = [
  'log', 'event', 'message', 'notification', 'reading', 'measurement', 'transaction', 'activity', 'audit',
  'history', 'metric', 'snapshot', 'visit', 'click', 'ping', 'heartbeat',
];

/** True when the table's name says its rows accumulate without bound (see `UNBOUNDED_CHILD_WORDS`). */
export function isUnboundedChild(t: Table): boolean {
  const w = singularWords(t.name);
  return w.length > 0 && UNBOUNDED_CHILD_WORDS.includes(w[w.length - 1]!);
}
