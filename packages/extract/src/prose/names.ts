import { plural } from '@schemawright/ir';
import { singularOf } from './singular.js';
import { ATTRIBUTE_NOISE_MODIFIERS, GENERIC_MODIFIERS } from '../infer/prose-words.js';
import type { NounPhrase } from './chunks.js';
import type { NounRef } from './candidates.js';

const WORD = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Attribute words that stay plural. */
const PLURAL_NAMES: ReadonlySet<string> = new Set(['hours', 'terms', 'contents', 'savings', 'earnings', 'goods', 'premises']);

/** Lower-case word characters only; hyphenated words stay one word ("co-pilot"). */
function clean(word: string): string {
  return word.toLowerCase().replace(/[^a-z0-9-]/g, '');
}

/**
 * The entity a noun phrase names: its classifying modifiers and singular head ("several flight attendants"
 * → flight attendant, "a specific seat category" → seat category). Undefined for pronouns.
 */
export function nounRefOf(np: NounPhrase): NounRef | undefined {
  // every rule family asks for the same phrases: read each one once
  const known = REFS.get(np);
  if (known !== undefined) return known ?? undefined;
  const ref = readNounRef(np);
  REFS.set(np, ref ?? null);
  return ref;
}

const REFS = new WeakMap<NounPhrase, NounRef | null>();

function readNounRef(np: NounPhrase): NounRef | undefined {
  if (np.pronoun) return undefined;
  const words = np.words.map(clean).filter((w) => WORD.test(w));
  const head = words[words.length - 1];
  if (head === undefined) return undefined;
  const mods = words.slice(0, -1).filter((w) => !GENERIC_MODIFIERS.has(w) && !/^\d/.test(w));
  return np.proper ? { words: [...mods, singularOf(head)], proper: true } : { words: [...mods, singularOf(head)] };
}

/** The key two refs share when they name the same thing. */
export function refKey(ref: NounRef): string {
  return ref.words.join(' ');
}

/**
 * An attribute's name words from a noun phrase: "the date of birth" → date, of, birth; plurals made
 * singular ("passport numbers" → passport number). Generic modifiers are dropped.
 */
export function attributeWordsOf(np: NounPhrase): string[] {
  const own = np.words.map(clean).filter((w) => WORD.test(w) && !ATTRIBUTE_NOISE_MODIFIERS.has(w));
  if (own.length === 0) return [];
  // "opening hours" names one thing in the plural
  const last = singularOf(own[own.length - 1]!);
  own[own.length - 1] = np.plural && PLURAL_NAMES.has(`${last}s`) ? `${last}s` : last;
  if (np.of && !np.of.quant && !np.of.pronoun && np.of.det !== 'each' && np.of.det !== 'every') {
    const tail = np.of.words.map(clean).filter((w) => WORD.test(w) && !ATTRIBUTE_NOISE_MODIFIERS.has(w));
    // "number of seats" keeps its plural: the count is of many
    if (np.of.plural && tail.length > 0) tail[tail.length - 1] = plural(tail[tail.length - 1]!);
    if (tail.length > 0) return [...own, 'of', ...tail];
  }
  return own;
}
