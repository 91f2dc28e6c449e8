import type { Code, Nodes, Parent } from 'mdast';
import { span, type Span } from '@schemawright/ir';
import { codeLineOf, type ParsedDocument } from '../../document.js';

/** Info strings of blocks that may hold a Mermaid diagram; '' is a block without one. Data, not code. */
export const MERMAID_LANGS: ReadonlySet<string> = new Set(['mermaid', 'mmd', '']);

/** Every code block of the document whose info string allows Mermaid, in document order. */
export function mermaidBlocks(doc: ParsedDocument): Code[] {
  const out: Code[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'code' && MERMAID_LANGS.has((node.lang ?? '').trim().toLowerCase())) out.push(node);
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(doc.tree);
  return out;
}

/**
 * Turns offsets into a code block's text into exact document spans. Remark strips a block's indentation and
 * any blockquote markers from its lines, so each content line's column offset is measured against the line as
 * the document has it.
 */
export class CodeSpans {
  private readonly starts: number[] = [0];
  private readonly docLines: number[] = [];
  private readonly prefixes: number[] = [];

  constructor(
    private readonly doc: ParsedDocument,
    node: Code,
  ) {
    const lines = node.value.split('\n');
    for (let i = 0; i < lines.length - 1; i += 1) this.starts.push(this.starts[i]! + lines[i]!.length + 1);
    const p = node.position;
    const opening = p ? (doc.lines[p.start.line - 1] ?? '').slice(p.start.column - 1) : '';
    const fenced = /^(`{3,}|~{3,})/.test(opening);
    lines.forEach((text, i) => {
      const line = fenced ? codeLineOf(node, i) : (p?.start.line ?? 1) + i;
      const docText = doc.lines[line - 1] ?? '';
      this.docLines.push(line);
      this.prefixes.push(docText.endsWith(text) ? docText.length - text.length : 0);
    });
  }

  /** The document line and 1-based column of `offset`. */
  point(offset: number): { line: number; column: number } {
    // The last content line starting at or before `offset` (binary search: diagrams can be long).
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const i = lo;
    return { line: this.docLines[i]!, column: this.prefixes[i]! + (offset - this.starts[i]!) + 1 };
  }

  /** The span of `[start, end)`. */
  span(start: number, end: number): Span {
    const a = this.point(start);
    const b = this.point(Math.max(start, end));
    return span(this.doc.file, a.line, a.column, b.line, b.column);
  }
}
