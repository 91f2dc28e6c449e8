import type { Cardinality } from '@schemawright/ir';

/** What a quantifier says about the noun it stands before: how many, and whether none is allowed. */
export interface QuantifierMeaning {
  readonly cardinality: Cardinality;
  /** true: zero is allowed; false: at least one is required; absent: not said. */
  readonly optional?: boolean;
  /** "each"/"every": the phrase ranges over all rows of its noun (it says nothing about the other end). */
  readonly distributive?: boolean;
}

/**
 * Quantifier phrases, longest first when two share a start. Words are lower-case tokens; `#` stands for a
 * number (digits or a number word), `#1` for a number equal to one. Data, not code.
 */
export const QUANTIFIER_PHRASES: readonly (readonly [phrase: string, meaning: QuantifierMeaning])[] = [
  ['zero or more', { cardinality: 'many', optional: true }],
  ['zero or one', { cardinality: 'one', optional: true }],
  ['zero to many', { cardinality: 'many', optional: true }],
  ['one or more', { cardinality: 'many', optional: false }],
  ['one to many', { cardinality: 'many', optional: false }],
  ['one or two', { cardinality: 'many', optional: false }],
  ['# or more', { cardinality: 'many', optional: false }],
  ['# or #', { cardinality: 'many', optional: false }],
  ['# to #', { cardinality: 'many', optional: false }],
  ['between # and #', { cardinality: 'many', optional: false }],
  ['at least one', { cardinality: 'many', optional: false }],
  ['at least #', { cardinality: 'many', optional: false }],
  ['at most one', { cardinality: 'one', optional: true }],
  ['at most #', { cardinality: 'many', optional: true }],
  ['up to one', { cardinality: 'one', optional: true }],
  ['up to #', { cardinality: 'many', optional: true }],
  ['a maximum of one', { cardinality: 'one', optional: true }],
  ['a maximum of #', { cardinality: 'many', optional: true }],
  ['a minimum of #', { cardinality: 'many', optional: false }],
  ['no more than one', { cardinality: 'one', optional: true }],
  ['no more than #', { cardinality: 'many', optional: true }],
  ['more than one', { cardinality: 'many', optional: false }],
  ['any number of', { cardinality: 'many', optional: true }],
  ['an arbitrary number of', { cardinality: 'many', optional: true }],
  ['a large number of', { cardinality: 'many', optional: false }],
  ['a number of', { cardinality: 'many', optional: false }],
  ['a set of', { cardinality: 'many', optional: false }],
  ['a series of', { cardinality: 'many', optional: false }],
  ['a list of', { cardinality: 'many', optional: false }],
  ['a collection of', { cardinality: 'many', optional: false }],
  ['a group of', { cardinality: 'many', optional: false }],
  ['a couple of', { cardinality: 'many', optional: false }],
  ['a few', { cardinality: 'many', optional: false }],
  ['lots of', { cardinality: 'many', optional: false }],
  ['a lot of', { cardinality: 'many', optional: false }],
  ['exactly one', { cardinality: 'one', optional: false }],
  ['exactly #', { cardinality: 'many', optional: false }],
  ['only one', { cardinality: 'one', optional: false }],
  ['just one', { cardinality: 'one', optional: false }],
  ['one and only one', { cardinality: 'one', optional: false }],
  ['a single', { cardinality: 'one', optional: false }],
  ['one single', { cardinality: 'one', optional: false }],
  ['at most a', { cardinality: 'one', optional: true }],
  ['one', { cardinality: 'one', optional: false }],
  ['#1', { cardinality: 'one', optional: false }],
  ['#', { cardinality: 'many', optional: false }],
  ['several', { cardinality: 'many' }],
  ['many', { cardinality: 'many' }],
  ['multiple', { cardinality: 'many' }],
  ['various', { cardinality: 'many' }],
  ['numerous', { cardinality: 'many' }],
  ['some', { cardinality: 'many', optional: true }],
  ['any', { cardinality: 'many', optional: true }],
  ['all', { cardinality: 'many' }],
  ['each', { cardinality: 'one', distributive: true }],
  ['every', { cardinality: 'one', distributive: true }],
  ['per', { cardinality: 'one', distributive: true }],
  ['a', { cardinality: 'one' }],
  ['an', { cardinality: 'one' }],
];

/** Number words a quantifier may use in place of digits. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, twenty: 20, fifty: 50, hundred: 100,
};

/** Modal words before a verb: "may/can" make the object end optional, "must/always" mandatory. */
export const MODAL_OPTIONALITY: Readonly<Record<string, boolean>> = {
  may: true, can: true, could: true, might: true, optionally: true, sometimes: true, possibly: true,
  must: false, shall: false, always: false, has: false, have: false, need: false, needs: false, required: false,
};
