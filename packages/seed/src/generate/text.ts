import { ADJECTIVES, NOUNS, SENTENCE_WORDS, TITLE_NOUNS } from '../data/words.js';
import type { Rng } from '../random.js';

/** `word` with its first letter upper-cased. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Two or three sentences of 6–12 plain words each. */
export function paragraph(rng: Rng): string {
  const sentences: string[] = [];
  const count = rng.int(2, 3);
  for (let s = 0; s < count; s++) {
    const length = rng.int(6, 12);
    const w = Array.from({ length }, () => rng.pick(SENTENCE_WORDS));
    sentences.push(`${capitalize(w.join(' '))}.`);
  }
  return sentences.join(' ');
}

/** "Silver harbor"-style phrase. */
export function phrase(rng: Rng): string {
  return `${capitalize(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)}`;
}

/** "Silver Harbor"-style name. */
export function twoWordName(rng: Rng): string {
  return `${capitalize(rng.pick(ADJECTIVES))} ${capitalize(rng.pick(NOUNS))}`;
}

/** "Bright Comet Roadmap"-style title. */
export function title(rng: Rng): string {
  return `${twoWordName(rng)} ${rng.pick(TITLE_NOUNS)}`;
}

/** Lower-case kebab form of any text: `Silver Harbor!` → `silver-harbor`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` characters drawn from `alphabet`. */
export function drawChars(rng: Rng, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(rng.int(0, alphabet.length - 1));
  return out;
}

/** `length` lower-case hex digits. */
export function hexDigits(rng: Rng, length: number): string {
  return drawChars(rng, HEX, length);
}

/** A UUID with the version-4 layout (version nibble 4, variant 10xx), drawn from the stream. */
export function uuid(rng: Rng): string {
  // 32 hex digits drawn in order (the same draws as `hexDigits(rng, 32)`), laid out as 8-4-4-4-12
  let s = '';
  for (let i = 0; i < 32; i++) {
    const digit = rng.int(0, 15);
    if (i === 8 || i === 12 || i === 16 || i === 20) s += '-';
    s += i === 12 ? '4' : i === 16 ? HEX.charAt(8 + (digit & 3)) : HEX.charAt(digit);
  }
  return s;
}

/** `ABC-1234`. */
export function code(rng: Rng): string {
  return `${drawChars(rng, UPPER, 3)}-${rng.int(1000, 9999)}`;
}

/** A bcrypt-shaped string: `$2b$10$` and 53 characters. It hashes nothing; it only looks the part. */
export function passwordHash(rng: Rng): string {
  return `$2b$10$${drawChars(rng, BCRYPT, 53)}`;
}
