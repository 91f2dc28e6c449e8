import { singular } from '@schemawright/ir';

const SINGULARS = new Map<string, string>();

/** `singular` with a cache: the same nouns come back on every page (the cache stops growing at 50k words). */
export function singularOf(word: string): string {
  let s = SINGULARS.get(word);
  if (s === undefined) {
    s = singular(word);
    if (SINGULARS.size < 50_000) SINGULARS.set(word, s);
  }
  return s;
}
