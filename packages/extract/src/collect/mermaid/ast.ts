/**
 * What the erDiagram parser reads, before any interpretation. Offsets (`start`, `end` exclusive) index the
 * code block text, so the collector can turn them into exact document spans.
 */

/** Mermaid's five cardinality tokens, whatever spelling produced them (`|o`, `o|`, `one or zero`, …). */
export type ErCardinality = 'ZERO_OR_ONE' | 'ZERO_OR_MORE' | 'ONE_OR_MORE' | 'ONLY_ONE' | 'MD_PARENT';

/** A piece of source text: where it is and what it says (quotes already removed). */
export interface ErText {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** `type name PK, FK "comment"` inside an entity block. */
export interface ErAttribute {
  /** The type as written, with a trailing `?` when the source had one (`string?`). */
  readonly type: string;
  readonly name: string;
  /** `PK`, `FK`, `UK` in upper case, in source order. */
  readonly keys: readonly string[];
  readonly comment?: string;
  readonly start: number;
  readonly end: number;
}

/** An entity statement: `NAME`, `NAME { … }`, `NAME["Alias"] { … }`, with or without `:::class`. */
export interface ErEntityStatement {
  readonly kind: 'entity';
  readonly id: ErText;
  readonly alias?: ErText;
  /** Absent for a bare `NAME` (no block); empty for `NAME {}`. */
  readonly attributes?: readonly ErAttribute[];
  readonly start: number;
  readonly end: number;
}

/** `A <left><line><right> B : role`. `left` is the marker next to A, `right` the one next to B. */
export interface ErRelationStatement {
  readonly kind: 'relation';
  readonly a: ErText;
  readonly b: ErText;
  readonly left: ErCardinality;
  readonly right: ErCardinality;
  /** `--` / `to` (true) vs `..`, `.-`, `-.`, `optionally to` (false). */
  readonly identifying: boolean;
  /** The role as written, quotes removed; may be ''. */
  readonly role: string;
  /** The spelling of the relationship (`||--o{`), for diagnostics. */
  readonly marker: string;
  readonly start: number;
  readonly end: number;
}

export type ErStatement = ErEntityStatement | ErRelationStatement;

/** A region Mermaid would reject; `start`/`end` cover the offending line. */
export interface ErSyntaxError {
  readonly start: number;
  readonly end: number;
}

/** The statements of one diagram (subgraphs flattened) and the lines that could not be read. */
export interface ErDiagramAst {
  readonly statements: readonly ErStatement[];
  readonly errors: readonly ErSyntaxError[];
}
