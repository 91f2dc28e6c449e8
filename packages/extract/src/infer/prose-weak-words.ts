/**
 * Words that make a prose relation weak evidence of structure. Data, not code: a new conjunction or modal
 * is one more row here.
 */

/**
 * Conjunctions that open a conditional, temporal or concessive clause: "when a patient arrives, …",
 * "once a show is published, …". Such clauses tell a process ("what happens when"), not what the data
 * holds, and a sentence that opens with one tells the process in its main clause too. "whereas" (a
 * contrast between two statements of structure) is not one of them.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when', 'whenever', 'if', 'unless', 'once', 'until', 'till', 'while', 'although', 'though', 'before', 'after',
  'because', 'since', 'as',
]);

/** Modals of permission or possibility: "a customer can request a cab" tells what someone may do. */
export const PERMISSION_MODALS: ReadonlySet<string> = new Set(['can', 'may', 'could', 'might']);

/** Sentence openers skipped before looking for a subordinator ("But when …", "So, once …"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'also', 'then', 'however', 'even', 'only']);

/** How much each kind of weakness lowers a relation's confidence (base 0.65, threshold 0.5). */
export const WEAKNESS_PENALTY = {
  /** The clause is a conditional/temporal clause, or the main clause after one. */
  subordinate: 0.2,
  /** "X can <action> the Y": a permitted action with nothing counted on either end. */
  permittedAction: 0.2,
} as const;

/** Prepositions that put one thing inside another: "the seats in the theatre", "rooms on a floor". */
export const CONTAINMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'within', 'inside', 'at']);

/** Nouns that count or gather the noun after "of" ("the number of seats", "a set of rooms"): look through them. */
export const COLLECTION_NOUNS: ReadonlySet<string> = new Set(['number', 'set', 'list', 'group', 'collection', 'series', 'range', 'total']);

/** Determiners that point at one particular container ("the theatre", "a department", "each cinema"). */
export const CONTAINER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'each', 'every', 'this', 'that', 'its', 'their']);

/**
 * Verbs of intention before "to <verb>": "people wishing to reside in the home" tells a wish, not a fact
 * about the data. Matched as word beginnings, so every form counts ("wish", "wishing", "decided").
 */
export const INTENTION_STEMS: readonly string[] = ['wish', 'want', 'decid', 'try', 'tries', 'tried', 'hope', 'plan', 'intend', 'choos', 'chose', 'like', 'prefer', 'aim'];

/** Determiners of an indirect question: "we know which company made each product". */
export const QUESTION_DETERMINERS: ReadonlySet<string> = new Set(['which', 'what', 'whose']);
