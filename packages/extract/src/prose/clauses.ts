import { RELATIVE_PRONOUNS } from '../infer/prose-pos.js';
import type { Chunk, NounPhrase, VerbGroup } from './chunks.js';

/** Noun phrases joined by commas, "and", "or", "as well as", "both … and", "either … or". */
export interface PhraseList {
  readonly items: readonly NounPhrase[];
  /** Chunk index range [start, end). */
  readonly start: number;
  readonly end: number;
}

/** A prepositional phrase after a verb's object: "to a specific address", "for aircraft". */
export interface Attachment {
  readonly prep: string;
  readonly list: PhraseList;
}

/** One verb with what surrounds it: subject before, object and prepositional phrases after. */
export interface Clause {
  readonly subject?: PhraseList;
  /** The subject came from a relative pronoun ("…, which …"). */
  readonly relative: boolean;
  readonly verb: VerbGroup;
  readonly object?: PhraseList;
  /** "by X" after a passive verb: the logical subject. */
  readonly agent?: PhraseList;
  readonly attachments: readonly Attachment[];
  /** Prepositional phrases between the subject and the verb ("the number of seats on these aircraft is …"). */
  readonly subjectAttachments: readonly Attachment[];
  /** Chunk index of the verb. */
  readonly at: number;
}

const isComma = (c: Chunk | undefined): boolean => c?.kind === 'tok' && c.token.text === ',';
const conjunction = (c: Chunk | undefined): string | undefined =>
  c?.kind === 'tok' && /^(and|or|nor|plus)$/.test(c.token.lower) ? c.token.lower : undefined;

/** Inherits a list's first quantifier to later items that have none ("several pilots and attendants"). */
function distribute(items: NounPhrase[]): NounPhrase[] {
  const q = items[0]?.quant;
  if (!q) return items;
  return items.map((np) => (np.quant || np.det ? np : { ...np, quant: q }));
}

/** The chunk after a parenthesised aside at `i` ("a frame (made of steel), a motor"), or `i` when none opens there. */
function skipAside(chunks: readonly Chunk[], i: number): number {
  const open = chunks[i];
  if (open?.kind !== 'tok' || open.token.text !== '(') return i;
  for (let k = i + 1; k < chunks.length && k < i + 12; k++) {
    const c = chunks[k]!;
    if (c.kind === 'tok' && c.token.text === ')') return k + 1;
  }
  return i;
}

/** Reads a list of noun phrases starting at chunk `i`, or undefined when no noun phrase starts there. */
export function listAt(chunks: readonly Chunk[], i: number): PhraseList | undefined {
  const start = i;
  if (chunks[i]?.kind === 'tok' && /^(both|either|neither)$/.test((chunks[i] as { token: { lower: string } }).token.lower)) i++;
  const first = chunks[i];
  if (first?.kind !== 'np') return undefined;
  const items: NounPhrase[] = [first.np];
  let j = i + 1;
  for (;;) {
    let k = skipAside(chunks, j);
    // "the currency used, and a rate": a participle after an item does not end the list
    const v = chunks[k];
    if (v?.kind === 'vg' && v.vg.end - v.vg.start === 1 && !v.vg.modal && !v.vg.copula && isComma(chunks[k + 1])) k++;
    if (isComma(chunks[k])) k++;
    if (conjunction(chunks[k])) k++;
    else if (chunks[k]?.kind === 'tok' && (chunks[k] as { token: { lower: string } }).token.lower === 'as' && chunks[k + 1]?.kind === 'tok') k += 3; // "as well as"
    if (k === j) break;
    const next = chunks[k];
    // "…, whose name" / "…, and their names": a possessive opens a new phrase, it does not continue a list
    // (unless the list opened with the same one: "whose first and last names")
    if (next?.kind !== 'np' || (next.np.det !== undefined && next.np.det !== first.np.det && /^(their|its|whose|his|her|our)$/.test(next.np.det))) break;
    items.push(next.np);
    j = k + 1;
  }
  return { items: distribute(items), start, end: j };
}

/** The list that ends right before chunk `i` (walking back over commas and conjunctions). */
function listEndingAt(chunks: readonly Chunk[], i: number): PhraseList | undefined {
  let k = i - 1;
  while (k >= 0 && chunks[k]?.kind === 'tok' && chunks[k]!.kind === 'tok' && /^(also|only|then|therefore|thus|however|further|furthermore)$/.test((chunks[k] as { token: { lower: string } }).token.lower)) k--;
  if (chunks[k]?.kind !== 'np') return undefined;
  let s = k;
  for (;;) {
    let m = s - 1;
    if (conjunction(chunks[m])) m--;
    if (isComma(chunks[m])) m--;
    // a phrase right after a verb is that verb's object, never part of a later subject
    // nor is a phrase after a preposition ("As a gardener, I …")
    const opener = chunks[m - 1];
    if (m === s - 1 || chunks[m]?.kind !== 'np' || opener?.kind === 'vg' || (opener?.kind === 'tok' && opener.token.pos === 'ADP')) break;
    s = m;
  }
  for (let t = s; t <= k; t++) {
    const l = listAt(chunks, t);
    if (l && l.end === k + 1) return l;
  }
  return listAt(chunks, k);
}

interface SubjectReading {
  readonly list?: PhraseList;
  readonly relative: boolean;
  readonly attachments: Attachment[];
}

/**
 * Finds the subject of the verb at chunk `i`: the list before it, or a relative pronoun's antecedent. A
 * prepositional phrase right before the verb belongs to the subject ("the ticket for each flight is"), so
 * the subject is the list before the preposition.
 */
function subjectOf(chunks: readonly Chunk[], i: number): SubjectReading {
  const before = chunks[i - 1];
  // "the flight number and date of which are stored": the list before "of which" is the subject
  const ofWhich = chunks[i - 2];
  if (before?.kind === 'tok' && before.token.lower === 'which' && ofWhich?.kind === 'tok' && ofWhich.token.lower === 'of') {
    const list = listEndingAt(chunks, i - 2);
    // "several parcels, the code and weight of which": the quantified antecedent is not one of the listed
    const keep = list?.items.findIndex((np) => !np.quant) ?? -1;
    if (!list || keep < 0) return { relative: false, attachments: [] };
    if (keep === 0) return { list, relative: false, attachments: [] };
    const start = chunks.findIndex((c) => c.kind === 'np' && c.np === list.items[keep]);
    return { list: { items: list.items.slice(keep), start, end: list.end }, relative: false, attachments: [] };
  }
  if (before?.kind === 'tok' && RELATIVE_PRONOUNS.has(before.token.lower)) {
    let k = i - 2;
    if (isComma(chunks[k])) k--;
    const list = listEndingAt(chunks, k + 1);
    return list ? { list, relative: true, attachments: [] } : { relative: true, attachments: [] };
  }
  let list = listEndingAt(chunks, i);
  const attachments: Attachment[] = [];
  while (list) {
    const prep = chunks[list.start - 1];
    // "the education completed by each actor is known": a participle with its agent modifies the subject
    const participle = chunks[list.start - 2];
    if (prep?.kind === 'tok' && prep.token.lower === 'by' && participle?.kind === 'vg' && !participle.vg.modal && participle.vg.start === participle.vg.end - 1 && chunks[list.start - 3]?.kind === 'np') {
      attachments.unshift({ prep: 'by', list });
      list = listEndingAt(chunks, list.start - 2);
      continue;
    }
    if (prep?.kind !== 'tok' || prep.token.pos !== 'ADP' || prep.token.lower === 'of') break;
    const head = listEndingAt(chunks, list.start - 1);
    if (!head) break;
    attachments.unshift({ prep: prep.token.lower, list });
    list = head;
  }
  return list ? { list, relative: false, attachments } : { relative: false, attachments };
}

/** Splits a chunked sentence into clauses, one per verb group. */
export function clausesOf(chunks: readonly Chunk[]): Clause[] {
  const clauses: Clause[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (c.kind !== 'vg') continue;
    const read = subjectOf(chunks, i);
    const { relative, attachments: subjectAttachments } = read;
    let subject = read.list;
    // "accounts can send or receive requests": a verb joined to the one before shares its subject
    const last = clauses[clauses.length - 1];
    // ("an apartment has an address and consists of rooms": the same after the first verb's object)
    if (!subject && conjunction(chunks[i - 1]) && last && !last.relative) subject = last.subject;
    let j = i + 1;
    let object: PhraseList | undefined;
    let agent: PhraseList | undefined;
    const attachments: Attachment[] = [];
    const direct = listAt(chunks, j);
    if (direct) {
      object = direct;
      j = direct.end;
    }
    while (j < chunks.length) {
      const p = chunks[j]!;
      if (p.kind !== 'tok' || !/^(ADP|PART|SCONJ)$/.test(p.token.pos) && !/^(to|for|by|with|of|from|in|on|at)$/.test(p.token.lower)) break;
      const l = listAt(chunks, j + 1);
      if (!l) break;
      if (p.token.lower === 'by' && c.vg.passive && !agent) agent = l;
      else attachments.push({ prep: p.token.lower, list: l });
      j = l.end;
    }
    clauses.push({ subject, relative, verb: c.vg, object, agent, attachments, subjectAttachments, at: i });
  }
  return clauses;
}
