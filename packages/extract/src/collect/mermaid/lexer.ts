import { ER_LEX_RULES, type LexState, type TokenType } from './lexer-rules.js';

/** A token of an erDiagram text. Offsets index the text given to the lexer; `end` is exclusive. */
export interface ErToken {
  readonly type: TokenType | 'EOF';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The rules as sticky regexes run on the whole text, so no token copies the rest of the input. Jison matches
 * `^…` against the rest of the input instead; the two agree except for a leading `\b`, which at the start of
 * jison's rest means "a word character comes next" — written `(?=\w)` here.
 */
const STICKY_RULES = ER_LEX_RULES.map((rule) => ({
  ...rule,
  sticky: new RegExp(rule.pattern.source.replace(/^\^/, '').replace(/^\(\?:\\b/, '(?:(?=\\w)'), `${rule.pattern.flags}y`),
}));

/**
 * A pull lexer that behaves as jison's for the erDiagram grammar: rules of the current state tried in order,
 * first match wins, a stack of states. Unlike jison it never throws: text no rule matches becomes one `ERROR`
 * character, so the parser can report the line and go on. `resetTo` restarts at an offset in the INITIAL state,
 * which is how the parser recovers after a broken line.
 */
export class ErLexer {
  private pos = 0;
  private states: LexState[] = ['INITIAL'];

  constructor(readonly text: string) {}

  /** The offset the next token starts at (before skipped whitespace). */
  get offset(): number {
    return this.pos;
  }

  /** The current lexer state. */
  get state(): LexState {
    return this.states[this.states.length - 1]!;
  }

  /** Restarts lexing at `offset` in the INITIAL state. */
  resetTo(offset: number): void {
    this.pos = offset;
    this.states = ['INITIAL'];
  }

  /** The next token, or an `EOF` token at the end of the text. */
  next(): ErToken {
    for (;;) {
      if (this.pos >= this.text.length) return { type: 'EOF', text: '', start: this.text.length, end: this.text.length };
      const state = this.state;
      let matched = false;
      for (const rule of STICKY_RULES) {
        if (!rule.states.includes(state)) continue;
        rule.sticky.lastIndex = this.pos;
        const m = rule.sticky.exec(this.text);
        if (!m) continue;
        const text = m[0];
        // An empty match that changes nothing would loop forever; jison would too, so treat it as no match.
        if (text === '' && !rule.push && !rule.pop && rule.token === undefined) continue;
        const start = this.pos;
        this.pos += text.length;
        if (rule.pop && this.states.length > 1) this.states.pop();
        if (rule.push) this.states.push(rule.push);
        matched = true;
        if (rule.token !== undefined) return { type: rule.token, text, start, end: this.pos };
        break;
      }
      if (!matched) {
        const start = this.pos;
        this.pos += 1;
        return { type: 'ERROR', text: this.text.charAt(start), start, end: this.pos };
      }
    }
  }
}

/** Every token of `text` up to and including EOF (for tests and diagnostics). */
export function lexErDiagram(text: string): ErToken[] {
  const lexer = new ErLexer(text);
  const out: ErToken[] = [];
  for (;;) {
    const t = lexer.next();
    out.push(t);
    if (t.type === 'EOF') return out;
  }
}
