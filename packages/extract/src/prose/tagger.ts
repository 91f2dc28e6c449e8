import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos, Tagger, Token } from './tokens.js';

type Wink = ReturnType<typeof winkNLP>;
// Loading the model takes ~0.1 s; one instance serves every call (it keeps no state between documents).
let wink: Wink | undefined;

/**
 * The wink-nlp English model with only part-of-speech tagging switched on. Its sentence boundaries are not
 * needed: the tagger runs over the whole text regardless of them, and `sentencesOf` splits on its own.
 */
function winkInstance(): Wink {
  wink ??= winkNLP(model, ['pos']);
  return wink;
}

/**
 * Tags plain text with wink-nlp (`wink-eng-lite-web-model`): Universal Dependencies tags, lemmas, and
 * offsets recovered by scanning the text, so every token can be mapped back to the document.
 * Whitespace tokens are dropped.
 */
export const winkTagger: Tagger = (text: string): Token[] => {
  const nlp = winkInstance();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // the typings declare lemma with a signature `out` does not accept; at run time it is a token its-function
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const pos = tags[i] as Pos | 'SPACE';
    const at = text.indexOf(value, cursor);
    // wink may normalise a token (quotes, contractions); keep the cursor when it cannot be found verbatim
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + value.length : cursor;
    cursor = end;
    if (pos === 'SPACE' || value.trim() === '') continue;
    const lower = value.toLowerCase();
    tokens.push({ text: value, lower, lemma: (lemmas[i] ?? lower).toLowerCase(), pos, start, end });
  }
  return tokens;
};
