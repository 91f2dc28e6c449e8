import type { ScalarType } from '@schemawright/ir';
import type { Rng } from '../random.js';
import type { SeedValue } from '../types.js';

/**
 * A number in [low, high] shaped for the column type: an integer for int, an exact decimal string with the
 * column's scale for decimal (kept inside its precision), a number with `decimals` places for float, and
 * the integer as text for any other type.
 */
export function numberFor(rng: Rng, type: ScalarType, low: number, high: number, decimals = 2): SeedValue {
  switch (type.kind) {
    case 'int':
      return rng.int(Math.ceil(low), Math.floor(high));
    case 'decimal': {
      const scale = Math.max(0, type.scale);
      const unit = 10 ** scale;
      const max = Math.min(Math.round(high * unit), 10 ** Math.max(1, type.precision) - 1);
      const min = Math.min(Math.round(low * unit), max);
      return formatUnits(rng.int(min, max), scale);
    }
    case 'float': {
      const unit = 10 ** decimals;
      return rng.int(Math.round(low * unit), Math.round(high * unit)) / unit;
    }
    default:
      return String(rng.int(Math.ceil(low), Math.floor(high)));
  }
}

/** `units` × 10^-scale as an exact decimal string: (1250, 2) → `12.50`. */
export function formatUnits(units: number, scale: number): string {
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  if (scale === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
