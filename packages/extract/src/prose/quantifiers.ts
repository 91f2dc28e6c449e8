import { NUMBER_WORDS, QUANTIFIER_PHRASES, type QuantifierMeaning } from '../infer/prose-quantifiers.js';
import type { Token } from './tokens.js';

/** A quantifier found before a noun: its meaning, the number it names, and where it ends. */
export interface Quantifier {
  readonly meaning: QuantifierMeaning;
  readonly text: string;
  /** The largest number named ("up to 5" → 5), when one was. */
  readonly number?: number;
  /** Token index after the quantifier. */
  readonly end: number;
}

interface Phrase { readonly words: readonly string[]; readonly meaning: QuantifierMeaning }

// Phrases by first word ('#' for a number), so a token is checked only against phrases it can start.
const BY_FIRST = new Map<string, Phrase[]>();
for (const [phrase, meaning] of QUANTIFIER_PHRASES) {
  const words = phrase.split(' ');
  const first = words[0]!.startsWith('#') ? '#' : words[0]!;
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), { words, meaning }]);
}

/** The number a token names (digits or a number word), or undefined. */
export function numberOf(token: Token): number | undefined {
  const first = token.text.charCodeAt(0);
  // asked of nearly every token: only one starting with a digit can be digits
  if (first >= 48 && first <= 57 && /^\d+$/.test(token.text)) return Number(token.text);
  return NUMBER_WORDS[token.lower];
}

/**
 * The longest quantifier phrase starting at token `i` ("at least one", "up to 5", "several"), or undefined.
 * A quantifier must be followed by something (a noun phrase is checked by the caller).
 */
export function matchQuantifier(tokens: readonly Token[], i: number): Quantifier | undefined {
  let best: Quantifier | undefined;
  const token = tokens[i];
  if (!token) return undefined;
  const phrases = BY_FIRST.get(token.lower) ?? (numberOf(token) !== undefined ? BY_FIRST.get('#') : undefined);
  if (!phrases) return undefined;
  for (const { words, meaning } of phrases) {
    if (i + words.length >= tokens.length) continue;
    if (best && words.length <= best.end - i) continue;
    let number: number | undefined;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const w = words[k]!;
      const t = tokens[i + k]!;
      if (w === '#' || w === '#1') {
        const n = numberOf(t);
        ok = n !== undefined && (w === '#1' ? n === 1 : n !== 1) && !(w === '#' && words.length === 1 && n === 0);
        if (ok) number = Math.max(number ?? 0, n!);
      } else ok = t.lower === w;
    }
    if (ok) {
      const text = tokens.slice(i, i + words.length).map((t) => t.lower).join(' ');
      best = { meaning, text, end: i + words.length, ...(number !== undefined ? { number } : {}) };
    }
  }
  // "at least one and at most five": the upper bound decides how many
  if (best && best.end + 1 < tokens.length && tokens[best.end]!.lower === 'and') {
    const more = matchQuantifier(tokens, best.end + 1);
    if (more && more.meaning.cardinality === 'many') return { ...more, meaning: { ...more.meaning, optional: best.meaning.optional ?? more.meaning.optional ?? false } as QuantifierMeaning, text: `${best.text} and ${more.text}` };
  }
  return best;
}
