import { snakeCase } from '@schemawright/ir';
import { normalizeLabel } from './labels.js';

/**
 * Relation label → the role the referenced side plays, as foreign key columns name it (`owns` → `owner`
 * gives `owner_id`). The first role names a new column; every role is tried when looking for an existing
 * one. Keys are normalized labels (lower-case words, leading auxiliaries dropped). Data, not code.
 */
export const ROLE_BY_LABEL: Readonly<Record<string, readonly string[]>> = {
  owns: ['owner'], 'owned by': ['owner'],
  creates: ['creator', 'created_by', 'author'], 'created by': ['creator', 'created_by', 'author'],
  writes: ['author', 'writer'], 'written by': ['author', 'writer'], authors: ['author'], 'authored by': ['author'],
  reports: ['reporter', 'reported_by'], 'reported by': ['reporter', 'reported_by'],
  'reports to': ['manager', 'supervisor'], manages: ['manager'], 'managed by': ['manager'],
  supervises: ['supervisor'], 'supervised by': ['supervisor'], mentors: ['mentor'], 'mentored by': ['mentor'],
  assigned: ['assignee', 'assigned_to'], 'assigned to': ['assignee', 'assigned_to'], 'assigned by': ['assigner', 'assigned_by'],
  assigns: ['assigner', 'assigned_by'],
  'departs from': ['departure', 'origin'], departs: ['departure', 'origin'], 'leaves from': ['departure', 'origin'],
  'arrives at': ['arrival', 'destination'], arrives: ['arrival', 'destination'],
  sends: ['sender'], 'sent by': ['sender'], receives: ['recipient', 'receiver'], 'received by': ['recipient', 'receiver'],
  invites: ['inviter', 'invited_by'], 'invited by': ['inviter', 'invited_by'], refers: ['referrer', 'referred_by'],
  'referred by': ['referrer', 'referred_by'], approves: ['approver', 'approved_by'], 'approved by': ['approver', 'approved_by'],
  reviews: ['reviewer'], 'reviewed by': ['reviewer'], teaches: ['instructor', 'teacher'], 'taught by': ['instructor', 'teacher'],
  hosts: ['host'], 'hosted by': ['host'], updates: ['updater', 'updated_by'], 'updated by': ['updater', 'updated_by'],
  follows: ['follower'], 'followed by': ['followee'], 'parent of': ['parent'], 'child of': ['parent'],
  'has child': ['parent'], 'has children': ['parent'], 'has sub task': ['parent'], 'has subtask': ['parent'],
  'has sub tasks': ['parent'], 'has subtasks': ['parent'], 'has sub category': ['parent'], 'has subcategories': ['parent'],
  replies: ['parent'], 'reply to': ['parent'], 'replies to': ['parent'], 'in reply to': ['parent'],
};

/** The role a self relation falls back to when its label names none: a tree (`parent_id`). */
export const SELF_ROLE_FALLBACK = 'parent';

/** `_id` stems that point at the column's own table even though no entity is called that. */
export const SELF_REFERENCE_STEMS: readonly string[] = ['parent'];

/** Roles a relation label gives the referenced side (empty when the table has no row for it). */
export function rolesForLabel(label: string | undefined): string[] {
  const n = normalizeLabel(label);
  return [...(ROLE_BY_LABEL[n] ?? [])];
}

/** The label as a column prefix (`"is given"` → `given`), or '' when there is none. */
export function labelPrefix(label: string | undefined): string {
  return snakeCase(normalizeLabel(label));
}
