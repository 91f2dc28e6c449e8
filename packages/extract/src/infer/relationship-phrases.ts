import { compareStrings } from '@schemawright/ir';
import type { EndFact } from '../facts.js';

/**
 * Relationship words as teams write them in relationship notes and `Relationships:` lists. Data, not code:
 * add a row to teach a new phrase. Ends follow RelationFact: `subject` is how many subject rows relate to one
 * object row, `object` how many object rows relate to one subject row.
 */
export interface PhraseMeaning {
  readonly subject: EndFact;
  readonly object: EndFact;
  /** Which side holds the foreign key, when the phrase says. */
  readonly fkOn?: 'subject' | 'object';
}

const ONE: EndFact = { cardinality: 'one', optional: false };
const ZERO_OR_ONE: EndFact = { cardinality: 'one', optional: true };
const MANY: EndFact = { cardinality: 'many', optional: true };
const ONE_OR_MORE: EndFact = { cardinality: 'many', optional: false };

const HAS_MANY: PhraseMeaning = { subject: ONE, object: MANY, fkOn: 'object' };
const HAS_ONE: PhraseMeaning = { subject: ONE, object: ZERO_OR_ONE, fkOn: 'object' };
const BELONGS_TO: PhraseMeaning = { subject: MANY, object: ONE, fkOn: 'subject' };
const MAY_BELONG_TO: PhraseMeaning = { subject: MANY, object: ZERO_OR_ONE, fkOn: 'subject' };
const MANY_TO_MANY: PhraseMeaning = { subject: MANY, object: MANY };
const ONE_TO_ONE: PhraseMeaning = { subject: ONE, object: ZERO_OR_ONE };

/** Verb phrases, lower-case, matched longest first at the start of the text after the subject. */
export const RELATIONSHIP_PHRASES: Readonly<Record<string, PhraseMeaning>> = {
  'has many': HAS_MANY,
  'have many': HAS_MANY,
  'has multiple': HAS_MANY,
  'has several': HAS_MANY,
  'has zero or more': HAS_MANY,
  'has one or more': { subject: ONE, object: ONE_OR_MORE, fkOn: 'object' },
  'has at least one': { subject: ONE, object: ONE_OR_MORE, fkOn: 'object' },
  'can have many': HAS_MANY,
  'may have many': HAS_MANY,
  'contains many': HAS_MANY,
  'contains multiple': HAS_MANY,
  'owns many': HAS_MANY,
  'includes many': HAS_MANY,
  'used in many': HAS_MANY,
  'is used in many': HAS_MANY,
  'referenced by many': HAS_MANY,
  'is referenced by many': HAS_MANY,
  'parent of': HAS_MANY,
  'has one': HAS_ONE,
  'has a single': HAS_ONE,
  'has exactly one': { subject: ONE, object: ONE, fkOn: 'object' },
  'has zero or one': HAS_ONE,
  'may have one': HAS_ONE,
  'belongs to': BELONGS_TO,
  'belongs to one': BELONGS_TO,
  'belongs to a': BELONGS_TO,
  'belongs to an': BELONGS_TO,
  'belongs to exactly one': BELONGS_TO,
  'belong to': BELONGS_TO,
  'may belong to': MAY_BELONG_TO,
  'optionally belongs to': MAY_BELONG_TO,
  'belongs to zero or one': MAY_BELONG_TO,
  'child of': BELONGS_TO,
  'owned by': BELONGS_TO,
  'is owned by': BELONGS_TO,
  'references': BELONGS_TO,
  'refers to': BELONGS_TO,
  'points to': BELONGS_TO,
  'many-to-one with': BELONGS_TO,
  'many to one with': BELONGS_TO,
  'n:1 with': BELONGS_TO,
  'one-to-many with': HAS_MANY,
  'one to many with': HAS_MANY,
  '1:n with': HAS_MANY,
  'many-to-many with': MANY_TO_MANY,
  'many to many with': MANY_TO_MANY,
  'n:n with': MANY_TO_MANY,
  'm:n with': MANY_TO_MANY,
  'belongs to many': MANY_TO_MANY,
  'has and belongs to many': MANY_TO_MANY,
  'one-to-one with': ONE_TO_ONE,
  'one to one with': ONE_TO_ONE,
  '1:1 with': ONE_TO_ONE,
};

/** Phrases sorted longest first, so `belongs to many` wins over `belongs to`. */
export const RELATIONSHIP_PHRASE_KEYS: readonly string[] = Object.keys(RELATIONSHIP_PHRASES).sort(
  (a, b) => b.length - a.length || compareStrings(a, b),
);

/** One side of a cardinality notation (`1`, `N`, `0..1`, `1..*`, `many`), lower-case. */
export const CARDINALITY_WORDS: Readonly<Record<string, EndFact>> = {
  '1': ONE,
  '1..1': ONE,
  one: ONE,
  'exactly one': ONE,
  '0..1': ZERO_OR_ONE,
  '0-1': ZERO_OR_ONE,
  'zero or one': ZERO_OR_ONE,
  '?': ZERO_OR_ONE,
  n: MANY,
  m: MANY,
  '*': MANY,
  many: MANY,
  '0..*': MANY,
  '0..n': MANY,
  '0..m': MANY,
  '0+': MANY,
  'zero or more': MANY,
  '1..*': ONE_OR_MORE,
  '1..n': ONE_OR_MORE,
  '1..m': ONE_OR_MORE,
  '1+': ONE_OR_MORE,
  'one or more': ONE_OR_MORE,
};

/**
 * Connectors between two entity names. `left`/`right` is what the connector's own shape says about the
 * end next to it (crow's foot `<` = many); `arrow` marks connectors that state a direction but no count.
 */
export interface ConnectorMeaning {
  readonly left?: EndFact;
  readonly right?: EndFact;
  readonly arrow?: boolean;
}

export const RELATION_CONNECTORS: Readonly<Record<string, ConnectorMeaning>> = {
  '──<': { left: ONE, right: MANY },
  '—<': { left: ONE, right: MANY },
  '--<': { left: ONE, right: MANY },
  '-<': { left: ONE, right: MANY },
  '>──': { left: MANY, right: ONE },
  '>—': { left: MANY, right: ONE },
  '>--': { left: MANY, right: ONE },
  '>-': { left: MANY, right: ONE },
  '>─<': { left: MANY, right: MANY },
  '>-<': { left: MANY, right: MANY },
  '──': {},
  '—': {},
  '–': {},
  '--': {},
  '-': {},
  '↔': {},
  '⟷': {},
  '<->': {},
  '<-->': {},
  '<=>': {},
  '→': { arrow: true },
  '->': { arrow: true },
  '-->': { arrow: true },
  '=>': { arrow: true },
  '⟶': { arrow: true },
  '➝': { arrow: true },
};

/** What a column of a relationship table (`From | To | Cardinality`, `Relationship | Type`) holds. */
export type RelationColumnRole = 'from' | 'to' | 'cardinality' | 'relationship';

/** Header words of relationship tables, by column role (normalized like field headers). */
export const RELATION_TABLE_HEADER_WORDS: Readonly<Record<RelationColumnRole, readonly string[]>> = {
  from: ['from', 'source', 'parent', 'entity a', 'entity 1', 'from entity', 'left', 'owner', 'one side'],
  to: ['to', 'target', 'child', 'entity b', 'entity 2', 'to entity', 'right', 'related entity', 'many side'],
  cardinality: ['cardinality', 'type', 'relationship type', 'relation type', 'multiplicity', 'kind', 'card'],
  relationship: ['relationship', 'relationships', 'relation', 'relations', 'association'],
};
