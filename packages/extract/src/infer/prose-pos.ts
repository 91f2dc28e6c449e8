import type { Pos } from '../prose/tokens.js';

/**
 * Closed-class words whose tag the statistical tagger sometimes gets wrong in requirement prose
 * ("Several" at the start of a sentence read as a proper noun). These tags win over the tagger's.
 */
export const POS_OVERRIDES: ReadonlyMap<string, Pos> = new Map(Object.entries({
  several: 'DET', many: 'DET', multiple: 'DET', each: 'DET', every: 'DET', any: 'DET', all: 'DET', some: 'DET',
  both: 'DET', either: 'DET', neither: 'DET', various: 'DET', numerous: 'DET', a: 'DET', an: 'DET', the: 'DET',
  which: 'PRON', who: 'PRON', whom: 'PRON', whose: 'PRON', their: 'PRON', its: 'PRON', his: 'PRON', her: 'PRON',
  they: 'PRON', it: 'PRON', we: 'PRON', you: 'PRON', i: 'PRON', he: 'PRON', she: 'PRON', them: 'PRON',
  vice: 'ADV', versa: 'ADV', and: 'CCONJ', or: 'CCONJ', of: 'ADP', per: 'ADP', by: 'ADP', with: 'ADP', for: 'ADP', to: 'PART',
  can: 'AUX', may: 'AUX', must: 'AUX', should: 'AUX', will: 'AUX', shall: 'AUX', could: 'AUX', might: 'AUX', would: 'AUX',
} satisfies Record<string, Pos>)) as ReadonlyMap<string, Pos>;

/** Determiners and possessive pronouns that may open a noun phrase. */
export const NP_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'no', 'another',
  'such', 'both', 'either', 'neither', 'whose',
]);

/** Pronouns that can stand as a whole noun phrase (subject or object). */
export const NP_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'them', 'he', 'she', 'we', 'you', 'i', 'one', 'someone', 'everyone']);

/** Relative pronouns: the clause they open has the noun phrase before them as its subject. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'that', 'whom']);
