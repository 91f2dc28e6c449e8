import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../src/generate/dates.js';
import { Rng } from '@schemawright/seed';

/** The text the seed wrote before dates were formatted by arithmetic: `toISOString`, cut. */
const iso = (ms: number) => new Date(ms).toISOString();

describe('date formatting', () => {
  it('writes what toISOString writes, across centuries, both sides of 1970', () => {
    const rng = new Rng(2024);
    for (let i = 0; i < 50_000; i++) {
      const ms = Math.floor((rng.next() * 2 - 1) * 8.64e15); // the whole range a Date holds
      expect(formatDate(ms)).toBe(iso(ms).slice(0, 10));
      expect(formatDateTime(ms)).toBe(`${iso(ms).slice(0, 10)} ${iso(ms).slice(11, 19)}`);
    }
  });

  it('gets the edges of days, months, leap years and the epoch right', () => {
    const edges = [
      Date.UTC(2024, 1, 29, 23, 59, 59), Date.UTC(2024, 2, 1), Date.UTC(2023, 1, 28, 12), Date.UTC(2000, 1, 29), Date.UTC(1900, 1, 28, 23, 59, 59),
      Date.UTC(1900, 2, 1), Date.UTC(2024, 11, 31, 23, 59, 59), Date.UTC(2025, 0, 1), 0, -1, 1, -86_400_000, Date.UTC(1960, 0, 1), Date.UTC(0, 0, 1) - 62_135_596_800_000,
    ];
    for (const ms of edges) {
      expect(formatDate(ms)).toBe(iso(ms).slice(0, 10));
      expect(formatDateTime(ms)).toBe(`${iso(ms).slice(0, 10)} ${iso(ms).slice(11, 19)}`);
    }
  });

  it('leaves years outside 0000–9999 to Date', () => {
    const far = Date.UTC(12_000, 0, 1);
    expect(formatDate(far)).toBe(iso(far).slice(0, 10));
    expect(formatDateTime(-62_198_755_200_000)).toBe(`${iso(-62_198_755_200_000).slice(0, 10)} ${iso(-62_198_755_200_000).slice(11, 19)}`);
  });
});
