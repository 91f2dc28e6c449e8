import { BELONG_VERBS, HAS_VERBS, OWNER_PREPOSITIONS, STORAGE_VERBS } from '../infer/prose-verbs.js';
import type { Candidate } from './candidates.js';
import type { Chunk, NounPhrase } from './chunks.js';
import type { Clause, PhraseList } from './clauses.js';
import { antecedentOf, framingOwnerOf } from './context.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';
import { attributeOf, isAttributeLike } from './attributes-of.js';
import { informationAttributes } from './information.js';

export { attributeOf, isAttributeLike };

function candidate(owner: NounPhrase, np: NounPhrase, rule: string, confidence: number, rs: ReadSentence, unique = false): Candidate[] {
  const ref = nounRefOf(owner);
  const a = attributeOf(np);
  if (!ref || !a) return [];
  return [{
    kind: 'attribute', owner: ref, name: a.words, ...(a.type ? { type: a.type } : {}),
    ...(a.unique || unique ? { unique: true } : {}), rule, confidence, sentence: rs.sentence,
  }];
}

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
      const s = s0.pronoun ? antecedentOf(rs, s0.start, previous) : s0;
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

/** Heads that announce a list of properties: "details such as …", "several features, like …". */
const PROPERTY_GROUPS = /^(detail|feature|property|attribute|characteristic|information|data|datum|field)$/;

/**
 * "Each acquisition has further details, such as the price, options and delivery date", "This page records
 * several features, like the bounce rate and the conversion rate": the listed items belong to the subject.
 */
function suchAs(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  const chunks = rs.chunks;
  for (const c of rs.clauses) {
    if (!(HAS_VERBS.has(c.verb.key) || STORAGE_VERBS.has(c.verb.verb)) || c.verb.passive || !c.subject || !c.object) continue;
    const group = c.object.items[c.object.items.length - 1]!;
    if (!PROPERTY_GROUPS.test(group.head)) continue;
    let k = c.object.end;
    if (chunks[k]?.kind === 'tok' && (chunks[k] as { token: { text: string } }).token.text === ',') k++;
    const w = chunks[k];
    const lead = w?.kind === 'tok' ? w.token.lower : w?.kind === 'vg' ? w.vg.verb : '';
    let from = -1;
    if (lead === 'such' && chunks[k + 1]?.kind === 'tok') from = k + 2;
    else if (lead === 'like' || lead === 'include' || lead === ':') from = k + 1;
    if (from < 0) continue;
    const s0 = c.subject.items[0]!;
    const owner = s0.pronoun ? antecedentOf(rs, s0.start, previous) : s0;
    if (!owner) continue;
    for (const np of collectList(chunks, from)) out.push(...candidate(owner, np, 'prose/attribute/such-as', 0.6, rs));
  }
  return out;
}

/** Lists after "with", a colon, or in parentheses: "drivers with first and last names", "…: title, year". */
function listAttributes(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  const chunks = rs.chunks;
  for (let i = 0; i + 2 < chunks.length; i++) {
    const owner = chunks[i]!;
    const sep = chunks[i + 1]!;
    if (owner.kind !== 'np' || sep.kind !== 'tok') continue;
    if (sep.token.lower === 'with' || sep.token.text === '(') {
      const items = collectList(chunks, i + 2);
      // "their personal information (ID, name, email)": the information is the antecedent's
      const vague = /^(information|data|datum|detail|info)$/.test(owner.np.head);
      // "sensors have a valid range (min, max)": the parts are the subject's, the phrase only groups them
      const had = sep.token.text === '(' ? rs.clauses.find((c) => HAS_VERBS.has(c.verb.key) && c.object?.items.includes(owner.np) && c.subject && !c.subject.items[0]!.pronoun) : undefined;
      const holder = had ? had.subject!.items[0]! : vague ? (owner.np.possessor ?? (/^(their|its|his|her)$/.test(owner.np.det ?? '') ? antecedentOf(rs, owner.np.start, undefined) : undefined)) : owner.np;
      if (!holder) continue;
      const attrs = items.filter(isAttributeLike);
      if (attrs.length === 0 || (sep.token.text === '(' && items.length < 2)) continue;
      for (const np of sep.token.text === '(' ? items : attrs) out.push(...candidate(holder, np, sep.token.text === '(' ? 'prose/attribute/parenthesised' : 'prose/attribute/with', 0.6, rs));
    }
  }
  // "the following information on each song needs to be stored: title, year, length"
  const colon = chunks.findIndex((c) => c.kind === 'tok' && c.token.text === ':');
  if (colon > 0) {
    let owner: NounPhrase | undefined;
    for (let k = colon - 1; k > 0 && !owner; k--) {
      const c = chunks[k]!;
      const p = chunks[k - 1]!;
      // the preposition may stand alone or close the verb group ("is recorded on each user:")
      const prep = p.kind === 'tok' ? p.token.lower : p.kind === 'vg' ? p.vg.key.split(' ').pop()! : '';
      if (c.kind === 'np' && /^(on|about|for|of|per)$/.test(prep) && !isAttributeLike(c.np)) owner = c.np;
    }
    const before = rs.sentence.tokens.filter((t) => t.start < (chunks[colon] as { token: { start: number } }).token.start).map((t) => t.lemma);
    if (owner && before.some((w) => STORAGE_VERBS.has(w) || w === 'information' || w === 'data' || w === 'detail')) {
      for (const np of collectList(chunks, colon + 1)) out.push(...candidate(owner, np, 'prose/attribute/colon-list', 0.65, rs));
    }
  }
  return out;
}

/** Noun phrases separated by commas and conjunctions from chunk `i` on, until anything else. */
function collectList(chunks: readonly Chunk[], i: number): NounPhrase[] {
  const items: NounPhrase[] = [];
  for (let k = i; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.kind === 'np') items.push(c.np);
    else if (c.kind === 'tok' && /^(,|and|or|as|well|\(|\)|i\.e\.|e\.g\.|unique|etc\.?)$/.test(c.token.lower)) continue;
    else break;
  }
  return items;
}

/** Every attribute rule over one sentence. */
export function attributeCandidates(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  return [...storageAttributes(rs, previous), ...hasAttributes(rs, previous), ...assignedProperty(rs, previous), ...identifiedBy(rs), ...possessives(rs), ...listAttributes(rs), ...informationAttributes(rs), ...suchAs(rs, previous)];
}
