/** The seed used when the caller gives none: fixed, so every run writes the same rows. */
export const DEFAULT_SEED = 1;

/** FNV-1a, 32-bit, over UTF-16 code units: small, stable, and the same on every platform. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The seed of one stream: `fnv1a(key) ^ seed`, e.g. key `users.email` for a column's generator. */
export function streamSeed(key: string, seed: number): number {
  return (fnv1a(key) ^ seed) >>> 0;
}

/**
 * A deterministic pseudo-random stream (mulberry32). Never `Math.random`: the same seed gives the same
 * sequence on every run and machine, which is what makes seed files byte-stable.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Next unsigned 32-bit integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [low, high], both inclusive. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('Rng.pick on an empty list');
    return list[this.int(0, list.length - 1)]!;
  }
}

/** A stream seeded for one key: `new Rng(streamSeed(key, seed))`. */
export function rngFor(key: string, seed: number): Rng {
  return new Rng(streamSeed(key, seed));
}
