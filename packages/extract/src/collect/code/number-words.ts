import type { ScalarType } from '@schemawright/ir';
import { words } from '@schemawright/ir';

/** Name words of a number that holds money or a measured quantity: stored as decimal. Data. */
export const DECIMAL_NAME_WORDS: ReadonlySet<string> = new Set([
  'price', 'amount', 'total', 'subtotal', 'cost', 'fee', 'fees', 'balance', 'salary', 'tax', 'discount', 'revenue',
  'budget', 'payment', 'payout', 'refund', 'credit', 'debit', 'charge', 'wage', 'income', 'expense', 'profit', 'tip', 'deposit',
  'value', 'rate', 'weight', 'percentage', 'percent', 'ratio', 'commission',
]);

/** Name words of a number that is a coordinate or a continuous reading: stored as float. Data. */
export const FLOAT_NAME_WORDS: ReadonlySet<string> = new Set(['latitude', 'longitude', 'lat', 'lng', 'lon', 'score', 'rating', 'temperature']);

/**
 * The type of a field written as a bare `number`: decimal for money-like names (`unitPrice`, `taxAmount`), float
 * for coordinates and readings, else a 32-bit int. The last word decides (`priceCount` is a count).
 */
export function numberTypeFor(name: string): ScalarType {
  const w = words(name);
  const last = w[w.length - 1] ?? '';
  if (/^(count|number|qty|quantity|index|position|order|rank|year|month|day|minutes|seconds|hours|days|duration)$/.test(last)) return { kind: 'int', bits: 32 };
  if (DECIMAL_NAME_WORDS.has(last)) return { kind: 'decimal', precision: 10, scale: 2 };
  if (FLOAT_NAME_WORDS.has(last)) return { kind: 'float' };
  return { kind: 'int', bits: 32 };
}
