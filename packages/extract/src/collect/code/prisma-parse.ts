import { getSchema, PrismaParser, VisitorClassFactory, type Schema } from '@mrleebo/prisma-ast';

/** A parsed piece of a Prisma block; its line 1 is block line index `lineOffset`. */
export interface PrismaChunk {
  readonly schema: Schema;
  readonly lineOffset: number;
}

/** A line of a Prisma block that could not be parsed and was left out. */
export interface PrismaSkip {
  /** Block line index. */
  readonly line: number;
  readonly detail: string;
}

type Visitor = NonNullable<Parameters<typeof getSchema>[1]>['visitor'];
let parser: { parser: PrismaParser; visitor: Visitor } | undefined;

/** One parser with location tracking, built on first use (building it is the expensive part). */
function locatingParser(): { parser: PrismaParser; visitor: Visitor } {
  if (!parser) {
    const p = new PrismaParser({ nodeLocationTracking: 'full' });
    const VisitorClass = VisitorClassFactory(p);
    parser = { parser: p, visitor: new VisitorClass() };
  }
  return parser;
}

/** Parses Prisma text, or says which line (1-based, of `text`) broke it and how. */
function tryParse(text: string): { ok: true; schema: Schema } | { ok: false; line: number; detail: string } {
  try {
    return { ok: true, schema: getSchema(text, locatingParser()) };
  } catch (e) {
    const token = (e as { token?: { image?: string; startLine?: number } }).token;
    const line = token?.startLine !== undefined && Number.isFinite(token.startLine) ? token.startLine : lastLine(text);
    const image = token?.image === undefined || token.image === '' ? 'end of block' : `"${token.image}"`;
    return { ok: false, line, detail: `unexpected ${image}` };
  }
}

function lastLine(text: string): number {
  return text.split('\n').length;
}

/** Most lines a broken chunk may lose before it is given up; a bound, so a hopeless chunk cannot loop long. */
const MAX_SKIPPED_LINES = 8;

/**
 * Parses a Prisma block with prisma-ast, tolerantly: when the whole block fails, each top-level block
 * (`model X { … }`, `enum Y { … }`) is parsed on its own, and a line that breaks one is blanked and the block
 * parsed again, so one bad line costs that line, not the schema. Never throws.
 */
export function parsePrismaBlock(text: string): { chunks: PrismaChunk[]; skipped: PrismaSkip[] } {
  const whole = tryParse(text);
  if (whole.ok) return { chunks: [{ schema: whole.schema, lineOffset: 0 }], skipped: [] };
  const chunks: PrismaChunk[] = [];
  const skipped: PrismaSkip[] = [];
  for (const chunk of topLevelBlocks(text)) {
    const lines = [...chunk.lines];
    for (let attempt = 0; attempt <= MAX_SKIPPED_LINES; attempt++) {
      const r = tryParse(lines.join('\n'));
      if (r.ok) {
        chunks.push({ schema: r.schema, lineOffset: chunk.start });
        break;
      }
      const index = Math.min(Math.max(r.line - 1, 0), lines.length - 1);
      // Blank the broken line (keeping line numbers); a broken header or closing brace gives the block up.
      if (index === 0 || index === lines.length - 1 || attempt === MAX_SKIPPED_LINES) {
        skipped.push({ line: chunk.start + index, detail: `${r.detail}; "${(lines[0] ?? '').replace(/\{.*$/, '').trim()}" left out` });
        break;
      }
      skipped.push({ line: chunk.start + index, detail: `${r.detail}; line left out` });
      lines[index] = '';
    }
  }
  // Every block parsed on its own: what broke the whole was text between blocks, which is ignored.
  if (skipped.length === 0) skipped.push({ line: whole.line - 1, detail: `${whole.detail}; text outside the blocks ignored` });
  return { chunks, skipped };
}

/** Top-level `keyword Name { … }` blocks of Prisma text, by brace depth, with their first block line index. */
function topLevelBlocks(text: string): { start: number; lines: string[] }[] {
  const out: { start: number; lines: string[] }[] = [];
  const all = text.split('\n');
  let current: { start: number; lines: string[] } | undefined;
  let depth = 0;
  all.forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (!current && /^\s*\w+\s+\w+\s*\{/.test(code)) {
      current = { start: i, lines: [] };
      depth = 0;
    }
    if (!current) return;
    current.lines.push(line);
    for (const c of code) depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth <= 0) {
      out.push(current);
      current = undefined;
    }
  });
  if (current) out.push(current);
  return out;
}
