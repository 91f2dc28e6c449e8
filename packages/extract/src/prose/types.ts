import { parseRawType } from '../infer/raw-type.js';
import type { ScalarType } from '@schemawright/ir';
import { COUNT_PREFIXES, FLAG_PREFIXES, PROSE_TYPE_WORDS } from '../infer/prose-types.js';

/**
 * The type an attribute's name suggests: counts ("number of runways") are ints, "whether"/"is …" are flags,
 * else the last word then the first word of the name through the word table. Undefined when nothing fits.
 */
export function typeOfAttributeWords(words: readonly string[]): ScalarType | undefined {
  const text = words.join(' ');
  if (COUNT_PREFIXES.some((p) => text === p || text.startsWith(`${p} `))) return { kind: 'int', bits: 32 };
  if (FLAG_PREFIXES.includes(words[0] ?? '')) return { kind: 'boolean' };
  const last = words[words.length - 1] ?? '';
  return PROSE_TYPE_WORDS[last] ?? PROSE_TYPE_WORDS[words[0] ?? ''];
}

/** A type named in the text ("of type String", "of type protected long"), read through the type words. */
export function typeOfWritten(words: readonly string[]): ScalarType | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const t = parseRawType(words[i]!);
    if (t) return t;
  }
  return undefined;
}
