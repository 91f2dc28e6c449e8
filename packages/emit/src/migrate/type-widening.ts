/**
 * Whether changing a PostgreSQL column type keeps every value: lengths and precisions that only grow, and
 * a few lossless promotions. Anything else may fail or cut values, so the migration warns about it.
 */

/** Lossless type changes by type family, `from → to`. Data. */
export const LOSSLESS_CHANGES: readonly (readonly [from: string, to: string])[] = [
  ['INTEGER', 'BIGINT'],
  ['INTEGER', 'DECIMAL'],
  ['INTEGER', 'DOUBLE PRECISION'],
  ['BIGINT', 'DECIMAL'],
  ['VARCHAR', 'TEXT'],
  ['VARCHAR', 'VARCHAR'],
  ['DECIMAL', 'DECIMAL'],
  ['TIMESTAMPTZ', 'TIMESTAMPTZ'],
  ['TIME', 'TIME'],
  ['DATE', 'TIMESTAMPTZ'],
  ['UUID', 'TEXT'],
  ['UUID', 'VARCHAR'],
];

interface ParsedType {
  readonly family: string;
  readonly args: readonly number[];
}

function parse(sql: string): ParsedType {
  const m = /^([A-Z ]+?)\s*(?:\(([\d,\s]+)\))?$/.exec(sql.trim());
  if (!m) return { family: sql, args: [] };
  return { family: m[1]!.trim(), args: (m[2] ?? '').split(',').filter((a) => a.trim() !== '').map((a) => Number(a)) };
}

/** True when every value of type `from` fits type `to` unchanged. */
export function isLosslessChange(from: string, to: string): boolean {
  if (from === to) return true;
  const a = parse(from);
  const b = parse(to);
  if (!LOSSLESS_CHANGES.some(([f, t]) => f === a.family && t === b.family)) return false;
  if (a.family === 'UUID') return b.family === 'TEXT' || (b.args[0] ?? 0) >= 36;
  if (a.family === 'VARCHAR' && b.family === 'VARCHAR') return (b.args[0] ?? Infinity) >= (a.args[0] ?? Infinity);
  if (a.family === 'DECIMAL' && b.family === 'DECIMAL') {
    const [p1 = 0, s1 = 0] = a.args;
    const [p2 = 0, s2 = 0] = b.args;
    return s2 >= s1 && p2 - s2 >= p1 - s1;
  }
  if (b.family === 'DECIMAL') {
    const [p = 0, s = 0] = b.args;
    return p - s >= (a.family === 'INTEGER' ? 10 : 19);
  }
  if (a.family === b.family) return (b.args[0] ?? 6) >= (a.args[0] ?? 6); // fractional-second precision
  return true;
}
