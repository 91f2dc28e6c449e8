import type { ScalarType } from '@schemawright/ir';
import type { EndFact } from '../facts.js';
import type { Sentence } from './tokens.js';

/** A noun as the text names it, cleaned for naming: modifiers that classify, then the singular head. */
export interface NounRef {
  readonly words: readonly string[];
  /** Written as a bare proper name ("Kinepolis"), which names one thing rather than a class of rows. */
  readonly proper?: boolean;
}

interface CandidateBase {
  /** Rule id, `prose/<family>/<rule>`. */
  readonly rule: string;
  readonly confidence: number;
  readonly sentence: Sentence;
}

/** Where a noun was seen; entities are chosen by how much support their mentions add up to. */
export type MentionRole = 'subject' | 'object' | 'owner' | 'heading' | 'glossary' | 'story-role' | 'story-object' | 'subtype' | 'list' | 'argument' | 'existential' | 'counted-object';

/** A noun seen in a place that supports it being an entity. */
export interface MentionCandidate extends CandidateBase {
  readonly kind: 'mention';
  readonly ref: NounRef;
  readonly role: MentionRole;
}

/** "`owner` has an attribute `name`". */
export interface AttributeCandidate extends CandidateBase {
  readonly kind: 'attribute';
  readonly owner: NounRef;
  /** Attribute name words, lower-case ("passport number", "date of birth"). */
  readonly name: readonly string[];
  readonly type?: ScalarType;
  readonly unique?: boolean;
  readonly enumValues?: readonly string[];
  /** Read from a passing phrase, not a statement: lends the owner no support as an entity. */
  readonly weak?: boolean;
}

/**
 * "`a` and `b` are related". `aEnd` is how many `a` per one `b`, `bEnd` how many `b` per one `a`.
 * `possession` marks "a has b" readings: b is an attribute when it turns out not to be an entity.
 */
export interface RelationCandidate extends CandidateBase {
  readonly kind: 'relation';
  readonly a: NounRef;
  readonly b: NounRef;
  readonly aEnd?: EndFact;
  readonly bEnd?: EndFact;
  readonly label: string;
  readonly possession: boolean;
  /** Both ends say the same of each other ("and vice versa"). */
  readonly symmetric?: boolean;
  /**
   * The statement counts several `b` per `a` with a verb that does not make `a` their only owner ("a bank
   * manages any number of customers"): unless something says otherwise, many `a` may share a `b` too.
   */
  readonly sharedB?: boolean;
  /** Why the statement is weak evidence (its confidence is lowered), for the diagnostic. */
  readonly weak?: string;
}

/** "`sub` is a kind of `sup`". */
export interface SubtypeCandidate extends CandidateBase {
  readonly kind: 'subtype';
  readonly sub: NounRef;
  readonly sup: NounRef;
}

/** What the rule families produce from sentences, before the collector weighs support. */
export type Candidate = MentionCandidate | AttributeCandidate | RelationCandidate | SubtypeCandidate;
