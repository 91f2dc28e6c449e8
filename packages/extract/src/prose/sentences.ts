import { span } from '@schemawright/ir';
import { offsetOf, type ProseBlock } from './blocks.js';
import type { Sentence, Tagger, Token } from './tokens.js';

/** Offsets of the start of every line of a text, for offset → line/column. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function pointOf(lineStarts: readonly number[], offset: number): [number, number] {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, offset - lineStarts[lo]! + 1];
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** True when the token closes a sentence: a full stop, or a semicolon, which joins two complete clauses. */
function endsSentence(token: Token, next: Token | undefined): boolean {
  if (token.text === ';') return true;
  if (!SENTENCE_END.has(token.text)) return false;
  // "e.g." and "i.e." come as one token; a stop followed by a lower-case word is an abbreviation
  return next === undefined || !/^[a-z]/.test(next.text);
}

/**
 * Splits a tagged block into sentences and places each in the document: `file`, `lineStarts` of the
 * document text, and the running sentence index `first`.
 */
export function sentencesOf(block: ProseBlock, tagger: Tagger, file: string, lineStarts: readonly number[], first: number): Sentence[] {
  const tokens = tagger(block.text);
  const out: Sentence[] = [];
  let from = 0;
  const flush = (to: number): void => {
    const part = tokens.slice(from, to);
    from = to;
    if (part.length === 0) return;
    const startOffset = offsetOf(block, part[0]!.start);
    const last = part[part.length - 1]!;
    const endOffset = offsetOf(block, last.end - 1) + 1;
    const [sl, sc] = pointOf(lineStarts, startOffset);
    const [el, ec] = pointOf(lineStarts, endOffset);
    out.push({
      text: block.text.slice(part[0]!.start, last.end),
      tokens: part,
      span: span(file, sl, sc, el, ec),
      block: block.kind,
      depth: block.depth,
      index: first + out.length,
    });
  };
  for (let i = 0; i < tokens.length; i++) if (endsSentence(tokens[i]!, tokens[i + 1])) flush(i + 1);
  flush(tokens.length);
  return out;
}
