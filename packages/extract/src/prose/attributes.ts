import { BELONG_VERBS, HAS_VERBS, OWNER_PREPOSITIONS, STORAGE_VERBS } from '../infer/prose-verbs.js';
import type { Candidate } from './candidates.js';
import type { Chunk, NounPhrase } from './chunks.js';
import type { Clause, PhraseList } from './clauses.js';
import { antecedentOf, framingOwnerOf } from './context.js';
import type { ReadSentence } from './read.js';
import { attributeOf, candidate, isAttributeLike } from './attributes-of.js';
import { informationAttributes } from './information.js';
import { listAttributes, suchAs } from './attribute-lists.js';
import { ofAttributes } from './attribute-of-phrases.js';
import { participleAttributes } from './attribute-participles.js';
import { referentOf } from './referent.js';

export { attributeOf, isAttributeLike };

/** The phrase before chunk `at`, skipping one comma: the antecedent of "whose" and "of which". */
function phraseBefore(chunks: readonly Chunk[], at: number): NounPhrase | undefined {
  let k = at - 1;
  if (chunks[k]?.kind === 'tok' && (chunks[k] as { token: { text: string } }).token.text === ',') k--;
  const c = chunks[k];
  return c?.kind === 'np' ? c.np : undefined;
}

/** Who the attributes of a storage clause belong to ("… are stored for aircraft", "… of each employee"). */
function storageOwner(c: Clause, list: PhraseList, rs: ReadSentence, previous: ReadSentence | undefined): { owner?: NounPhrase; viaOf: boolean } {
  // "… are stored for aircraft": the verb group took "for" as its particle, so the owner is its object
  const particle = c.verb.key.split(' ').pop()!;
  if (c.verb.passive && c.object && OWNER_PREPOSITIONS.has(particle) && c.verb.key !== `be ${c.verb.verb}`) return { owner: c.object.items[0]!, viaOf: false };
  for (const a of [...c.attachments, ...c.subjectAttachments]) {
    if (OWNER_PREPOSITIONS.has(a.prep) || a.prep === 'in') return { owner: a.list.items[0]!, viaOf: false };
  }
  // "the education completed by each actor is known"
  const by = c.subjectAttachments.find((a) => a.prep === 'by');
  if (by) return { owner: by.list.items[0]!, viaOf: false };
  const ofEach = list.items.find((np) => np.of && (np.of.quant?.meaning.distributive || /^(a|an)$/.test(np.of.quant?.text ?? '') || /^(each|every)$/.test(np.of.det ?? '')) && !isAttributeLike(np.of));
  if (ofEach?.of) return { owner: ofEach.of, viaOf: true };
  const framing = framingOwnerOf(rs);
  if (framing) return { owner: framing, viaOf: false };
  const first = list.items[0]!;
  if (first.det === 'whose') {
    const before = phraseBefore(rs.chunks, list.start);
    if (before) return { owner: before, viaOf: false };
  }
  if (first.det === 'their' || first.det === 'its' || first.det === 'his' || first.det === 'her') {
    const a = antecedentOf(rs, first.start, previous);
    if (a) return { owner: a, viaOf: false };
  }
  // "…, the flight number and date of which are stored"
  const ofWhich = rs.chunks[c.at - 1];
  if (ofWhich?.kind === 'tok' && ofWhich.token.lower === 'which' && rs.chunks[c.at - 2]?.kind === 'tok') {
    const l = list.start;
    const before = phraseBefore(rs.chunks, l);
    if (before) return { owner: before, viaOf: false };
  }
  return { viaOf: false };
}

/**
 * Attributes from storage clauses: "The name, type and year … are stored for aircraft", "The name of each
 * employee is known", "For each page, the page name … are logged", "their names … are stored", "an
 * airline, whose name is stored", "we want to register the zip code, address … (of these restaurants)".
 */
function storageAttributes(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const c of rs.clauses) {
    if (!STORAGE_VERBS.has(c.verb.verb)) continue;
    // "the ticket for each flight is stored in the form of the ticket number and price"
    const form = c.verb.passive && c.verb.key.endsWith(' in') ? c.object?.items[0] : undefined;
    if (form?.head === 'form' && form.of && c.subject) {
      const items = [form.of, ...c.object!.items.slice(1)];
      for (const np of items) out.push(...candidate(c.subject.items[0]!, np, 'prose/attribute/stored-as', 0.7, rs));
      continue;
    }
    const list = c.verb.passive ? c.subject : c.object;
    if (!list) continue;
    const { owner, viaOf } = storageOwner(c, list, rs, previous);
    if (!owner) continue;
    for (const np of list.items) {
      // "whether the attendant is a chief steward or stewardess are stored": the complement of a copula
      if (rs.clauses.some((o) => o !== c && o.verb.copula && o.object?.items.some((x) => x.start === np.start))) continue;
      const own = viaOf && np.of === owner ? ({ ...np, of: undefined } as NounPhrase) : np;
      out.push(...candidate(owner, own, c.verb.passive ? 'prose/attribute/stored-for' : 'prose/attribute/we-store', 0.7, rs));
    }
  }
  return out;
}

/** "Each guest has a name and a VIP flag", "a game area has a name of type String", "has a unique number". */
function hasAttributes(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const c of rs.clauses) {
    if (!HAS_VERBS.has(c.verb.key) || c.verb.passive || !c.subject || !c.object) continue;
    for (const s0 of c.subject.items) {
      const s = s0.pronoun ? antecedentOf(rs, s0.start, previous) : referentOf(s0, rs, previous);
      if (!s) continue;
      for (const o of c.object.items) if (isAttributeLike(o) && !o.plural) out.push(...candidate(s, o, 'prose/attribute/has', 0.7, rs));
    }
  }
  return out;
}

/** "each film is assigned to a genre", "a room is of a type": a property-like object of a belonging verb. */
function assignedProperty(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const c of rs.clauses) {
    if (!BELONG_VERBS.has(c.verb.key) || !c.subject || !c.object || c.verb.negated) continue;
    for (const o of c.object.items) {
      if (!isAttributeLike(o) || o.of) continue;
      for (const s0 of c.subject.items) {
        const s = s0.pronoun ? antecedentOf(rs, s0.start, previous) : s0;
        if (s && !isAttributeLike(s)) out.push(...candidate(s, o, 'prose/attribute/assigned', 0.6, rs));
      }
    }
  }
  return out;
}

/** "X is (uniquely) identified by a number" → a unique attribute. */
function identifiedBy(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  for (const c of rs.clauses) {
    if (c.verb.key !== 'be identify' || !c.agent || !c.subject) continue;
    for (const np of c.agent.items) out.push(...candidate(c.subject.items[0]!, np, 'prose/attribute/identified-by', 0.75, rs, true));
  }
  return out;
}

/** Possessives: "the customer's address" → customer.address. */
function possessives(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  for (const c of rs.chunks) {
    if (c.kind !== 'np' || !c.np.possessor || !isAttributeLike(c.np)) continue;
    out.push(...candidate(c.np.possessor, { ...c.np, possessor: undefined } as NounPhrase, 'prose/attribute/possessive', 0.6, rs));
  }
  return out;
}

/** Every attribute rule over one sentence. */
export function attributeCandidates(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  return [...storageAttributes(rs, previous), ...hasAttributes(rs, previous), ...assignedProperty(rs, previous), ...identifiedBy(rs), ...possessives(rs), ...listAttributes(rs), ...informationAttributes(rs), ...suchAs(rs, previous), ...participleAttributes(rs), ...ofAttributes(rs)];
}
