import { ATTRIBUTE_HEADS, ATTRIBUTE_SYNONYMS, REDUNDANT_MEASURE_HEADS, REORDERED_OF_HEADS } from '../infer/prose-words.js';

/**
 * The name an attribute gets from its words: "X of Y" becomes "Y X" ("date of birth" → birth date,
 * "name of the company" → company name) except for counts, which read better as written ("number of
 * seats"); plural last words are already singular. A measure noun after a property word is dropped
 * ("priority score" → priority).
 */
export function attributeNameOf(words: readonly string[]): string {
  const of = words.indexOf('of');
  const text = of > 0 && of < words.length - 1 && REORDERED_OF_HEADS.has(words[of - 1]!)
    ? [...words.slice(of + 1), ...words.slice(0, of)].join(' ')
    : words.join(' ');
  const named = ATTRIBUTE_SYNONYMS[text] ?? text;
  const parts = named.split(' ');
  if (parts.length === 2 && ATTRIBUTE_HEADS.has(parts[0]!) && REDUNDANT_MEASURE_HEADS.has(parts[1]!)) return parts[0]!;
  return named;
}
