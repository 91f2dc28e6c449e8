import type { Rng } from '../random.js';

/** Index spaces up to this size are sampled exactly (partial shuffle); larger ones by rejection. */
const EXACT_SAMPLING_LIMIT = 1_000_000;

/**
 * Child rows grouped by parent: parent p gets `perParent[p]` consecutive children. When the counts no
 * longer add up (a limit cut the table), children spread evenly instead.
 */
export function groupedParents(perParent: readonly number[] | undefined, parents: number, rows: number): number[] {
  if (perParent && perParent.length === parents && perParent.reduce((a, b) => a + b, 0) === rows) {
    return perParent.flatMap((n, p) => Array.from({ length: n }, () => p));
  }
  return Array.from({ length: rows }, (_, i) => Math.floor((i * parents) / Math.max(1, rows)));
}

/** A distinct parent per row (1-1): a shuffled prefix of the parents; rows past the parents get null. */
export function distinctParents(rng: Rng, parents: number, rows: number): (number | null)[] {
  const picked = sampleDistinct(rng, parents, Math.min(rows, parents));
  return Array.from({ length: rows }, (_, i) => picked[i] ?? null);
}

/** Any parent per row; `nullShare` of the rows get null (optional keys). */
export function randomParents(rng: Rng, parents: number, rows: number, nullShare: number): (number | null)[] {
  return Array.from({ length: rows }, () => {
    const isNull = rng.chance(nullShare);
    const p = rng.int(0, Math.max(0, parents - 1));
    return isNull || parents === 0 ? null : p;
  });
}

/**
 * Self-references: a row points at an earlier row, so the rows can go in one statement. A required key
 * lets the first row point at itself; a unique key makes a chain (row i → row i-1, or itself if required).
 */
export function earlierRows(rng: Rng, rows: number, required: boolean, unique: boolean, nullShare: number): (number | null)[] {
  return Array.from({ length: rows }, (_, i) => {
    const isNull = rng.chance(nullShare);
    const earlier = rng.int(0, Math.max(0, i - 1));
    if (unique) return required ? i : i === 0 ? null : i - 1;
    if (i === 0) return required ? 0 : null;
    return isNull && !required ? null : earlier;
  });
}

/** `rows` distinct tuples over parent counts `sizes` (M-N pairs), in ascending order. */
export function distinctTuples(rng: Rng, sizes: readonly number[], rows: number): number[][] {
  const total = sizes.reduce((a, b) => a * b, 1);
  const picked = sampleDistinct(rng, total, Math.min(rows, total)).sort((a, b) => a - b);
  return picked.map((index) => {
    const tuple: number[] = [];
    let rest = index;
    for (let k = sizes.length - 1; k >= 0; k--) {
      tuple.unshift(rest % sizes[k]!);
      rest = Math.floor(rest / sizes[k]!);
    }
    return tuple;
  });
}

/**
 * Distinct tuples grouped by the first position: parent p of the first key gets `perParent[p]` tuples
 * with distinct partners over the other keys (an order's items name distinct products).
 */
export function groupedTuples(rng: Rng, perParent: readonly number[], sizes: readonly number[]): number[][] {
  const others = sizes.slice(1);
  return perParent.flatMap((n, p) => distinctTuples(rng, others, n).map((rest) => [p, ...rest]));
}

/** `count` distinct integers from [0, total), in draw order. */
function sampleDistinct(rng: Rng, total: number, count: number): number[] {
  const out: number[] = [];
  if (total <= EXACT_SAMPLING_LIMIT) {
    const swapped = new Map<number, number>();
    for (let k = 0; k < count; k++) {
      const j = rng.int(k, total - 1);
      out.push(swapped.get(j) ?? j);
      swapped.set(j, swapped.get(k) ?? k);
    }
    return out;
  }
  const seen = new Set<number>();
  while (out.length < count) {
    const j = Math.floor(rng.next() * total);
    if (!seen.has(j)) (seen.add(j), out.push(j));
  }
  return out;
}
