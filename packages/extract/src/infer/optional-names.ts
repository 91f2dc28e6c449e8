import { matchesNamePattern } from './by-name.js';

/**
 * Column names of events that may not have happened yet (`deleted_at`, `completed_at`, `last_login_at`): such a
 * column is empty until the event, so it is nullable when the documents do not say. Patterns as in
 * `NAME_TYPE_RULES` (`*` for words at the start, end or middle). Data: add a row to teach a new event.
 */
export const OPTIONAL_NAME_PATTERNS: readonly string[] = [
  // soft delete, archive, lifecycle ends
  'deleted_at', '*_deleted_at', 'archived_at', 'completed_at', 'cancelled_at', 'canceled_at', 'closed_at', 'resolved_at',
  'ended_at', 'finished_at', 'expired_at', 'revoked_at', 'suspended_at', 'banned_at', 'locked_at', 'disabled_at', 'deactivated_at',
  // confirmations and reviews
  'verified_at', '*_verified_at', 'confirmed_at', '*_confirmed_at', 'approved_at', 'rejected_at', 'accepted_at', 'declined_at',
  'reviewed_at', 'published_at', 'processed_at', 'answered_at', 'responded_at',
  // attention and delivery (not `sent_at`, `opened_at`, `scheduled_at`: those are usually set when the row is made)
  'read_at', 'seen_at', 'viewed_at', 'delivered_at', 'shipped_at', 'paid_at', 'refunded_at', 'returned_at',
  'checked_in_at', 'checked_out_at',
  // the latest occurrence of something that may never have occurred
  'last_*_at', 'last_*_on',
];

/** True when a snake_case column name is one of an event that may not have happened (`OPTIONAL_NAME_PATTERNS`). */
export function isOptionalByName(name: string, patterns: readonly string[] = OPTIONAL_NAME_PATTERNS): boolean {
  return patterns.some((p) => matchesNamePattern(name, p));
}
