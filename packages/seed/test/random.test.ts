import { describe, expect, it } from 'vitest';
import { fnv1a, Rng, streamSeed } from '@schemawright/seed';

describe('fnv1a', () => {
  it('matches the published 32-bit FNV-1a vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
  it('seeds a column stream as fnv1a("table.column") ^ seed', () => {
    expect(streamSeed('users.email', 7)).toBe((fnv1a('users.email') ^ 7) >>> 0);
    expect(streamSeed('users.email', 7)).not.toBe(streamSeed('users.name', 7));
  });
});

describe('Rng', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const r = new Rng(seed);
      return Array.from({ length: 20 }, () => r.nextUint32());
    };
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
  });
  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const r = new Rng(99);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(2, 3);
      expect(v === 2 || v === 3).toBe(true);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([2, 3]);
  });
});
