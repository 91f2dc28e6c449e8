import { singular } from '@schemawright/ir';
import { isAttributeLike } from './attributes.js';
import type { Candidate } from './candidates.js';
import type { NounPhrase } from './chunks.js';
import { listAt } from './clauses.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';

const KIND_WORDS = /^(kind|type|form|subtype|sort|variant|specialisation|specialization|case)$/;

function subtype(sub: NounPhrase, sup: NounPhrase, rule: string, rs: ReadSentence): Candidate[] {
  const a = nounRefOf(sub);
  const b = nounRefOf(sup);
  if (!a || !b || a.words.join(' ') === b.words.join(' ')) return [];
  return [{ kind: 'subtype', sub: a, sup: b, rule, confidence: 0.7, sentence: rs.sentence }];
}

/**
 * Generalisation: "X is a kind of Y", "X is a special case of Y", "passenger aircraft are special aircraft",
 * "Y are either A, B or C", "There are two types of Y: A and B". Subtypes become entities of their own;
 * the collector adds no relation for them (a subtype shares its supertype's identity).
 */
export function subtypeCandidates(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  for (const c of rs.clauses) {
    if (!c.subject || c.verb.negated) continue;
    const key = c.verb.key;
    // "X is a kind of Y" (idiom), "X is a special case of Y"
    if (/^be a (special )?(kind|type|form|subtype|special case) of$/.test(key) || /^be a special (kind|type) of$/.test(key)) {
      const sup = c.object?.items[0];
      if (sup) for (const s of c.subject.items) out.push(...subtype(s, sup, 'prose/subtype/kind-of', rs));
      continue;
    }
    if (!c.verb.copula || key !== 'be' || !c.object) continue;
    const objects = c.object.items;
    const first = objects[0]!;
    // "X are special Y", "X is a special Y"
    if (objects.length === 1 && first.words.includes('special')) {
      for (const s of c.subject.items) out.push(...subtype(s, { ...first, words: first.words.filter((w) => w !== 'special') }, 'prose/subtype/special', rs));
      continue;
    }
    // "X is a kind of Y" when the tagger split the idiom: object "kind of Y"
    if (objects.length === 1 && KIND_WORDS.test(first.head) && first.of && c.subject.items.length >= 1) {
      for (const s of c.subject.items) out.push(...subtype(s, first.of, 'prose/subtype/kind-of', rs));
      continue;
    }
    // "Game elements are either shapes, objects or opponents"
    const whole = c.subject.items[0]!;
    // (an "either", or plural kinds: "an immediate, on-demand service" is one thing described twice)
    const either = rs.sentence.tokens.some((t) => t.lower === 'either');
    if (objects.length >= 2 && (either || objects.every((o) => o.plural)) && c.subject.items.length === 1 && !whole.pronoun && !whole.of && !isAttributeLike(whole) && !whole.words.includes('possible')) {
      for (const o of objects) out.push(...subtype(o, c.subject.items[0]!, 'prose/subtype/either', rs));
    }
  }
  out.push(...typesOfList(rs));
  return out;
}

/** "There are two (basic) types of accounts: current accounts and savings accounts." */
function typesOfList(rs: ReadSentence): Candidate[] {
  const chunks = rs.chunks;
  const kindsAt = chunks.findIndex((c) => c.kind === 'np' && KIND_WORDS.test(c.np.head) && c.np.of !== undefined && !c.np.of.pronoun);
  if (kindsAt < 0) return [];
  const kinds = chunks[kindsAt] as { np: NounPhrase };
  // "types of X: A and B", "which type of X … : A or B", or in apposition "two variants of X, an A X and a B X"
  const colon = chunks.findIndex((c, k) => k > kindsAt && c.kind === 'tok' && c.token.text === ':');
  const apposition = colon < 0 && chunks[kindsAt + 1]?.kind === 'tok' && (chunks[kindsAt + 1] as { token: { text: string } }).token.text === ',';
  if (colon < 0 && !apposition) return [];
  const sep = colon >= 0 ? colon : kindsAt + 1;
  const sup = kinds.np.of!;
  const out: Candidate[] = [];
  const supHead = singular(sup.head);
  const listed = listAt(chunks, sep + 1);
  for (const np of listed?.items ?? []) if (colon >= 0 || np.head === supHead) out.push(...subtype(np, sup, 'prose/subtype/types-of', rs));
  for (let k = listed?.end ?? sep + 1; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.kind === 'vg') {
      // skip a relative clause ("the regular users who will be able to buy music")
      while (k + 1 < chunks.length && !(chunks[k + 1]!.kind === 'tok' && /^(,|and)$/.test((chunks[k + 1] as { token: { text: string } }).token.text))) k++;
      continue;
    }
    if (c.kind !== 'np') continue;
    // items either repeat the supertype's head ("savings accounts") or stand alone right after the colon
    if (c.np.head === supHead) out.push(...subtype(c.np, sup, 'prose/subtype/types-of', rs));
  }
  return out;
}
