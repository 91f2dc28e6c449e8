import type { SchemaChange } from './migration-steps.js';

/** Longest slug after the sequence number, so folder names stay readable. */
export const MAX_SLUG_LENGTH = 60;

/** `0002`: the sequence number, four digits, never a clock. */
export function migrationNumber(n: number): string {
  return String(n).padStart(4, '0');
}

/**
 * The slug of a migration: verbs in the order add, drop, alter, each followed by the names it applies to
 * (`add_invoices_drop_notes`), ASCII snake_case, cut at a word boundary when long; `changes` when no name
 * survives (non-Latin names).
 */
export function migrationSlug(changes: readonly SchemaChange[]): string {
  const parts: string[] = [];
  for (const verb of ['add', 'drop', 'alter'] as const) {
    const names = changes.filter((c) => c.verb === verb).map((c) => slugWord(c.name)).filter((n) => n !== '');
    const unique = names.filter((n, i) => names.indexOf(n) === i);
    if (unique.length > 0) parts.push(verb, ...unique);
  }
  let slug = parts.join('_');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.lastIndexOf('_', MAX_SLUG_LENGTH);
    slug = slug.slice(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
  }
  return slug === '' || /^(add|drop|alter)$/.test(slug) ? 'changes' : slug;
}

function slugWord(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
