/**
 * The compromise tagger behind the same `Tagger` contract as wink, for the tagger comparison only
 * (test and bench code; the collector ships with wink). Compromise tags → Universal Dependencies tags.
 */
import nlp from 'compromise';
import type { Pos, Tagger, Token } from '../src/prose/tokens.js';

function uposOf(tags: readonly string[], text: string): Pos {
  const has = (t: string): boolean => tags.includes(t);
  if (/^[^\w]+$/.test(text)) return 'PUNCT';
  if (has('Modal') || has('Auxiliary') || has('Copula')) return 'AUX';
  if (has('Verb')) return 'VERB';
  if (has('Pronoun') || has('QuestionWord')) return 'PRON';
  if (has('Determiner')) return 'DET';
  if (has('Preposition')) return 'ADP';
  if (has('Conjunction')) return 'CCONJ';
  if (has('Value') || has('Cardinal') || has('NumericValue')) return 'NUM';
  if (has('ProperNoun')) return 'PROPN';
  if (has('Noun')) return 'NOUN';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('Negative')) return 'PART';
  return 'X';
}

interface Term { text: string; pre: string; post: string; tags: string[]; normal: string; offset: { start: number; length: number } }

/** Compromise as a `Tagger`: terms with offsets; punctuation attached to words is split off as tokens. */
export const compromiseTagger: Tagger = (text: string): Token[] => {
  const doc = nlp(text);
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  const out: Token[] = [];
  const push = (t: string, start: number, pos: Pos, lemma?: string): void => {
    if (t.trim() === '') return;
    out.push({ text: t, lower: t.toLowerCase(), lemma: (lemma ?? t).toLowerCase(), pos, start, end: start + t.length });
  };
  for (const s of json) {
    for (const term of s.terms) {
      const start = term.offset.start;
      const word = text.slice(start, start + term.offset.length);
      const pos = uposOf(term.tags, word);
      const infinitive = pos === 'VERB' || pos === 'AUX' ? (nlp(term.text).verbs().toInfinitive().text() || term.normal) : term.normal;
      push(word, start, pos, infinitive);
      let at = start + term.offset.length;
      for (const ch of term.post) {
        if (/[.,;:!?()]/.test(ch)) push(ch, at, 'PUNCT');
        at++;
      }
    }
  }
  return out;
};
