import type { ErAttribute, ErSyntaxError } from './ast.js';
import { ErParseFailure, type TokenStream } from './token-stream.js';

/** The trimmed extent of the line holding `offset`: what a syntax warning points at. */
export function lineRegion(s: TokenStream, offset: number): ErSyntaxError {
  const from = s.lineStart(offset);
  const to = s.lineEnd(offset);
  const line = s.text.slice(from, to);
  const lead = line.length - line.trimStart().length;
  const start = from + Math.min(lead, line.length);
  return { start, end: Math.max(start, from + line.trimEnd().length) };
}

/**
 * `attribute: type name [PK|FK|UK (, PK|FK|UK)*] ["comment"]` with `type: WORD | WORD '?'` — the grammar's
 * attribute rule. Tokens may sit on several lines (whitespace, newlines included, is skipped in a block).
 */
function parseAttribute(s: TokenStream): ErAttribute {
  const typeTok = s.expect('ATTRIBUTE_WORD');
  let type = typeTok.text;
  if (s.at('CHAR', '?')) type += s.next().text;
  const nameTok = s.expect('ATTRIBUTE_WORD');
  let end = nameTok.end;
  const keys: string[] = [];
  if (s.at('ATTRIBUTE_KEY')) {
    for (;;) {
      const key = s.expect('ATTRIBUTE_KEY');
      keys.push(key.text.toUpperCase());
      end = key.end;
      if (!s.at('CHAR', ',')) break;
      s.next();
    }
  }
  let comment: string | undefined;
  if (s.at('COMMENT')) {
    const c = s.next();
    comment = c.text.replace(/"/g, '');
    end = c.end;
  }
  const attribute: { -readonly [K in keyof ErAttribute]: ErAttribute[K] } = { type, name: nameTok.text, keys, start: typeTok.start, end };
  if (comment !== undefined) attribute.comment = comment;
  return attribute;
}

/** Adds the keys (and a comment) that follow a complete attribute on its line to that attribute. */
function strayKeys(s: TokenStream, last: ErAttribute): ErAttribute {
  const keys = [...last.keys];
  let end = last.end;
  while (s.at('ATTRIBUTE_KEY') || s.at('CHAR', ',')) {
    const k = s.next();
    if (k.type === 'ATTRIBUTE_KEY') keys.push(k.text.toUpperCase());
    end = k.end;
  }
  let comment = last.comment;
  if (comment === undefined && s.at('COMMENT')) {
    const c = s.next();
    comment = c.text.replace(/"/g, '');
    end = c.end;
  }
  return comment === undefined ? { ...last, keys, end } : { ...last, keys, comment, end };
}

/**
 * Reads `{ attribute* }` from the current `{`. A line Mermaid would reject is recorded in `errors` and skipped,
 * so one bad attribute does not lose the entity; a block still open at the end of the text is an error at its
 * `{`. Returns the attributes read and the offset after the block.
 */
export function parseEntityBlock(s: TokenStream, errors: ErSyntaxError[]): { attributes: ErAttribute[]; end: number } {
  const open = s.expect('BLOCK_START');
  const attributes: ErAttribute[] = [];
  let end = open.end;
  for (;;) {
    const t = s.peek();
    if (t.type === 'BLOCK_STOP') return { attributes, end: s.next().end };
    if (t.type === 'EOF') {
      errors.push(lineRegion(s, open.start));
      return { attributes, end };
    }
    const last = attributes[attributes.length - 1];
    if (t.type === 'ATTRIBUTE_KEY' && last && s.lineStart(last.end) === s.lineStart(t.start)) {
      // `PK FK` without the comma: Mermaid rejects the line, but the keys plainly belong to the attribute.
      errors.push(lineRegion(s, t.start));
      attributes[attributes.length - 1] = strayKeys(s, last);
      end = attributes[attributes.length - 1]!.end;
      continue;
    }
    const mark = s.mark();
    try {
      const attribute = parseAttribute(s);
      attributes.push(attribute);
      end = attribute.end;
    } catch (failure) {
      if (!(failure instanceof ErParseFailure)) throw failure;
      // Report the line where the attribute went wrong (its first line when the block ended too early).
      const stop = failure.token.type === 'BLOCK_STOP' || failure.token.type === 'EOF';
      s.rewind(mark);
      const at = stop ? s.peek().start : failure.token.start;
      errors.push(lineRegion(s, at));
      const line = s.lineStart(at);
      while (!s.at('BLOCK_STOP') && !s.at('EOF') && s.lineStart(s.peek().start) <= line) s.next();
    }
  }
}
