import type { MentionRole } from '../prose/candidates.js';

/**
 * How much each kind of evidence supports a noun being an entity, and how much support an entity needs.
 * Data, not code: the collector adds these up per noun and keeps nouns at or above the threshold.
 */
export const MENTION_WEIGHTS: Readonly<Record<MentionRole, number>> = {
  subject: 0.6,
  object: 0.4,
  owner: 1.0,
  heading: 0.8,
  glossary: 1.0,
  'story-role': 0.5,
  'story-object': 0.8,
  subtype: 1.8,
  list: 0.6,
  argument: 0.3,
  existential: 0.8,
  'counted-object': 0.7,
};

/** Mentions that put a noun where only things go: they raise the mention cap to `SUPPORT.strongMentionCap`. */
export const STRONG_MENTIONS: ReadonlySet<MentionRole> = new Set<MentionRole>(['story-object', 'glossary', 'existential']);

export const SUPPORT = {
  /** Support an entity needs. */
  threshold: 1.8,
  /** Support a weak noun ("page", "item") needs. */
  weakThreshold: 3.2,
  /** Added per relation the noun takes part in (at most `relationCap` times). */
  perRelation: 0.8,
  relationCap: 12,
  /** Least share of `perRelation` a relation lends, when its other end has no support of its own. */
  minRelationShare: 0.4,
  /** Added per distinct attribute the noun owns (at most `attributeCap` times). */
  perAttribute: 0.8,
  attributeCap: 8,
  /** Added once for event and transaction nouns (booking, payment, ticket). */
  eventBonus: 0.5,
  /** At or above this support an entity needs no diagnostic. */
  sure: 3.0,
  /** Rejected nouns with at least this support get an `extract/prose-uncertain` diagnostic. */
  mentionWorthy: 1.0,
  /** Most support mentions alone can give: a noun needs a relation, attributes or a definition too. */
  mentionCap: 1.2,
  /** The same for a noun with a strong mention (`STRONG_MENTIONS`): a backlog names its things in stories. */
  strongMentionCap: 2.0,
  /** Sentences a document may have before the threshold grows (long PRDs say much that is not data). */
  shortDocument: 60,
  /** How many times the usual support a noun needs in a document whose structured parts do not name it. */
  structuredFactor: 2.0,
  /** The same for a noun the document's structured parts name (a heading over a field table). */
  knownFactor: 0.3,
  /** Longest entity name, in words. */
  maxWords: 4,
} as const;
