import { POS_OVERRIDES } from '../infer/prose-pos.js';
import { singularOf } from './singular.js';
import type { Pos, Token } from './tokens.js';

const BOUNDARY = /^(,|;|:|\.|\)|and|or)$/;
const POSSESSIVES = new Set(['their', 'its', 'his', 'her', 'our', 'your', 'my', 'whose']);
const MODALS = new Set(['can', 'may', 'must', 'should', 'will', 'shall', 'could', 'might', 'would']);
const WORDISH = /^[A-Za-z0-9]/;

/**
 * Joins "ride - hailing", "e - mail", "co - pilot" back into one word when the hyphen touches both parts:
 * the tagger splits them and then reads the second part as a verb. The joined word is a noun (it may
 * still modify the next noun, as nouns do).
 */
function joinHyphenated(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    while (i + 2 < tokens.length && tokens[i + 1]!.text === '-' && tokens[i + 1]!.start === t.end && tokens[i + 2]!.start === tokens[i + 1]!.end && WORDISH.test(t.text) && WORDISH.test(tokens[i + 2]!.text)) {
      const tail = tokens[i + 2]!;
      const text = `${t.text}-${tail.text}`;
      t = { text, lower: text.toLowerCase(), lemma: `${t.lower}-${tail.lemma}`, pos: 'NOUN', start: t.start, end: tail.end };
      i += 2;
    }
    out.push(t);
  }
  return out;
}

/**
 * Leaves out short parenthesised modifiers ("the (personalized) ticket", "(unique) ID"): they split a noun
 * phrase in two. Asides holding a noun ("(ID, name, email)", "(Wh)") stay.
 */
function dropAsides(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.text === '(')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') {
      const close = tokens[i + 2]?.text === ')' ? i + 2 : tokens[i + 3]?.text === ')' ? i + 3 : -1;
      if (close > 0 && tokens.slice(i + 1, close).every((x) => x.pos === 'ADJ' || x.pos === 'ADV' || (x.pos === 'VERB' && /ed$/.test(x.lower)))) {
        i = close;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/**
 * Fixes tagger errors common in requirement prose, so the chunker sees noun lists and verbs:
 * - closed-class words get their fixed tag ("Several" read as a proper noun);
 * - hyphenated words are one noun;
 * - a word tagged VERB (or an adjective right after a determiner) standing alone between list separators
 *   or after "of" is a noun ("the name, address, and number…", "year of manufacture,", "a total and");
 * - a plural-looking noun between a singular subject and a determiner is a verb ("a customer places many");
 * - a word tagged NOUN right after a plural noun and before a preposition or determiner is a verb
 *   ("several attendants work on a flight");
 * - words in `properNames` are marked proper.
 */
export function repairTags(tagged: readonly Token[], properNames?: ReadonlySet<string>): Token[] {
  const tokens = joinHyphenated(dropAsides(tagged)).map((t) => {
    const fixed = POS_OVERRIDES.get(t.lower);
    const proper = properNames?.has(t.lower) === true;
    if ((fixed === undefined || fixed === t.pos) && !proper) return t;
    return { ...t, ...(fixed !== undefined ? { pos: fixed } : {}), ...(proper ? { proper } : {}) };
  });
  const out: Token[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let pos: Pos = t.pos;
    if ((t.pos === 'VERB' || (t.pos === 'ADJ' && prev?.pos === 'DET')) && prev && (BOUNDARY.test(prev.lower) || prev.lower === 'of' || prev.pos === 'DET') && (!next || BOUNDARY.test(next.lower) || next.pos === 'AUX')) pos = 'NOUN';
    // "you enter their address and …": after a possessive comes a noun
    else if (t.pos === 'VERB' && prev && POSSESSIVES.has(prev.lower)) pos = 'NOUN';
    // "mentors, who check an essay": after a relative pronoun and before a determiner comes a verb
    else if (t.pos === 'NOUN' && prev && /^(who|which|that)$/.test(prev.lower) && next?.pos === 'DET') pos = 'VERB';
    // "every owner can own a number of …": after a modal comes a verb
    else if ((t.pos === 'ADJ' || t.pos === 'NOUN') && prev?.pos === 'AUX' && MODALS.has(prev.lower) && next && next.pos !== 'ADP' && next.pos !== 'PUNCT') pos = 'VERB';
    // "a customer places many orders": a present-tense verb read as a plural noun after a singular subject
    else if (
      t.pos === 'NOUN' && prev?.pos === 'NOUN' && tokens[i - 2]?.pos === 'DET' && next && (next.pos === 'DET' || next.pos === 'NUM') &&
      t.lower.endsWith('s') && !t.lower.endsWith('ss') && singularOf(prev.lower) === prev.lower
    ) {
      out[i] = { ...t, pos: 'VERB', lemma: singularOf(t.lower) };
      continue;
    }
    else if (
      t.pos === 'NOUN' && prev?.pos === 'NOUN' && singularOf(prev.lower) !== prev.lower && !/(ss|us|is)$/.test(prev.lower) &&
      next && (next.pos === 'ADP' || next.pos === 'DET') && singularOf(t.lower) === t.lower
    ) pos = 'VERB';
    out[i] = pos === t.pos ? t : { ...t, pos, lemma: pos === 'NOUN' ? t.lower : t.lemma };
  }
  return out;
}
