import type { Span } from '@schemawright/ir';

/** Universal part-of-speech tags (the Universal Dependencies set), what every tagger is mapped to. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X';

/** One word of a sentence with its tag. `start`/`end` are offsets into the block's plain text. */
export interface Token {
  readonly text: string;
  /** Lower-case text. */
  readonly lower: string;
  /** Dictionary form (`stored` → `store`, `flights` → `flight`), lower-case. */
  readonly lemma: string;
  readonly pos: Pos;
  readonly start: number;
  readonly end: number;
  /** The document uses the word as a proper name (set by `repairTags`). */
  readonly proper?: boolean;
}

/** Where a block of prose sits in the markdown: a paragraph, a heading, or a list item's paragraph. */
export type BlockKind = 'paragraph' | 'heading' | 'item';

/** A sentence, tagged, with its place in the document. */
export interface Sentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly span: Span;
  readonly block: BlockKind;
  /** Heading depth (1–6) for headings, 0 otherwise. */
  readonly depth: number;
  /** Position of the sentence in the document (0-based), for links across sentences. */
  readonly index: number;
}

/** A tagger: plain text → tokens in text order. Pure and deterministic. */
export type Tagger = (text: string) => Token[];
