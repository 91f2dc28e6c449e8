/**
 * Enum values as resolve keeps them: trimmed, empty ones dropped, duplicates removed keeping the first,
 * document order otherwise (it is usually meaningful: draft → published → archived).
 */
export function cleanEnumValues(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}
