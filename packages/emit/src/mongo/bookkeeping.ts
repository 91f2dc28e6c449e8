import { snakeCase, type Column } from '@schemawright/ir';

/**
 * Column names (snake_case) of the timestamps a relational row keeps about itself. An embedded document is
 * written with its parent, whose own timestamps already say when it changed, and a junction that becomes
 * id lists has no document to hold them.
 */
export const BOOKKEEPING_TIMESTAMP_NAMES: readonly string[] = [
  'created_at', 'updated_at', 'modified_at', 'inserted_at', 'created_on', 'updated_on', 'modified_on',
];

/**
 * True for a timestamp the database maintains about the row itself: set on every update, or named as a
 * creation/update time in `BOOKKEEPING_TIMESTAMP_NAMES`. A domain time (`planned_on`, `paid_at`) is data and stays.
 */
export function isBookkeepingTimestamp(c: Column): boolean {
  if (c.autoUpdate) return true;
  const timestamp = c.type.kind === 'datetime' || c.type.kind === 'date';
  return timestamp && BOOKKEEPING_TIMESTAMP_NAMES.includes(snakeCase(c.name));
}
