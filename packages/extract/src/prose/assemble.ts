import { diagnostic, type Diagnostic } from '@schemawright/ir';
import type { AttributeFact, EndFact, EntityFact, Fact, RelationFact } from '../facts.js';
import { SUPPORT } from '../infer/prose-support.js';
import { COMPOSITION_VERBS } from '../infer/prose-verbs.js';
import { DEFAULT_MIN_CONFIDENCE } from '../resolve/confidence.js';
import { attributeNameOf } from './attribute-names.js';
import type { AttributeCandidate, Candidate, RelationCandidate } from './candidates.js';
import type { Sentence } from './tokens.js';
import { chooseEntities, gatherSupport, resolveRef, thresholdOf, USUAL_BAR, vetoOf, type Bar, type Support } from './support.js';
import { typeOfAttributeWords } from './types.js';

/** The sentence as quoted in a diagnostic: one line, at most 160 characters. */
export function quote(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 160 ? `${one.slice(0, 157)}...` : one;
}

/** "seat category" → "Seat Category": the name as an entity fact carries it. */
function titleOf(words: readonly string[]): string {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Entity confidence from support: at the threshold 0.55, rising to 0.9. */
function confidenceOf(s: Support, sentences: number, bar: number): number {
  return round2(Math.min(0.9, 0.55 + (s.score - thresholdOf(s, sentences, bar)) * 0.1));
}

/** Merges two statements of the same end: "many" wins (it allows the other), a stated optionality wins. */
function mergeEnd(x: EndFact | undefined, y: EndFact | undefined): EndFact | undefined {
  if (!x) return y;
  if (!y) return x;
  return { cardinality: x.cardinality === 'many' || y.cardinality === 'many' ? 'many' : 'one', optional: x.optional && y.optional };
}

interface PairGroup {
  readonly a: Support;
  readonly b: Support;
  aEnd?: EndFact;
  bEnd?: EndFact;
  readonly first: RelationCandidate;
  /** The first statement named the pair as (b, a): defaults ("a has many b") follow that statement. */
  readonly swapped: boolean;
  /** Some statement left room for many of `a` (resp. `b`) per other end (see `RelationCandidate.sharedB`). */
  openA: boolean;
  openB: boolean;
  confidence: number;
  statements: number;
  /** The role the sentence gave the object ("a departure airport and a destination airport"): one relation each. */
  readonly role?: string;
  /** The statement with the highest confidence (its weakness, if any, explains a low one). */
  best: RelationCandidate;
}

/**
 * Weighs support, keeps the entities that have enough, and turns the candidates into facts: one entity
 * fact per chosen noun, attributes on chosen owners, one relation per related pair (several when one
 * sentence names the same pair in different roles, "a departure airport and a destination airport").
 * A possession whose object is no entity becomes an attribute. `bar` sets how much support each noun
 * needs; entities `spelledOut` by the document's structured parts get no prose attributes,
 * and no prose relations among themselves.
 */
export function assembleFacts(
  candidates: readonly Candidate[],
  sentences = 0,
  bar: Bar = USUAL_BAR,
  spelledOut: (key: string) => boolean = () => false,
): { facts: Fact[]; diagnostics: Diagnostic[] } {
  const table = gatherSupport(candidates);
  const chosen = chooseEntities(table, sentences, bar);
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const s of chosen.values()) {
    const confidence = confidenceOf(s, sentences, bar(s.key));
    facts.push({ kind: 'entity', name: titleOf(s.words), span: s.first.sentence.span, rule: s.first.rule, source: 'prose', confidence } satisfies EntityFact);
    if (s.score < SUPPORT.sure) {
      diagnostics.push(diagnostic('extract/prose-entity', { name: titleOf(s.words), confidence, sentence: quote(s.first.sentence.text) }, s.first.sentence.span));
    }
  }
  for (const s of table.values()) {
    if (chosen.has(s.key) || s.score < SUPPORT.mentionWorthy) continue;
    const threshold = thresholdOf(s, sentences, bar(s.key));
    // enough support but set aside: a compound whose head is an entity names that entity in a role or state
    const head = !vetoOf(s) && s.score >= threshold ? resolveRef({ words: s.words }, chosen) : undefined;
    const why = vetoOf(s) ?? (head ? `read as "${head.words.join(' ')}" in a role or state (support ${round2(s.score)})` : `support ${round2(s.score)} is below ${round2(threshold)}`);
    if (vetoOf(s) && s.words.length === 1) continue; // stoplisted words are expected, not worth a note
    diagnostics.push(diagnostic('extract/prose-uncertain', { sentence: quote(s.first.sentence.text), detail: `"${s.words.join(' ')}" is not taken as an entity: ${why}` }, s.first.sentence.span));
  }

  const attributes = new Map<string, AttributeFact>();
  const addAttribute = (owner: Support, c: Pick<AttributeCandidate, 'name' | 'type' | 'unique' | 'enumValues' | 'rule' | 'confidence' | 'sentence'>): void => {
    // the document's own ERD, SQL or field table lists this entity's fields: prose does not add to them
    if (spelledOut(owner.key)) return;
    const name = attributeNameOf(c.name);
    if (chosen.has(name)) return; // "the countries" of a customer is a relation, stated elsewhere
    const key = `${owner.key}\u0000${name}`;
    const type = c.type ?? typeOfAttributeWords(name.split(' '));
    const prior = attributes.get(key);
    if (prior && !(c.enumValues && !prior.enumValues)) return;
    attributes.set(key, {
      kind: 'attribute', entity: titleOf(owner.words), name, span: c.sentence.span, rule: c.rule, source: 'prose', confidence: c.confidence,
      ...(type && !c.enumValues ? { type } : {}), ...(c.unique ? { unique: true } : {}), ...(c.enumValues ? { enumValues: c.enumValues } : {}),
    });
  };
  for (const c of candidates) {
    if (c.kind !== 'attribute') continue;
    const owner = resolveRef(c.owner, chosen);
    if (owner) addAttribute(owner, c);
  }

  const groups = new Map<string, PairGroup>();
  const bySentence = new Map<Sentence, RelationCandidate[]>();
  for (const c of candidates) if (c.kind === 'relation') bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
  for (const c of candidates) {
    if (c.kind !== 'relation') continue;
    const a = resolveRef(c.a, chosen);
    const b = resolveRef(c.b, chosen);
    if (!a) continue;
    if (!b) {
      if (c.possession && !table.get(c.b.words.join(' '))?.relations) addAttribute(a, { name: c.b.words, rule: 'prose/attribute/has-non-entity', confidence: 0.55, sentence: c.sentence });
      continue;
    }
    if (a === b && c.a.words.join(' ') === c.b.words.join(' ')) continue;
    // between two entities the document's structure spells out, the structure states the relations
    if (spelledOut(a.key) && spelledOut(b.key)) continue;
    // the same pair twice in one sentence under different names is two relations
    const role = c.b.words.join(' ') !== b.key ? c.b.words.join(' ') : '';
    const swap = a.key > b.key;
    const roleOfPair = role && sameSentenceRoles(bySentence.get(c.sentence) ?? [], c) ? role : '';
    const key = `${swap ? b.key : a.key}\u0000${swap ? a.key : b.key}\u0000${roleOfPair}`;
    const aEnd = swap ? c.bEnd : c.aEnd;
    const bEnd = swap ? c.aEnd : c.bEnd;
    const g = groups.get(key);
    // the statement's subject (a) may be shared: after a swap that is the group's b
    const openSubject = c.sharedB === true;
    if (!g) groups.set(key, { a: swap ? b : a, b: swap ? a : b, ...(aEnd ? { aEnd } : {}), ...(bEnd ? { bEnd } : {}), first: c, swapped: swap, openA: openSubject && !swap, openB: openSubject && swap, confidence: c.confidence, statements: 1, best: c, ...(roleOfPair ? { role: roleOfPair } : {}) });
    else {
      if (openSubject) {
        if (swap) g.openB = true;
        else g.openA = true;
      }
      g.aEnd = mergeEnd(g.aEnd, aEnd);
      g.bEnd = mergeEnd(g.bEnd, bEnd);
      if (c.confidence > g.confidence) g.best = c;
      g.confidence = Math.max(g.confidence, c.confidence);
      g.statements++;
    }
  }
  for (const g of groups.values()) {
    const r = relationFact(g);
    facts.push(r);
    // a relation only weak statements support falls below the usual threshold: say which sentence and why
    if (g.best.weak && r.confidence < DEFAULT_MIN_CONFIDENCE) {
      diagnostics.push(diagnostic('extract/prose-uncertain', { sentence: quote(g.best.sentence.text), detail: `relation ${r.a} – ${r.b} has confidence ${r.confidence}: ${g.best.weak}` }, g.best.sentence.span));
    }
    // a relation no sentence counted (both ends are the default reading) is worth a look
    if (!g.aEnd && !g.bEnd && !g.openA && !g.openB) {
      diagnostics.push(diagnostic('extract/prose-relation', { a: r.a, b: r.b, confidence: r.confidence, sentence: quote(g.first.sentence.text) }, r.span));
    }
  }
  facts.push(...attributes.values());
  return { facts, diagnostics };
}

/** "destination airport" of an Airport → "destination": the role's own words, without the entity's name. */
function roleLabel(role: string, target: readonly string[]): string {
  const words = role.split(' ');
  const n = target.length;
  const tail = words.slice(-n).join(' ') === target.join(' ') ? words.slice(0, -n) : words;
  return tail.length > 0 ? tail.join(' ') : role;
}

/** True when the candidate's sentence names the same object head under two or more different phrases. */
function sameSentenceRoles(inSentence: readonly RelationCandidate[], c: RelationCandidate): boolean {
  const phrases = new Set<string>();
  for (const o of inSentence) {
    if (o.a.words.join(' ') === c.a.words.join(' ') && o.b.words[o.b.words.length - 1] === c.b.words[c.b.words.length - 1]) phrases.add(o.b.words.join(' '));
  }
  return phrases.size > 1;
}

/**
 * A relation fact from a merged pair, with ends completed the way prose means them: one stated "many"
 * makes the other end one; one stated "one" makes the other end many; none stated reads "a has many b".
 */
function relationFact(g: PairGroup): RelationFact {
  // work in the first statement's orientation: its subject is the whole / owner when nothing is stated
  let own = g.swapped ? g.bEnd : g.aEnd;
  let other = g.swapped ? g.aEnd : g.bEnd;
  // an end no statement fixed, that a counted statement left open, is many
  const ownOpen = g.swapped ? g.openB : g.openA;
  const otherOpen = g.swapped ? g.openA : g.openB;
  if (!own && ownOpen && other?.cardinality === 'many') own = { cardinality: 'many', optional: true };
  if (!other && otherOpen && own?.cardinality === 'many') other = { cardinality: 'many', optional: true };
  if (!own && COMPOSITION_VERBS.has(g.first.label)) own = { cardinality: 'one', optional: false };
  if (!own && !other) {
    own = { cardinality: 'one', optional: true };
    other = { cardinality: 'many', optional: true };
  } else if (!own) own = { cardinality: other!.cardinality === 'many' ? 'one' : 'many', optional: true };
  else if (!other) other = { cardinality: own.cardinality === 'many' ? 'one' : 'many', optional: true };
  const [aEnd, bEnd] = g.swapped ? [other!, own] : [own, other!];
  const c = g.first;
  return {
    // two roles between one pair are two relations: the role names each (the resolver groups by label)
    kind: 'relation', a: titleOf(g.a.words), b: titleOf(g.b.words), aEnd, bEnd, label: g.role ? roleLabel(g.role, g.swapped ? g.a.words : g.b.words) : c.label,
    span: c.sentence.span, rule: c.rule, source: 'prose', confidence: round2(Math.min(0.9, g.confidence + (g.best.weak ? 0 : 0.05 * (g.statements - 1)))),
  };
}
