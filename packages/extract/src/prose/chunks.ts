import { NP_DETERMINERS, NP_PRONOUNS } from '../infer/prose-pos.js';
import { ATTRIBUTE_HEADS } from '../infer/prose-words.js';
import { VERB_IDIOMS } from '../infer/prose-verbs.js';
import { matchQuantifier, type Quantifier } from './quantifiers.js';
import { singularOf } from './singular.js';
import type { Pos, Token } from './tokens.js';

/** A noun phrase: quantifier, determiner, modifiers and a head noun, with "of" and possessive links. */
export interface NounPhrase {
  /** Token range [start, end) in the sentence. */
  readonly start: number;
  readonly end: number;
  /** Modifiers then the head, lower-case, head singular: "the passport numbers" → passport, number. */
  readonly words: readonly string[];
  readonly head: string;
  readonly plural: boolean;
  readonly quant?: Quantifier;
  readonly det?: string;
  /** "the customer's address": the customer. */
  readonly possessor?: NounPhrase;
  /** "the date of birth": birth. */
  readonly of?: NounPhrase;
  /** The phrase is a pronoun ("they", "it"). */
  readonly pronoun?: string;
  /** A capitalised singular proper noun without determiner or quantifier ("Kinepolis owns …"): a name, not a class. */
  readonly proper?: boolean;
}

/** A verb group: auxiliaries, the main verb and its particle ("can take part in", "are stored"). */
export interface VerbGroup {
  readonly start: number;
  readonly end: number;
  /** Main verb lemma with its particle or idiom, passive as "be X": "belong to", "be assign to", "take part in". */
  readonly key: string;
  /** Lemma of the main verb alone. */
  readonly verb: string;
  readonly passive: boolean;
  /** The first modal or "have to"/"need to" in the group. */
  readonly modal?: string;
  readonly negated: boolean;
  /** The group is a form of "be" alone (copula). */
  readonly copula: boolean;
}

/** One unit of a chunked sentence. */
export type Chunk =
  | { readonly kind: 'np'; readonly np: NounPhrase }
  | { readonly kind: 'vg'; readonly vg: VerbGroup }
  | { readonly kind: 'tok'; readonly token: Token; readonly index: number };

// idioms by their first word, so a verb group only tries the idioms that can start at each of its words
const IDIOMS_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const idiom of VERB_IDIOMS) {
  const words = idiom.split(' ');
  IDIOMS_BY_FIRST.set(words[0]!, [...(IDIOMS_BY_FIRST.get(words[0]!) ?? []), words]);
}
const MODALS = new Set(['can', 'may', 'must', 'should', 'will', 'shall', 'could', 'might', 'would']);
const isVerbal = (p: Pos): boolean => p === 'AUX' || p === 'VERB';
const NOMINAL: ReadonlySet<Pos> = new Set(['ADJ', 'NOUN', 'PROPN']);
export { singularOf };
/** The tag of a chunked token (closed-class corrections are applied by `repairTags`). */
export function posOf(token: Token): Pos {
  return token.pos;
}

const isNounish = (t: Token): boolean => {
  const p = posOf(t);
  return p === 'NOUN' || p === 'PROPN';
};
const isModifier = (t: Token, next: Token | undefined): boolean => {
  const p = posOf(t);
  if (p === 'ADJ' || p === 'NOUN' || p === 'PROPN') return true;
  // "the invoiced month", "a refuelling pump": participles before a noun modify it
  if (p === 'VERB' && next !== undefined && isNounish(next) && /(ed|ing)$/.test(t.lower)) return true;
  if (p === 'NUM' && next !== undefined && isNounish(next)) return true;
  return t.text === '-' && next !== undefined;
};

const CAMEL = /[a-z][A-Z]/;

/** The lower-case words of a token: one, or the parts of a CamelCase name ("SensorController"). */
function wordsOf(t: Token): string[] {
  if (!CAMEL.test(t.text)) return [t.lower];
  return t.text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');
}

/** Reads a noun phrase at `i` (quantifier, determiner, modifiers, head); undefined when none starts there. */
function nounPhraseAt(tokens: readonly Token[], i: number): NounPhrase | undefined {
  const start = i;
  let quant: Quantifier | undefined;
  let det: string | undefined;
  const q = matchQuantifier(tokens, i);
  if (q) {
    quant = q;
    i = q.end;
  }
  if (i < tokens.length && NP_DETERMINERS.has(tokens[i]!.lower) && !(quant && tokens[i]!.lower === 'a')) {
    det = tokens[i]!.lower;
    i++;
  }
  if (!quant && det === undefined && i < tokens.length && NP_PRONOUNS.has(tokens[i]!.lower) && posOf(tokens[i]!) === 'PRON') {
    return { start, end: i + 1, words: [tokens[i]!.lower], head: tokens[i]!.lower, plural: tokens[i]!.lower === 'they' || tokens[i]!.lower === 'them', pronoun: tokens[i]!.lower };
  }
  let j = i;
  let lastNoun = -1;
  while (j < tokens.length && isModifier(tokens[j]!, tokens[j + 1])) {
    if (isNounish(tokens[j]!)) lastNoun = j;
    j++;
  }
  if (lastNoun < 0) return undefined;
  const headToken = tokens[lastNoun]!;
  const words: string[] = [];
  for (let k = i; k < lastNoun; k++) {
    const t = tokens[k]!;
    // brand names before a common noun name the business, not the kind of thing ("Sober cabs" → cab)
    if (t.text !== '-' && (!t.proper || headToken.proper)) words.push(...wordsOf(t));
  }
  // "SensorController" is two words written together
  const headWords = headToken.proper ? [headToken.lower] : wordsOf(headToken);
  const last = headWords[headWords.length - 1]!;
  // a proper name is one word even when it looks plural ("Kinepolis")
  const head = headToken.proper ? last : singularOf(last);
  words.push(...headWords.slice(0, -1), head);
  const plural = head !== last;
  const proper = headToken.proper === true || (!quant && det === undefined && !plural && posOf(headToken) === 'PROPN' && /^[A-Z]/.test(headToken.text));
  return { start, end: lastNoun + 1, words, head, plural, quant, det, proper: proper || undefined };
}

/** Reads "X's Y" and "X of Y" around a noun phrase. */
function extendedPhraseAt(tokens: readonly Token[], i: number): NounPhrase | undefined {
  let np = nounPhraseAt(tokens, i);
  if (!np) return undefined;
  // possessive: "the customer 's address"
  while (np.end < tokens.length && (tokens[np.end]!.text === "'s" || tokens[np.end]!.text === "'" || tokens[np.end]!.text === '’s')) {
    const owned = nounPhraseAt(tokens, np.end + 1);
    if (!owned) break;
    np = { ...owned, start: np.start, possessor: np };
  }
  if (np.end + 1 < tokens.length && tokens[np.end]!.lower === 'of' && !np.pronoun) {
    const tail = extendedPhraseAt(tokens, np.end + 1);
    if (tail) np = { ...np, end: tail.end, of: tail };
  }
  return np;
}

/** True when a quantifier that begins with a preposition starts at `i` ("at least one", "up to 5"). */
function startsQuantifier(tokens: readonly Token[], i: number): boolean {
  const q = matchQuantifier(tokens, i);
  return q !== undefined && q.end > i + 1;
}

/** Reads a verb group at `i`: auxiliaries, adverbs, negation, "to", the main verb and its particle or idiom. */
function verbGroupAt(tokens: readonly Token[], i: number): VerbGroup | undefined {
  const start = i;
  let modal: string | undefined;
  let negated = false;
  let main = -1;
  let beSeen = false;
  let j = i;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    const p = posOf(t);
    if (p === 'AUX' || p === 'VERB') {
      if (p === 'AUX' && MODALS.has(t.lower)) modal ??= t.lower;
      if (t.lemma === 'be') beSeen = true;
      main = j;
    } else if (t.lower === 'not' || t.lower === "n't" || t.lower === 'never') negated = true;
    else if (t.lower === 'to' && main >= 0 && j + 1 < tokens.length && (posOf(tokens[j + 1]!) === 'VERB' || posOf(tokens[j + 1]!) === 'AUX')) {
      // "have to indicate", "want to keep": the later verb carries the meaning
      if (/^(have|need)$/.test(tokens[main]!.lemma)) modal ??= 'must';
    } else if (p === 'ADV' && main >= 0 && j + 1 < tokens.length && (isVerbal(posOf(tokens[j + 1]!)) || posOf(tokens[j + 1]!) === 'ADV')) continue;
    else if (p === 'ADV' && main < 0 && j + 1 < tokens.length && isVerbal(posOf(tokens[j + 1]!))) continue;
    else break;
  }
  if (main < 0) return undefined;
  const mainToken = tokens[main]!;
  const verb = mainToken.lemma;
  const copula = verb === 'be';
  const passive = !copula && beSeen && mainToken.lower !== mainToken.lemma && !mainToken.lower.endsWith('ing');
  let end = main + 1;
  let key = passive ? `be ${verb}` : verb;
  // idioms: "take part in", "be part of", "keep track of", starting at any verb of the group
  let idiomEnd = -1;
  const lemmaAt = (k: number): string | undefined => (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an' ? 'a' : tokens[k]?.lemma);
  for (let s = start; s <= main && idiomEnd < 0; s++) {
    const idioms = IDIOMS_BY_FIRST.get(lemmaAt(s) ?? '');
    const idiom = idioms?.find((w) => s + w.length > main && w.every((x, k) => lemmaAt(s + k) === x));
    if (idiom) {
      idiomEnd = s + idiom.length;
      key = idiom.join(' ');
    }
  }
  if (idiomEnd > 0) end = idiomEnd;
  else if (end < tokens.length && (posOf(tokens[end]!) === 'ADP' || (tokens[end]!.lower === 'to' && !/^(VERB|AUX)$/.test(posOf(tokens[end + 1] ?? tokens[end]!)))) && tokens[end]!.lower !== 'by' && tokens[end]!.lower !== 'as' && !startsQuantifier(tokens, end)) {
    key = `${key} ${tokens[end]!.lower}`;
    end++;
  } else if (end + 1 < tokens.length && tokens[end]!.lower === 'up' && tokens[end + 1]!.lower === 'of') {
    key = `${key} up of`;
    end += 2;
  }
  return { start, end, key, verb, passive, ...(modal ? { modal } : {}), negated, copula };
}

/**
 * "first and last names", "departure and destination airports": a modifier joined to a noun phrase shares
 * its head. Returns both phrases, the first one spanning only its modifier.
 */
function sharedHeadAt(tokens: readonly Token[], i: number): { first: NounPhrase; conjunction: number; second: NounPhrase } | undefined {
  let j = i;
  let det: string | undefined;
  if (j < tokens.length && NP_DETERMINERS.has(tokens[j]!.lower)) det = tokens[j++]!.lower;
  const mod = tokens[j];
  const conj = tokens[j + 1];
  // tried at every token: the cheap string tests first
  if (!mod || !conj || (conj.lower !== 'and' && conj.lower !== 'or') || !NOMINAL.has(posOf(mod))) return undefined;
  const second = extendedPhraseAt(tokens, j + 2);
  if (!second || second.words.length < 2 || second.quant || second.det) return undefined;
  // "name and passport numbers" is a list of two, not a shared head: the modifier must not be a noun on its own
  if (posOf(mod) !== 'ADJ' && !second.plural) return undefined;
  if (posOf(mod) === 'NOUN' && ATTRIBUTE_HEADS.has(singularOf(mod.lower))) return undefined;
  const first: NounPhrase = { start: i, end: j + 1, words: [mod.lower, second.head], head: second.head, plural: second.plural, ...(det !== undefined ? { det } : {}) };
  return { first, conjunction: j + 1, second: det !== undefined ? { ...second, det } : second };
}

/** Chunks a tagged (and repaired) sentence into noun phrases, verb groups and single tokens, left to right. */
export function chunkSentence(tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const p = posOf(t);
    if (p === 'AUX' || p === 'VERB' || (p === 'ADV' && i + 1 < tokens.length && isVerbal(posOf(tokens[i + 1]!)))) {
      const vg = verbGroupAt(tokens, i);
      if (vg) {
        chunks.push({ kind: 'vg', vg });
        i = vg.end;
        continue;
      }
    }
    const shared = sharedHeadAt(tokens, i);
    if (shared) {
      chunks.push({ kind: 'np', np: shared.first }, { kind: 'tok', token: tokens[shared.conjunction]!, index: shared.conjunction }, { kind: 'np', np: shared.second });
      i = shared.second.end;
      continue;
    }
    const np = extendedPhraseAt(tokens, i);
    if (np) {
      chunks.push({ kind: 'np', np });
      i = np.end;
      continue;
    }
    chunks.push({ kind: 'tok', token: t, index: i });
    i++;
  }
  return chunks;
}
