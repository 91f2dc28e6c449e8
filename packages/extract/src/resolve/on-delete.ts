import type { ReferentialAction } from '@schemawright/ir';
import { normalizeLabel } from './labels.js';

/** Labels that say the parent contains the child, so deleting the parent deletes its children. */
export const CONTAINMENT_LABELS: readonly string[] = [
  'contains', 'contain', 'has', 'have', 'includes', 'include', 'consists of', 'consist of', 'comprises',
  'composed of', 'made of', 'holds',
];

/** True when a label starts with a containment phrase ("has many", "contains items"). */
export function isContainmentLabel(label: string | undefined): boolean {
  const n = normalizeLabel(label);
  return CONTAINMENT_LABELS.some((c) => n === c || n.startsWith(`${c} `));
}

/**
 * What happens to the children when the parent row goes: a stated action wins; an optional key is
 * cleared; a required key cascades when the child belongs to the parent (identifying, a junction, or a
 * containment label), and otherwise blocks the delete.
 */
export function referentialAction(i: {
  readonly stated?: ReferentialAction;
  readonly nullable: boolean;
  readonly identifying: boolean;
  readonly join: boolean;
  readonly label?: string;
}): ReferentialAction {
  // set-null on a required key is invalid (Prisma rejects it): fall back to the rule
  if (i.stated && !(i.stated === 'set-null' && !i.nullable)) return i.stated;
  if (i.nullable) return 'set-null';
  if (i.identifying || i.join || isContainmentLabel(i.label)) return 'cascade';
  return 'restrict';
}
