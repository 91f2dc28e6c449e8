import { ATTRIBUTE_HEADS, EVENT_NOUNS, NON_ENTITY_NOUNS, TECHNICAL_HEADS, TECHNICAL_SUFFIX, WEAK_ENTITY_NOUNS } from '../infer/prose-words.js';
import { MENTION_WEIGHTS, STRONG_MENTIONS, SUPPORT } from '../infer/prose-support.js';
import type { Candidate, NounRef } from './candidates.js';
import { refKey } from './names.js';

/** Support gathered for one noun. */
export interface Support {
  readonly key: string;
  readonly words: readonly string[];
  score: number;
  /** Support from mentions alone (capped when added to `score`). */
  mentions: number;
  /** Some mention put the noun where only things go (a story's object, a definition, "there are …"). */
  strong: boolean;
  /** Every mention was a bare proper name. */
  properOnly: boolean;
  /** First sentence that mentioned the noun, for diagnostics. */
  readonly first: Candidate;
  relations: number;
  readonly attributes: Set<string>;
  /** The text names it as a kind of something else ("a savings account is a kind of account"). */
  subtype: boolean;
}

function supportOf(table: Map<string, Support>, ref: NounRef, from: Candidate): Support {
  const key = refKey(ref);
  let s = table.get(key);
  if (!s) {
    s = { key, words: ref.words, score: 0, mentions: 0, strong: false, properOnly: true, first: from, relations: 0, attributes: new Set(), subtype: false };
    table.set(key, s);
  }
  if (!ref.proper) s.properOnly = false;
  return s;
}

/** Most support mentions may give: more when one of them is a strong one. */
function mentionCapOf(s: Support): number {
  return s.strong ? SUPPORT.strongMentionCap : SUPPORT.mentionCap;
}

/** Adds up the support of every noun the candidates name. */
export function gatherSupport(candidates: readonly Candidate[]): Map<string, Support> {
  const table = new Map<string, Support>();
  for (const c of candidates) {
    switch (c.kind) {
      case 'mention':
      {
        const s = supportOf(table, c.ref, c);
        s.mentions += MENTION_WEIGHTS[c.role];
        if (STRONG_MENTIONS.has(c.role)) s.strong = true;
      }
        break;
      case 'attribute':
        // a weak reading ("the price of the ticket") only adds to an owner chosen on other grounds
        if (!c.weak) supportOf(table, c.owner, c).attributes.add(c.name.join(' '));
        break;
      case 'relation':
        // counted below, once every noun is known, and only when the other end could be an entity
        supportOf(table, c.a, c);
        supportOf(table, c.b, c);
        break;
      case 'subtype': {
        const sub = supportOf(table, c.sub, c);
        sub.score += MENTION_WEIGHTS.subtype;
        sub.subtype = true;
        supportOf(table, c.sup, c).score += MENTION_WEIGHTS.subtype;
        break;
      }
    }
  }
  const partners = new Map<Support, Support[]>();
  const relate = (s: Support, other: Support): void => {
    s.relations++;
    const list = partners.get(s);
    if (list) list.push(other);
    else partners.set(s, [other]);
  };
  for (const c of candidates) {
    if (c.kind !== 'relation') continue;
    const a = table.get(refKey(c.a))!;
    const b = table.get(refKey(c.b))!;
    if (!vetoOf(b)) relate(a, b);
    if (!vetoOf(a)) relate(b, a);
  }
  for (const s of table.values()) {
    s.score += Math.min(s.mentions, mentionCapOf(s));
    s.score += Math.min(s.attributes.size, SUPPORT.attributeCap) * SUPPORT.perAttribute;
    if (EVENT_NOUNS.has(s.words[s.words.length - 1]!)) s.score += SUPPORT.eventBonus;
  }
  // a relation lends as much as its other end stands on its own: two stray nouns that only meet each other
  // ("dirt can sink to the bottom") lend each other little, a noun related to a well-supported one a lot
  const own = new Map<Support, number>();
  for (const s of table.values()) own.set(s, s.score);
  for (const [s, list] of partners) {
    let lent = 0;
    for (const other of list.slice(0, SUPPORT.relationCap)) {
      lent += SUPPORT.perRelation * Math.min(1, Math.max(SUPPORT.minRelationShare, own.get(other)! / SUPPORT.threshold));
    }
    s.score += lent;
  }
  return table;
}

/** Why a noun cannot be an entity whatever its support, or undefined when it can. */
export function vetoOf(s: Support): string | undefined {
  const head = s.words[s.words.length - 1]!;
  if (s.words.length > SUPPORT.maxWords) return 'too long for a name';
  if (s.properOnly) return 'a proper name, not a kind of thing';
  if (s.words.length === 1 && NON_ENTITY_NOUNS.has(head)) return 'a word for the software or for data in general';
  if (NON_ENTITY_NOUNS.has(s.key)) return 'a word for the software or for data in general';
  if (s.words.length === 1 && ATTRIBUTE_HEADS.has(head)) return 'names a property, not a thing';
  if (TECHNICAL_HEADS.has(head) || TECHNICAL_SUFFIX.test(head) || /\d/.test(s.key)) return 'a word for how the software is built';
  if (ATTRIBUTE_HEADS.has(head) && s.words.length > 1 && !WEAK_ENTITY_NOUNS.has(head) && s.relations === 0) return 'names a property, not a thing';
  return undefined;
}

/**
 * The support a noun needs in a document of `sentences` sentences: more in long documents, where much
 * of the prose is about screens, process and technology rather than data.
 */
export function thresholdOf(s: Support, sentences = 0, bar = 1): number {
  const base = s.words.length === 1 && WEAK_ENTITY_NOUNS.has(s.words[0]!) ? SUPPORT.weakThreshold : SUPPORT.threshold;
  const scaled = sentences > SUPPORT.shortDocument ? base * Math.sqrt(sentences / SUPPORT.shortDocument) : base;
  return scaled * bar;
}

/**
 * How high the bar is for a noun, as a factor of the usual threshold: in a document whose structured parts
 * (an ERD, SQL, field tables) name entities, a noun they name needs little (`SUPPORT.knownFactor`) and a
 * noun they do not name needs much more (`SUPPORT.structuredFactor`).
 */
export type Bar = (key: string) => number;

/** Every noun has the usual bar. */
export const USUAL_BAR: Bar = () => 1;

/**
 * Nouns whose support reaches their threshold and that no veto rules out, keyed by `refKey`. A compound
 * noun that is not chosen lends its support to its head ("a home airport", "a departure airport" → airport).
 */
export function chooseEntities(table: Map<string, Support>, sentences = 0, bar: Bar = USUAL_BAR): Map<string, Support> {
  for (const s of [...table.values()]) {
    if (s.words.length < 2 || (!vetoOf(s) && s.score >= thresholdOf(s, sentences, bar(s.key)))) continue;
    const headKey = s.words[s.words.length - 1]!;
    const head = table.get(headKey) ?? { key: headKey, words: [headKey], score: 0, mentions: 0, strong: false, properOnly: s.properOnly, first: s.first, relations: 0, attributes: new Set<string>(), subtype: false };
    if (vetoOf(head)) continue;
    // only relations and attributes lend: mentions of "sales manager" say nothing about "manager"
    head.score += s.score - Math.min(s.mentions, mentionCapOf(s));
    head.properOnly &&= s.properOnly;
    table.set(headKey, head);
  }
  const chosen = new Map<string, Support>();
  for (const [key, s] of table) if (!vetoOf(s) && s.score >= thresholdOf(s, sentences, bar(key))) chosen.set(key, s);
  // "a hungry customer", "the monthly invoice": a compound whose head is an entity is that entity in a
  // role or state, unless the text makes it a kind of its own (a subtype, or attributes of its own)
  for (const s of [...chosen.values()]) {
    if (s.words.length < 2 || s.subtype || s.attributes.size > 0) continue;
    for (let i = 1; i < s.words.length; i++) {
      if (chosen.has(s.words.slice(i).join(' '))) {
        chosen.delete(s.key);
        break;
      }
    }
  }
  return chosen;
}

/**
 * The chosen entity a noun stands for: the noun itself, else its longest chosen suffix ("departure
 * airport" → airport), else the one chosen entity it is a suffix of ("the category" → seat category).
 */
export function resolveRef(ref: NounRef, chosen: ReadonlyMap<string, Support>): Support | undefined {
  for (let i = 0; i < ref.words.length; i++) {
    const hit = chosen.get(ref.words.slice(i).join(' '));
    if (hit) return hit;
  }
  const key = refKey(ref);
  const longer = [...chosen.values()].filter((s) => s.key.endsWith(` ${key}`));
  return longer.length === 1 ? longer[0] : undefined;
}
