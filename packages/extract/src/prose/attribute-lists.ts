import { HAS_VERBS, STORAGE_VERBS } from '../infer/prose-verbs.js';
import { candidate, isAttributeLike } from './attributes-of.js';
import type { Candidate } from './candidates.js';
import type { Chunk, NounPhrase } from './chunks.js';
import type { Clause } from './clauses.js';
import { antecedentOf } from './context.js';
import { referentOf } from './referent.js';
import type { ReadSentence } from './read.js';

/** Heads that announce a list of properties: "details such as …", "several features, like …". */
const PROPERTY_GROUPS = /^(detail|feature|property|attribute|characteristic|information|data|datum|field)$/;

/**
 * "Each acquisition has further details, such as the price, options and delivery date", "This page records
 * several features, like the bounce rate and the conversion rate": the listed items belong to the subject.
 */
export function suchAs(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  const chunks = rs.chunks;
  for (const c of rs.clauses) {
    if (!(HAS_VERBS.has(c.verb.key) || STORAGE_VERBS.has(c.verb.verb)) || c.verb.passive || !c.subject) continue;
    const found = groupAfter(chunks, c);
    if (!found) continue;
    const { group, end } = found;
    if (!PROPERTY_GROUPS.test(group.head)) continue;
    let k = end;
    if (chunks[k]?.kind === 'tok' && (chunks[k] as { token: { text: string } }).token.text === ',') k++;
    const w = chunks[k];
    const lead = w?.kind === 'tok' ? w.token.lower : w?.kind === 'vg' ? w.vg.verb : '';
    let from = -1;
    if (lead === 'such' && chunks[k + 1]?.kind === 'tok') from = k + 2;
    else if (lead === 'like' || lead === 'include' || lead === ':') from = k + 1;
    if (from < 0) continue;
    const s0 = c.subject.items[0]!;
    const owner = s0.pronoun ? antecedentOf(rs, s0.start, previous) : referentOf(s0, rs, previous);
    if (!owner) continue;
    for (const np of collectList(chunks, from)) out.push(...candidate(owner, np, 'prose/attribute/such-as', 0.6, rs));
  }
  return out;
}

/**
 * The object phrase of a clause, or, when the chunker left it out of the clause because a word it does not
 * know stands before it ("has further specific details"), the phrase right after that one word.
 */
function groupAfter(chunks: readonly Chunk[], c: Clause): { group: NounPhrase; end: number } | undefined {
  if (c.object) return { group: c.object.items[c.object.items.length - 1]!, end: c.object.end };
  const skipped = chunks[c.at + 1];
  const next = chunks[c.at + 2];
  if (skipped?.kind !== 'tok' || !/^[a-z]+$/.test(skipped.token.lower) || next?.kind !== 'np') return undefined;
  return { group: next.np, end: c.at + 3 };
}

/** Lists after "with", a colon, or in parentheses: "drivers with first and last names", "…: title, year". */
export function listAttributes(rs: ReadSentence): Candidate[] {
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
    else if (c.kind === 'tok' && /^(,|and|or|&|as|well|\(|\)|i\.e\.|e\.g\.|unique)$/.test(c.token.lower)) continue;
    // "…, delivery date, etc." closes the list, whatever follows
    else if (c.kind === 'tok' && /^etc\.?$/.test(c.token.lower)) break;
    else break;
  }
  return items;
}
