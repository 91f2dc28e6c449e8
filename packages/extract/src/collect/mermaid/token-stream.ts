import type { TokenType } from './lexer-rules.js';
import { ErLexer, type ErToken } from './lexer.js';

/** Thrown inside the parser at the first token a statement cannot take; caught by the statement loop. */
export class ErParseFailure {
  constructor(readonly token: ErToken) {}
}

/**
 * Tokens pulled from the lexer on demand, with unlimited lookahead and rewind. Lexing never depends on the
 * parser, so buffered tokens stay valid across a rewind; only `skipToLineEnd` re-lexes.
 */
export class TokenStream {
  private readonly lexer: ErLexer;
  private tokens: ErToken[] = [];
  private index = 0;

  constructor(readonly text: string) {
    this.lexer = new ErLexer(text);
  }

  /** The token `ahead` positions after the current one. */
  peek(ahead = 0): ErToken {
    while (this.tokens.length <= this.index + ahead) {
      const last = this.tokens[this.tokens.length - 1];
      this.tokens.push(last?.type === 'EOF' ? last : this.lexer.next());
    }
    return this.tokens[this.index + ahead]!;
  }

  /** True when the current token has type `type` (and text `text`, for `CHAR`). */
  at(type: TokenType | 'EOF', text?: string): boolean {
    const t = this.peek();
    return t.type === type && (text === undefined || t.text === text);
  }

  /** Consumes the current token. */
  next(): ErToken {
    const t = this.peek();
    if (t.type !== 'EOF') this.index += 1;
    return t;
  }

  /** Consumes a token of one of `types`, or fails the statement at it. */
  expect(...types: (TokenType | 'EOF')[]): ErToken {
    const t = this.peek();
    if (!types.includes(t.type)) throw new ErParseFailure(t);
    return this.next();
  }

  mark(): number {
    return this.index;
  }

  rewind(mark: number): void {
    this.index = mark;
  }

  /** Offset of the end of the line holding `offset` (the `\n`, or the text's end). */
  lineEnd(offset: number): number {
    const i = this.text.indexOf('\n', offset);
    return i < 0 ? this.text.length : i;
  }

  /** Offset of the start of the line holding `offset`. */
  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Drops the rest of the line holding `offset` and restarts lexing in the INITIAL state after it. */
  skipToLineEnd(offset: number): void {
    this.tokens = this.tokens.slice(0, this.index);
    this.lexer.resetTo(this.lineEnd(offset));
  }
}
