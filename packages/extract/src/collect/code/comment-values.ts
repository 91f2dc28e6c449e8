/** Lead-ins a writer puts before a value list in a comment ("one of: a, b"). */
const LEAD_IN = /^(?:one\s+of|values?|enum|options?|either|possible\s+values?)\s*:?\s*/i;

/**
 * A closed value list written as a trailing comment on a string column: `-- "open" | "done"`,
 * `// online, away, offline`, `# 'a' or 'b'`. Needs at least two values; bare words must each be a single
 * identifier-like word, so prose comments ("Display name", "Manual, error-prone") are not lists.
 */
export function valuesFromComment(comment: string): string[] | undefined {
  const text = comment.trim().replace(LEAD_IN, '').replace(/[.;]$/, '').trim();
  if (text === '') return undefined;
  const quoted = /^(?:(['"`])[^'"`]+\1\s*(?:\||,|\/|\bor\b)?\s*)+$/i;
  if (quoted.test(text)) {
    const values = [...text.matchAll(/(['"`])([^'"`]+)\1/g)].map((m) => m[2]!.trim());
    return values.length >= 2 ? values : undefined;
  }
  const parts = text.split(/\s*(?:\||,|\/)\s*|\s+or\s+/);
  if (parts.length < 2 || parts.length > 16) return undefined;
  const word = /^[A-Za-z][A-Za-z0-9_-]*$/;
  // Lists are written in one case: all lower (snake/kebab) or all upper; mixed-case words are prose.
  const sameCase = parts.every((p) => p === p.toLowerCase()) || parts.every((p) => p === p.toUpperCase());
  if (!parts.every((p) => word.test(p)) || !sameCase || parts.some((p) => /^(etc|and|more)$/i.test(p))) return undefined;
  return parts;
}
