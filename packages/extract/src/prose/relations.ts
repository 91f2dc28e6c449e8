import { BELONG_VERBS, COMPOSITION_VERBS, HAS_VERBS, NON_RELATION_VERBS, OWNING_VERBS, PLACING_VERBS, STORAGE_VERBS } from '../infer/prose-verbs.js';
import { SUBORDINATORS } from '../infer/prose-weak-words.js';
import { isAttributeLike } from './attributes.js';
import type { Candidate, NounRef } from './candidates.js';
import { clauseEnds } from './cardinality.js';
import type { NounPhrase } from './chunks.js';
import type { Clause } from './clauses.js';
import { antecedentOf } from './context.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';
import { subordinatesOf, weaknessOf } from './weakness.js';

/** The noun a phrase stands for, following a pronoun to its antecedent. */
function resolvePhrase(np: NounPhrase, rs: ReadSentence, previous: ReadSentence | undefined): NounPhrase | undefined {
  if (!np.pronoun) return np;
  if (!/^(it|they|them)$/.test(np.pronoun)) return undefined;
  const a = antecedentOf(rs, np.start, previous);
  return a ? { ...a, quant: np.quant ?? a.quant, plural: np.plural } as NounPhrase : undefined;
}

/** True when the clause's verb can relate two entities. */
function relational(c: Clause): boolean {
  const key = c.verb.key;
  if (HAS_VERBS.has(key) || BELONG_VERBS.has(key)) return true;
  // "X is a special case of Y" is a generalisation (see generalisation.ts), not an association
  if (SUBTYPE_IDIOM.test(key)) return false;
  // "an invoice is sent before a payment": a conjunction read as the verb's particle opens a clause
  if (SUBORDINATORS.has(key.slice(key.lastIndexOf(' ') + 1)) && key.includes(' ')) return false;
  if (c.verb.copula && key === 'be') return false;
  if (NON_RELATION_VERBS.has(c.verb.verb) || NON_RELATION_VERBS.has(key)) return false;
  // "the gardener adds a crop": who places a thing is not data; where it goes is (see placingRelations)
  if (PLACING_VERBS.has(c.verb.verb) && !c.verb.passive) return false;
  return !(STORAGE_VERBS.has(c.verb.verb) && c.verb.passive);
}

const SUBTYPE_IDIOM = /^be a (special )?(kind|type|form|subtype|special case|special kind|special type) of$/;

/** Words of the clause outside noun phrases that change optionality ("always", "optionally"). */
function adverbsOf(rs: ReadSentence): string[] {
  return rs.sentence.tokens.filter((t) => t.pos === 'ADV').map((t) => t.lower);
}

/**
 * Relations from subject–verb–object clauses: "an airline employs several pilots", "a passenger can take
 * part in several flights", passives with "by" turned around ("orders are carried out by drivers"), relative
 * clauses through their antecedent. One candidate per subject × object pair, with the ends the quantifiers
 * state. Every noun in such a clause is also a mention.
 */
export function relationCandidates(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  const sentence = rs.sentence;
  let vice: boolean | undefined;
  let adverbs: string[] | undefined;
  let subs: ReturnType<typeof subordinatesOf> | undefined;
  for (const c of rs.clauses) {
    if (!c.subject || c.verb.negated || !relational(c)) continue;
    vice ??= /\bvice versa\b/i.test(sentence.text);
    adverbs ??= adverbsOf(rs);
    subs ??= subordinatesOf(rs);
    const others = c.agent ?? c.object ?? (c.attachments.length === 1 && c.attachments[0]!.prep !== 'as' ? c.attachments[0]!.list : undefined);
    if (!others) continue;
    const possession = HAS_VERBS.has(c.verb.key) && !c.verb.passive;
    // "orders are placed by customers": the agent is the logical subject
    const [subjects, objects] = c.agent ? [c.agent, c.subject] : [c.subject, others];
    for (const s0 of subjects.items) {
      const s = resolvePhrase(s0, rs, previous);
      const sref = s && nounRefOf(s);
      if (!s || !sref) continue;
      for (const o0 of objects.items) {
        if (isAttributeLike(o0) || o0.det === 'no') continue;
        const o = resolvePhrase(o0, rs, previous);
        const oref = o && nounRefOf(o);
        if (!o || !oref) continue;
        // in "… assigned one or more doctors, which make a diagnosis" the count (and the plural) belong to
        // the main clause
        const ends = clauseEnds(c.relative ? { ...s, quant: undefined, plural: false } : s, c.verb, o, adverbs);
        let aEnd = ends.subject;
        let bEnd = ends.object;
        if (vice && bEnd && !aEnd) aEnd = bEnd;
        // "a doctor makes a diagnosis", "customers place an order": what a subject makes is its own, and it
        // makes any number of them; the article counts one act, not one per subject
        if (!aEnd && OWNING_VERBS.has(c.verb.verb) && !c.verb.passive && /^(a|an)$/.test(o0.quant?.text ?? o0.det ?? '')) {
          aEnd = { cardinality: 'one', optional: false };
          bEnd = { cardinality: 'many', optional: true };
        }
        // "a bank manages any number of customers": a counted object of a verb that does not own it
        const sharedB = !aEnd && bEnd?.cardinality === 'many' && counted(o0) && !s.plural && !c.relative && !possession && !COMPOSITION_VERBS.has(c.verb.key) && !OWNING_VERBS.has(c.verb.verb);
        const rule = c.agent ? 'prose/relation/passive-by' : possession ? 'prose/relation/has' : c.relative ? 'prose/relation/relative-clause' : 'prose/relation/svo';
        const weak = weaknessOf(rs, subs, c, s, o0);
        const confidence = round2((possession ? 0.6 : c.relative ? 0.55 : 0.65) - (weak?.penalty ?? 0));
        out.push({ kind: 'relation', a: sref, b: oref, aEnd, bEnd, label: c.verb.key, possession, rule, confidence, sentence, symmetric: vice, sharedB, ...(weak ? { weak: weak.reason } : {}) });
        out.push(mention(oref, counted(o0) ? 'counted-object' : 'object', rs));
      }
      out.push(mention(sref, 'subject', rs));
    }
  }
  return out;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function mention(ref: NounRef, role: 'subject' | 'object' | 'counted-object', rs: ReadSentence): Candidate {
  return { kind: 'mention', ref, role, rule: `prose/entity/${role}`, confidence: 0.5, sentence: rs.sentence };
}

/** "a counted number of X": a quantifier that counts (not "a", not "each") says X is a kind of row. */
function counted(np: NounPhrase): boolean {
  const q = np.quant;
  return q !== undefined && !q.meaning.distributive && q.text !== 'a' && q.text !== 'an';
}

/**
 * "assign a crop to a bed", "add items to a cart": the placed things go to one target each (unless another
 * statement says otherwise). Who does the placing is not part of the data.
 */
export function placingRelations(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const c of rs.clauses) {
    if (!PLACING_VERBS.has(c.verb.verb) || c.verb.negated || !c.object) continue;
    const target = c.attachments.find((a) => /^(to|into|onto|in)$/.test(a.prep))?.list.items[0];
    const t = target && resolvePhrase(target, rs, previous);
    const tref = t && !isAttributeLike(t) ? nounRefOf(t) : undefined;
    if (!tref) continue;
    for (const o0 of c.object.items) {
      const o = resolvePhrase(o0, rs, previous);
      const oref = o && !isAttributeLike(o) ? nounRefOf(o) : undefined;
      if (!oref || oref.words.join(' ') === tref.words.join(' ')) continue;
      out.push({
        kind: 'relation', a: tref, b: oref, aEnd: { cardinality: 'one', optional: true }, bEnd: { cardinality: 'many', optional: true },
        label: c.verb.key.split(' ')[0]!, possession: false, rule: 'prose/relation/placed-in', confidence: 0.55, sentence: rs.sentence,
      });
    }
  }
  return out;
}

/**
 * Possessives between two things: "the customers' orders", "a patient's appointments" relate the owner
 * to what it owns (one owner, as many owned as the number says). Properties ("the customer's address")
 * are attributes instead.
 */
export function possessiveRelations(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  for (const c of rs.chunks) {
    if (c.kind !== 'np' || !c.np.possessor || isAttributeLike(c.np) || isAttributeLike(c.np.possessor)) continue;
    const owner = nounRefOf(c.np.possessor);
    const owned = nounRefOf({ ...c.np, possessor: undefined });
    if (!owner || !owned || owner.words.join(' ') === owned.words.join(' ')) continue;
    out.push({
      kind: 'relation', a: owner, b: owned, aEnd: { cardinality: 'one', optional: false }, bEnd: c.np.plural ? { cardinality: 'many', optional: true } : undefined,
      label: 'have', possession: true, rule: 'prose/relation/possessive', confidence: 0.55, sentence: rs.sentence,
    });
  }
  return out;
}
