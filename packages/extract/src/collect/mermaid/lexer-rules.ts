/**
 * The lexer rules of Mermaid 11's `erDiagram` grammar (jison, mermaid@11.17.2
 * `packages/mermaid/src/diagrams/er/parser/erDiagram.jison`), transcribed in their original order. Jison tries
 * the rules of the current state in order and takes the FIRST that matches (not the longest), so the order is
 * part of the grammar: `one\b` before the entity-name rule makes `ONE` a cardinality, `class\b` makes `CLASS`
 * a keyword, `[0-9]+` splits `2FA` into `2` and `FA`. Every rule is case-insensitive, as in jison.
 * Data, not code: the lexer only walks this table.
 */

/** Lexer states. `INITIAL` is inclusive in jison but lists its rules explicitly, so all are exclusive here. */
export type LexState = 'INITIAL' | 'block' | 'block_bq' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline' | 'style';

/** Token types, named as the jison grammar names them. `CHAR` is a single character the grammar uses literally. */
export type TokenType =
  | 'ACC_TITLE' | 'ACC_TITLE_VALUE' | 'ACC_DESCR' | 'ACC_DESCR_VALUE' | 'ACC_DESCR_MULTILINE_VALUE'
  | 'DIRECTION' | 'NEWLINE' | 'ENTITY_NAME' | 'WORD' | 'ER_DIAGRAM' | 'BLOCK_START' | 'BLOCK_STOP' | 'BRKT'
  | 'COMMA' | 'STYLE_SEPARATOR' | 'COLON' | 'ATTRIBUTE_KEY' | 'ATTRIBUTE_WORD' | 'COMMENT' | 'CHAR' | 'SQS' | 'SQE'
  | 'STYLE' | 'CLASSDEF' | 'CLASS' | 'SUBGRAPH' | 'END'
  | 'ZERO_OR_ONE' | 'ZERO_OR_MORE' | 'ONE_OR_MORE' | 'ONLY_ONE' | 'MD_PARENT'
  | 'NON_IDENTIFYING' | 'IDENTIFYING' | 'DECIMAL_NUM' | 'ENTITY_ONE' | 'NUM' | 'STYLE_TEXT' | 'SEMI' | 'UNICODE_TEXT'
  /** Text no rule of the current state matches (jison would stop with a lexical error). */
  | 'ERROR';

/** One lexer rule: where it applies, what it matches, the token it yields (none = skip) and the state change. */
export interface LexRule {
  readonly states: readonly LexState[];
  readonly pattern: RegExp;
  readonly token?: TokenType;
  readonly push?: LexState;
  readonly pop?: true;
}

const I: readonly LexState[] = ['INITIAL'];
const B: readonly LexState[] = ['block'];
const S: readonly LexState[] = ['style'];

/** The rules in jison order. Patterns are anchored and sticky-free: they are tried on the rest of the input. */
export const ER_LEX_RULES: readonly LexRule[] = [
  { states: I, pattern: /^(?:accTitle\s*:\s*)/i, token: 'ACC_TITLE', push: 'acc_title' },
  // jison writes `(?!\n||)*[^\n]*`; the quantified lookahead can only repeat zero times, so this is `[^\n]*`.
  { states: ['acc_title'], pattern: /^(?:[^\n]*)/i, token: 'ACC_TITLE_VALUE', pop: true },
  { states: I, pattern: /^(?:accDescr\s*:\s*)/i, token: 'ACC_DESCR', push: 'acc_descr' },
  { states: ['acc_descr'], pattern: /^(?:[^\n]*)/i, token: 'ACC_DESCR_VALUE', pop: true },
  { states: I, pattern: /^(?:accDescr\s*\{\s*)/i, push: 'acc_descr_multiline' },
  { states: ['acc_descr_multiline'], pattern: /^(?:[\}])/i, pop: true },
  { states: ['acc_descr_multiline'], pattern: /^(?:[^\}]*)/i, token: 'ACC_DESCR_MULTILINE_VALUE' },
  { states: I, pattern: /^(?:.*direction\s+TB[^\n]*)/i, token: 'DIRECTION' },
  { states: I, pattern: /^(?:.*direction\s+BT[^\n]*)/i, token: 'DIRECTION' },
  { states: I, pattern: /^(?:.*direction\s+RL[^\n]*)/i, token: 'DIRECTION' },
  { states: I, pattern: /^(?:.*direction\s+LR[^\n]*)/i, token: 'DIRECTION' },
  { states: I, pattern: /^(?:[ \t\r]+)/i },
  { states: I, pattern: /^(?:[\n]+)/i, token: 'NEWLINE' },
  { states: I, pattern: /^(?:"[^"%\r\n\v\b\\]+")/i, token: 'ENTITY_NAME' },
  { states: I, pattern: /^(?:"[^"]*")/i, token: 'WORD' },
  { states: I, pattern: /^(?:erDiagram\b)/i, token: 'ER_DIAGRAM' },
  { states: I, pattern: /^(?:\{)/i, token: 'BLOCK_START', push: 'block' },
  { states: I, pattern: /^(?:#)/i, token: 'BRKT' },
  { states: I, pattern: /^(?:,)/i, token: 'COMMA' },
  { states: I, pattern: /^(?::::)/i, token: 'STYLE_SEPARATOR' },
  { states: I, pattern: /^(?::)/i, token: 'COLON' },
  { states: B, pattern: /^(?:\s+)/i },
  { states: B, pattern: /^(?:\b((?:PK)|(?:FK)|(?:UK))\b)/i, token: 'ATTRIBUTE_KEY' },
  { states: B, pattern: /^(?:([^\s]*)[~].*[~]([^\s]*))/i, token: 'ATTRIBUTE_WORD' },
  { states: B, pattern: /^(?:([\*A-Za-z_\u00C0-\uFFFF][A-Za-z0-9\-\_\[\]\(\)\.,\u00C0-\uFFFF\*]*))/i, token: 'ATTRIBUTE_WORD' },
  { states: B, pattern: /^(?:[`])/i, push: 'block_bq' },
  { states: ['block_bq'], pattern: /^(?:[^`]+)/i, token: 'ATTRIBUTE_WORD' },
  { states: ['block_bq'], pattern: /^(?:[`])/i, pop: true },
  { states: B, pattern: /^(?:"[^"]*")/i, token: 'COMMENT' },
  { states: B, pattern: /^(?:[\n]+)/i },
  { states: B, pattern: /^(?:\})/i, token: 'BLOCK_STOP', pop: true },
  { states: B, pattern: /^(?:.)/i, token: 'CHAR' },
  { states: I, pattern: /^(?:\[)/i, token: 'SQS' },
  { states: I, pattern: /^(?:\])/i, token: 'SQE' },
  { states: I, pattern: /^(?:style\b)/i, token: 'STYLE', push: 'style' },
  { states: S, pattern: /^(?:[\n]+)/i, token: 'NEWLINE', pop: true },
  { states: S, pattern: /^(?:\s+)/i },
  { states: S, pattern: /^(?::)/i, token: 'COLON' },
  { states: S, pattern: /^(?:,)/i, token: 'COMMA' },
  { states: S, pattern: /^(?:#)/i, token: 'BRKT' },
  { states: I, pattern: /^(?:classDef\b)/i, token: 'CLASSDEF', push: 'style' },
  { states: I, pattern: /^(?:class\b)/i, token: 'CLASS' },
  { states: I, pattern: /^(?:subgraph\b)/i, token: 'SUBGRAPH' },
  { states: I, pattern: /^(?:end\b\s*)/i, token: 'END' },
  { states: I, pattern: /^(?:one or zero\b)/i, token: 'ZERO_OR_ONE' },
  { states: I, pattern: /^(?:one or more\b)/i, token: 'ONE_OR_MORE' },
  { states: I, pattern: /^(?:one or many\b)/i, token: 'ONE_OR_MORE' },
  { states: I, pattern: /^(?:1\+)/i, token: 'ONE_OR_MORE' },
  { states: I, pattern: /^(?:\|o\b)/i, token: 'ZERO_OR_ONE' },
  { states: I, pattern: /^(?:zero or one\b)/i, token: 'ZERO_OR_ONE' },
  { states: I, pattern: /^(?:zero or more\b)/i, token: 'ZERO_OR_MORE' },
  { states: I, pattern: /^(?:zero or many\b)/i, token: 'ZERO_OR_MORE' },
  { states: I, pattern: /^(?:0\+)/i, token: 'ZERO_OR_MORE' },
  { states: I, pattern: /^(?:\}o\b)/i, token: 'ZERO_OR_MORE' },
  { states: I, pattern: /^(?:many\(0\))/i, token: 'ZERO_OR_MORE' },
  { states: I, pattern: /^(?:many\(1\))/i, token: 'ONE_OR_MORE' },
  { states: I, pattern: /^(?:many\b)/i, token: 'ZERO_OR_MORE' },
  { states: I, pattern: /^(?:\}\|)/i, token: 'ONE_OR_MORE' },
  { states: I, pattern: /^(?:one\b)/i, token: 'ONLY_ONE' },
  { states: I, pattern: /^(?:only one\b)/i, token: 'ONLY_ONE' },
  { states: I, pattern: /^(?:[0-9]+\.[0-9]+)/i, token: 'DECIMAL_NUM' },
  { states: I, pattern: /^(?:1(?=\s+[A-Za-z_"']))/i, token: 'ONLY_ONE' },
  { states: I, pattern: /^(?:1(?=\s+[0-9]))/i, token: 'ONLY_ONE' },
  { states: I, pattern: /^(?:1(?=(--|\.\.|\.-|-\.)))/i, token: 'ONLY_ONE' },
  { states: I, pattern: /^(?:1\b)/i, token: 'ENTITY_ONE' },
  { states: I, pattern: /^(?:[0-9]+)/i, token: 'NUM' },
  { states: I, pattern: /^(?:\|\|)/i, token: 'ONLY_ONE' },
  { states: I, pattern: /^(?:o\|)/i, token: 'ZERO_OR_ONE' },
  { states: I, pattern: /^(?:o\{)/i, token: 'ZERO_OR_MORE' },
  { states: I, pattern: /^(?:\|\{)/i, token: 'ONE_OR_MORE' },
  { states: I, pattern: /^(?:u(?=[\.\-\|]))/i, token: 'MD_PARENT' },
  { states: I, pattern: /^(?:\.\.)/i, token: 'NON_IDENTIFYING' },
  { states: I, pattern: /^(?:--)/i, token: 'IDENTIFYING' },
  { states: I, pattern: /^(?:to\b)/i, token: 'IDENTIFYING' },
  { states: I, pattern: /^(?:optionally to\b)/i, token: 'NON_IDENTIFYING' },
  { states: I, pattern: /^(?:\.-)/i, token: 'NON_IDENTIFYING' },
  { states: I, pattern: /^(?:-\.)/i, token: 'NON_IDENTIFYING' },
  { states: S, pattern: /^(?:([^\x00-\x7F]|\w|-|\*)+)/i, token: 'STYLE_TEXT' },
  { states: S, pattern: /^(?:;)/i, token: 'SEMI' },
  { states: I, pattern: /^(?:([^\x00-\x7F]|\w|-|\*|\.)+)/i, token: 'UNICODE_TEXT' },
  { states: I, pattern: /^(?:.)/i, token: 'CHAR' },
];
