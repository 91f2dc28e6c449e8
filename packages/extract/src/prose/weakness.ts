import { BELONG_VERBS, COMPOSITION_VERBS, HAS_VERBS } from '../infer/prose-verbs.js';
import { INTENTION_STEMS, PERMISSION_MODALS, QUESTION_DETERMINERS, SENTENCE_OPENERS, SUBORDINATORS, WEAKNESS_PENALTY } from '../infer/prose-weak-words.js';
import type { NounPhrase } from './chunks.js';
import type { Clause } from './clauses.js';
import type { ReadSentence } from './read.js';

/** Why a relation statement is weak evidence, and by how much it lowers the confidence. */
export interface Weakness {
  readonly penalty: number;
  readonly reason: string;
}

/** A subordinate clause: the conjunction and the token range it governs [start, end). */
interface Subordinate {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The subordinate clauses of a sentence: from a subordinating conjunction to the next comma (or the end),
 * when a verb follows inside that range ("before the start of the show" governs no verb: a preposition).
 * "as soon as" counts as "as"; "as a customer, …" (no verb before the comma) does not.
 */
export function subordinatesOf(rs: ReadSentence): Subordinate[] {
  const tokens = rs.sentence.tokens;
  const verbs = rs.clauses.map((c) => c.verb.start);
  const out: Subordinate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (!SUBORDINATORS.has(w)) continue;
    // "as" opens a clause only at the start ("As the tank can …, …") or as "as soon as"; elsewhere it is a
    // preposition or a comparison ("registered as members", "as well as")
    // (mid-sentence it opens one before a pronoun subject: "… as it is shipped")
    if (w === 'as' && tokens[i + 1]?.lower !== 'soon' && !openingAt(tokens, i) && !SUBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '')) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.text !== ',' && tokens[end]!.text !== ';' && tokens[end]!.text !== ':') end++;
    if (!verbs.some((v) => v > i && v < end)) continue;
    out.push({ word: w === 'as' && tokens[i + 1]?.lower === 'soon' ? 'as soon as' : w, start: i, end });
    i = end;
  }
  return out;
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'you']);

/** True when token `i` is the sentence's first word after openers such as "but" and "so". */
function openingAt(tokens: ReadSentence['sentence']['tokens'], i: number): boolean {
  for (let k = 0; k < i; k++) if (!SENTENCE_OPENERS.has(tokens[k]!.lower) && tokens[k]!.text !== ',') return false;
  return true;
}

/** True when the sentence opens with a subordinate clause ("When a bed is free, it is proposed …"). */
function opensSubordinate(rs: ReadSentence, subs: readonly Subordinate[]): Subordinate | undefined {
  const tokens = rs.sentence.tokens;
  let i = 0;
  while (i < tokens.length && (SENTENCE_OPENERS.has(tokens[i]!.lower) || tokens[i]!.text === ',')) i++;
  return subs.find((s) => s.start === i);
}

/** A quantifier that counts or ranges ("several", "each", "exactly one"): the sentence is about structure. */
const counts = (np: NounPhrase): boolean => np.quant !== undefined && np.quant.text !== 'a' && np.quant.text !== 'an';

/**
 * "request a cab", "send the patient": one singular thing, named with an article, is one act's object;
 * a plural ("buy the singles") or a bare noun ("apply for permission") names the kind of thing the
 * subject deals in, which is structure.
 */
const oneAct = (np: NounPhrase): boolean => !np.plural && /^(a|an|the|this|that)$/.test(np.quant?.text ?? np.det ?? '');

/**
 * How weak a subject–verb–object statement is as evidence of a relation: inside (or after an opening)
 * conditional/temporal clause ("once a consent is signed by the patient, …"), or a permitted action with
 * nothing counted ("a customer can request a cab", "people can register their cars"). Verbs of having,
 * belonging and composition state structure whatever the modal.
 */
export function weaknessOf(rs: ReadSentence, subs: readonly Subordinate[], c: Clause, s: NounPhrase, o: NounPhrase): Weakness | undefined {
  const at = c.verb.start;
  const inside = subs.find((x) => at > x.start && at < x.end);
  if (inside) return { penalty: WEAKNESS_PENALTY.subordinate, reason: `inside a "${inside.word}" clause` };
  const opener = opensSubordinate(rs, subs);
  if (opener && at >= opener.end) return { penalty: WEAKNESS_PENALTY.subordinate, reason: `after an opening "${opener.word}" clause` };
  const tokens = rs.sentence.tokens;
  // "people wishing to reside in the home": an intention
  for (let k = c.verb.start; k < c.verb.end; k++) {
    if (tokens[k]?.lower !== 'to') continue;
    const intent = tokens[k - 1]?.lower ?? '';
    if (INTENTION_STEMS.some((stem) => intent.startsWith(stem))) return { penalty: WEAKNESS_PENALTY.subordinate, reason: `"${intent} to …" tells an intention` };
  }
  const previousWord = tokens[c.verb.start - 1]?.lower ?? '';
  if (previousWord === 'to' && INTENTION_STEMS.some((stem) => (tokens[c.verb.start - 2]?.lower ?? '').startsWith(stem))) {
    return { penalty: WEAKNESS_PENALTY.subordinate, reason: `"${tokens[c.verb.start - 2]!.lower} to …" tells an intention` };
  }
  // "we know which company manufactured each product": an indirect question
  if (s.det !== undefined && QUESTION_DETERMINERS.has(s.det) && !c.agent) return { penalty: WEAKNESS_PENALTY.subordinate, reason: `"${s.det} …" asks a question` };
  // "in addition to the people working at the school": a participle inside a prepositional phrase
  // describes the noun in passing ("with each round containing …" counts, and states structure)
  const before = c.subject && !c.relative ? rs.chunks[c.subject.start - 1] : undefined;
  if (before?.kind === 'tok' && before.token.pos === 'ADP' && !c.verb.modal && c.verb.end - c.verb.start === 1 && !counts(s)) {
    return { penalty: WEAKNESS_PENALTY.subordinate, reason: `the subject is inside a prepositional phrase ("${before.token.text} …")` };
  }
  const key = c.verb.key;
  const structural = HAS_VERBS.has(key) || BELONG_VERBS.has(key) || COMPOSITION_VERBS.has(key);
  // `o` is the logical object: in "a reservation can be cancelled by the customer" the reservation
  if (!structural && c.verb.modal && PERMISSION_MODALS.has(c.verb.modal) && !counts(s) && !counts(o) && oneAct(o)) {
    return { penalty: WEAKNESS_PENALTY.permittedAction, reason: `"${c.verb.modal} ${c.verb.verb}" tells a permitted action, not a count` };
  }
  return undefined;
}
