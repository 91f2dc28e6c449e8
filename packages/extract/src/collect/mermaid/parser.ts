import type { ErCardinality, ErDiagramAst, ErEntityStatement, ErRelationStatement, ErStatement, ErSyntaxError, ErText } from './ast.js';
import type { TokenType } from './lexer-rules.js';
import { lineRegion, parseEntityBlock } from './parse-block.js';
import { ErParseFailure, TokenStream } from './token-stream.js';

const NAME_TOKENS: readonly (TokenType | 'EOF')[] = ['ENTITY_NAME', 'UNICODE_TEXT', 'NUM', 'DECIMAL_NUM', 'ENTITY_ONE'];
const NUMBER_TOKENS: readonly (TokenType | 'EOF')[] = ['NUM', 'DECIMAL_NUM', 'ENTITY_ONE'];
const CARDINALITY_TOKENS: readonly (TokenType | 'EOF')[] = ['ZERO_OR_ONE', 'ZERO_OR_MORE', 'ONE_OR_MORE', 'ONLY_ONE', 'MD_PARENT'];
const STYLE_COMPONENTS: readonly (TokenType | 'EOF')[] = ['STYLE_TEXT', 'NUM', 'COLON', 'BRKT'];
const ID_TOKENS: readonly (TokenType | 'EOF')[] = ['UNICODE_TEXT', 'STYLE_TEXT'];

/**
 * A recursive-descent reading of Mermaid 11's erDiagram grammar (the jison productions, statement by statement)
 * over the jison-exact lexer. Where Mermaid would reject the diagram, the offending line goes to `errors` and
 * reading resumes on the next line. Three deliberate readings differ from Mermaid's, each where Mermaid's
 * would invent entities the author never meant:
 * - `2FA` (a number glued to a word) is one name, not the entities `2` and `FA`;
 * - words after a role (`A ||--o{ B : places order`) extend the label instead of declaring entities;
 * - `title Some text` is a title line, not three entities.
 */
class ErParser {
  readonly errors: ErSyntaxError[] = [];
  constructor(readonly s: TokenStream) {}

  /** `start: ER_DIAGRAM document EOF`, with anything before `erDiagram` reported and skipped. */
  parseDiagram(): ErStatement[] {
    const s = this.s;
    for (;;) {
      const t = s.peek();
      if (t.type === 'EOF') return [];
      if (t.type === 'ER_DIAGRAM') break;
      if (t.type === 'NEWLINE') s.next();
      else {
        this.errors.push(lineRegion(s, t.start));
        s.skipToLineEnd(t.start);
      }
    }
    s.next();
    return this.parseLines(0);
  }

  /** `document: line*` until EOF, or until `end` inside a subgraph. */
  private parseLines(depth: number): ErStatement[] {
    const s = this.s;
    const out: ErStatement[] = [];
    for (;;) {
      const t = s.peek();
      if (t.type === 'EOF' || (t.type === 'END' && depth > 0)) return out;
      if (t.type === 'NEWLINE') {
        s.next();
        continue;
      }
      try {
        out.push(...this.parseStatement(depth));
      } catch (failure) {
        if (!(failure instanceof ErParseFailure)) throw failure;
        const at = failure.token.type === 'EOF' ? s.text.trimEnd().length : failure.token.start;
        this.errors.push(lineRegion(s, Math.max(at, t.start)));
        s.skipToLineEnd(Math.max(at, t.start));
      }
    }
  }

  /** One `statement`; returns the entity and relation statements it holds (a subgraph holds many). */
  private parseStatement(depth: number): ErStatement[] {
    const s = this.s;
    const t = s.peek();
    switch (t.type) {
      case 'DIRECTION':
      case 'ACC_DESCR_MULTILINE_VALUE':
        s.next();
        return [];
      case 'ACC_TITLE':
        s.next();
        s.expect('ACC_TITLE_VALUE');
        return [];
      case 'ACC_DESCR':
        s.next();
        s.expect('ACC_DESCR_VALUE');
        return [];
      case 'CLASSDEF':
      case 'STYLE':
        s.next();
        this.idList();
        this.stylesOpt();
        this.separator();
        return [];
      case 'CLASS':
        s.next();
        this.idList();
        this.idList();
        return [];
      case 'SUBGRAPH':
        return this.subgraph(depth);
      default:
        if (!NAME_TOKENS.includes(t.type)) throw new ErParseFailure(t);
        if (this.isTitleLine()) {
          s.skipToLineEnd(t.start);
          return [];
        }
        return this.entityOrRelation(depth);
    }
  }

  /** `subgraphHeader document END`; a subgraph left open is reported and its statements kept. */
  private subgraph(depth: number): ErStatement[] {
    const s = this.s;
    const header = s.next();
    this.entityName();
    if (s.at('SQS')) {
      s.next();
      this.entityName();
      while (NAME_TOKENS.includes(s.peek().type)) this.entityName();
      s.expect('SQE');
    }
    this.separator();
    const inner = this.parseLines(depth + 1);
    if (s.at('END')) s.next();
    else this.errors.push(lineRegion(s, header.start));
    return inner;
  }

  /** `title Some words` on one line: Mermaid 11's ER lexer has no title rule; we read it as a title. */
  private isTitleLine(): boolean {
    const t = this.s.peek();
    if (t.type !== 'UNICODE_TEXT' || t.text.toLowerCase() !== 'title') return false;
    const next = this.s.peek(1);
    if (next.type === 'EOF' || next.start >= this.s.lineEnd(t.start)) return false;
    return NAME_TOKENS.includes(next.type) || next.type === 'WORD';
  }

  /** `entityName`, with a number glued to the word after it read as one name (`2FA`). */
  private entityName(): ErText {
    const s = this.s;
    const first = s.expect(...NAME_TOKENS);
    let last = first;
    while (NUMBER_TOKENS.includes(last.type) && s.peek().start === last.end && ['UNICODE_TEXT', ...NUMBER_TOKENS].includes(s.peek().type)) last = s.next();
    return { text: s.text.slice(first.start, last.end).replace(/"/g, ''), start: first.start, end: last.end };
  }

  private idList(): void {
    this.s.expect(...ID_TOKENS);
    while (this.s.at('COMMA')) {
      this.s.next();
      this.s.expect(...ID_TOKENS);
    }
  }

  private stylesOpt(): void {
    const style = () => {
      this.s.expect(...STYLE_COMPONENTS);
      while (STYLE_COMPONENTS.includes(this.s.peek().type)) this.s.next();
    };
    style();
    while (this.s.at('COMMA')) {
      this.s.next();
      style();
    }
  }

  private separator(): void {
    if (this.s.at('SEMI') || this.s.at('NEWLINE')) this.s.next();
    else if (!this.s.at('EOF')) throw new ErParseFailure(this.s.peek());
  }

  private optionalClass(): void {
    if (!this.s.at('STYLE_SEPARATOR')) return;
    this.s.next();
    this.idList();
  }

  /** Every statement that starts with an entity name: bare, block, alias, or relationship. */
  private entityOrRelation(depth: number): ErStatement[] {
    const s = this.s;
    const id = this.entityName();
    const entity = (end: number, more: Partial<ErEntityStatement>): ErEntityStatement[] => [{ kind: 'entity', id, ...more, start: id.start, end }];
    if (s.at('SQS')) {
      s.next();
      const alias = this.entityName();
      const close = s.expect('SQE');
      this.optionalClass();
      if (!s.at('BLOCK_START')) return entity(close.end, { alias });
      const block = parseEntityBlock(s, this.errors);
      return entity(block.end, { alias, attributes: block.attributes });
    }
    this.optionalClass();
    if (CARDINALITY_TOKENS.includes(s.peek().type)) return this.relation(id, depth);
    if (s.at('BLOCK_START')) {
      const block = parseEntityBlock(s, this.errors);
      return entity(block.end, { attributes: block.attributes });
    }
    return entity(id.end, {});
  }

  /** `entityName relSpec entityName [:::class] COLON role`, then what follows the role on its line. */
  private relation(a: ErText, depth: number): ErStatement[] {
    const s = this.s;
    const left = s.expect(...CARDINALITY_TOKENS);
    const line = s.expect('IDENTIFYING', 'NON_IDENTIFYING');
    const right = s.expect(...CARDINALITY_TOKENS);
    const b = this.entityName();
    this.optionalClass();
    s.expect('COLON');
    const roleTok = s.expect('WORD', 'ENTITY_NAME', 'UNICODE_TEXT');
    const rest = this.afterRole(roleTok.start, roleTok.end, depth);
    const relation: ErRelationStatement = {
      kind: 'relation',
      a,
      b,
      left: left.type as ErCardinality,
      right: right.type as ErCardinality,
      identifying: line.type === 'IDENTIFYING',
      role: rest.label,
      marker: s.text.slice(left.start, right.end),
      start: a.start,
      end: rest.end,
    };
    return [relation, ...rest.statements];
  }

  /**
   * Mermaid ends the role at its first token; what follows on the line is read as more statements. When those
   * are only bare names (`: places order`) the author meant a longer label, so they join it. When Mermaid
   * would reject the rest (`: has/owns`, a trailing `%%`), the line is reported and the text up to `%%` is
   * the label.
   */
  private afterRole(start: number, roleEnd: number, depth: number): { label: string; end: number; statements: ErStatement[] } {
    const s = this.s;
    const label = (end: number) => s.text.slice(start, end).replace(/"/g, '').replace(/\s+/g, ' ').trim();
    const mark = s.mark();
    const statements: ErStatement[] = [];
    try {
      while (!s.at('NEWLINE') && !s.at('EOF') && !s.at('END')) statements.push(...this.parseStatement(depth));
    } catch (failure) {
      if (!(failure instanceof ErParseFailure)) throw failure;
      s.rewind(mark);
      const lineEnd = s.lineEnd(roleEnd);
      const comment = s.text.indexOf('%%', roleEnd);
      const cut = comment >= 0 && comment < lineEnd ? comment : lineEnd;
      const end = start + s.text.slice(start, cut).trimEnd().length;
      this.errors.push(lineRegion(s, roleEnd));
      s.skipToLineEnd(roleEnd);
      return { label: label(end), end, statements: [] };
    }
    const bare = statements.length > 0 && statements.every((st) => st.kind === 'entity' && st.alias === undefined && st.attributes === undefined);
    if (bare) {
      const end = statements[statements.length - 1]!.end;
      return { label: label(end), end, statements: [] };
    }
    return { label: label(roleEnd), end: roleEnd, statements };
  }
}

/** Reads the erDiagram in `text` (already preprocessed) into statements and syntax errors. Never throws. */
export function parseErDiagram(text: string): ErDiagramAst {
  const parser = new ErParser(new TokenStream(text));
  const statements = parser.parseDiagram();
  return { statements, errors: parser.errors };
}
