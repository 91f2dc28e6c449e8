import type { Span } from '@schemawright/ir';
import type { MermaidOptions } from '../mermaid/erd.js';

/**
 * A design signal from the documents (`SignalFact` from @schemawright/extract fits): `filter-by`/`sort-by`/
 * `search-by` with a snake_case field, or a design phrase (`money`, `volume`, `full-text`, `multi-tenant`, …).
 */
export interface DocSignal {
  readonly signal: string;
  readonly value: string;
  /** The line that raised it, quoted next to the recommendation it drives. */
  readonly text: string;
  readonly span: Span;
  /** How strongly the line raised it (0..1); the strongest line is the one cited. */
  readonly confidence?: number;
}

/** A source document, to quote the line behind each relationship. */
export interface DocSource {
  readonly path: string;
  readonly text: string;
}

/** Options of `emitErdDoc`; all optional, so `emitErdDoc(schema)` works on the IR alone. */
export interface ErdDocOptions {
  /** Design signals: they drive the access-path, search and partitioning advice and are cited there. */
  readonly signals?: readonly DocSignal[];
  /** The documents, for quoting the line that stated each relationship and table. */
  readonly documents?: readonly DocSource[];
  /** Files emitted next to erd.md besides schema.prisma (`seed.md`, SQL), listed under "Schema definition". */
  readonly files?: readonly string[];
  /** How the diagram draws junction tables. */
  readonly mermaid?: MermaidOptions;
}
