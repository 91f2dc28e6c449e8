import type { Root, Nodes } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { span, type Span } from '@schemawright/ir';

/** A document as the user gave it. `path` is POSIX-relative; `text` may carry a BOM and CRLF. */
export interface SourceDocument {
  readonly path: string;
  readonly text: string;
}

/** What a document is for; collectors may weigh facts by it. */
export type DocumentRole = 'prd' | 'architecture' | 'other';

/** A normalized, parsed document: LF line ends, no BOM, an mdast tree with positions. */
export interface ParsedDocument {
  readonly file: string;
  readonly role: DocumentRole;
  readonly text: string;
  /** `text` split on `\n`; `lines[0]` is line 1. */
  readonly lines: readonly string[];
  readonly tree: Root;
}

/** Strips a BOM and turns CRLF / CR into LF, so every OS gives the same bytes. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Guesses a document's role from its file name, then its first heading. */
export function roleOf(path: string, text: string): DocumentRole {
  const base = path.split('/').pop()!.toLowerCase();
  const dir = path.toLowerCase();
  if (/(^|[^a-z])(prd|product|requirements?|srs|spec|brief|user-?stories)([^a-z]|$)/.test(base) || /\/prd\//.test(dir)) return 'prd';
  if (/(architecture|design|technical|data-?model|schema|database|erd|system)/.test(base) || /\/architecture\//.test(dir)) return 'architecture';
  const heading = /^#\s+(.+)$/m.exec(text)?.[1]?.toLowerCase() ?? '';
  if (/product requirements|prd\b|requirements/.test(heading)) return 'prd';
  if (/architecture|technical design|data model/.test(heading)) return 'architecture';
  return 'other';
}

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** The names of remark-gfm's autolink-literal constructs (`www.x.org`, `https://x.org`, `a@x.org`). */
const AUTOLINK_LITERALS = new Set(['emailAutolink', 'wwwAutolink', 'protocolAutolink']);

type Constructs = Record<string, unknown>;
interface GfmData {
  readonly micromarkExtensions: readonly Record<string, Constructs | undefined>[];
  readonly fromMarkdownExtensions: readonly unknown[];
}

/**
 * remark-gfm with its autolink literals taken out: tables, footnotes, strikethrough and task items as before.
 * The email literal is tried at every letter and digit of the text, which doubles the parse time of plain prose.
 */
function gfmWithoutAutolinkLiterals(this: ReturnType<typeof unified>): void {
  const gfm = processor.data() as unknown as GfmData;
  const withoutLiterals = (record: Constructs): Constructs => {
    const out: Constructs = {};
    for (const [code, value] of Object.entries(record)) {
      const kept = ([] as { name?: string }[]).concat(value as never).filter((c) => !AUTOLINK_LITERALS.has(c.name ?? ''));
      if (kept.length > 0) out[code] = kept;
    }
    return out;
  };
  const micromark = gfm.micromarkExtensions.map((ext) => (ext.text ? { ...ext, text: withoutLiterals(ext.text) } : ext));
  // the literal transform rewrites text nodes that read like a URL or an e-mail address into links
  const fromMarkdown = (gfm.fromMarkdownExtensions.flat(Infinity) as Record<string, unknown>[]).map((ext) =>
    ext.transforms ? { ...ext, transforms: [] } : ext,
  );
  const data = this.data() as unknown as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(...micromark);
  (data.fromMarkdownExtensions ??= []).push(...fromMarkdown);
}

const withoutLiterals = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals).freeze();

/**
 * True when the text may hold a GFM autolink literal: an `@`, a `www`, or `:` then `/` or a backslash, possibly
 * spelled with a backslash escape or a character reference (`&#64;`). Without one, both processors give the same tree.
 */
const MAY_AUTOLINK = /@|&(?:#|[a-z\d]+;)|www|:[/\\]|\\:/i;

/** Parses one document. Pure: same input, same tree. */
export function parseDocument(doc: SourceDocument): ParsedDocument {
  const text = normalizeText(doc.text);
  const tree = (MAY_AUTOLINK.test(text) ? processor : withoutLiterals).parse(text) as Root;
  return { file: doc.path, role: roleOf(doc.path, text), text, lines: text.split('\n'), tree };
}

/** The span of an mdast node; a node without a position (never from remark-parse) spans line 1. */
export function spanOfNode(doc: ParsedDocument, node: Nodes): Span {
  const p = node.position;
  if (!p) return span(doc.file, 1, 1);
  return span(doc.file, p.start.line, p.start.column, p.end.line, p.end.column);
}

/** The span of line `line` (1-based) of the document, from `column` to the line's end. */
export function spanOfLine(doc: ParsedDocument, line: number, column = 1): Span {
  const text = doc.lines[line - 1] ?? '';
  return span(doc.file, line, column, line, Math.max(column, text.length + 1));
}

/**
 * The document line where line `index` (0-based) of a fenced code block's content sits. Fenced content
 * starts on the line after the opening fence.
 */
export function codeLineOf(node: Nodes, index: number): number {
  return (node.position?.start.line ?? 1) + 1 + index;
}

/**
 * Sorts documents by path (code units) and parses them: the reader's canonical order, so input order never
 * changes the output.
 */
export function parseDocuments(docs: readonly SourceDocument[]): ParsedDocument[] {
  return [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map(parseDocument);
}
