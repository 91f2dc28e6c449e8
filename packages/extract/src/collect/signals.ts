import type { Nodes } from 'mdast';
import type { Result } from '@schemawright/ir';
import { spanOfLine, type ParsedDocument } from '../document.js';
import type { SignalFact } from '../facts.js';
import { accessPathsOf } from '../design/access-paths.js';
import { designSignalsOf, designTablesIn } from '../design/design-signals.js';
import { stanceOf, type Mention, type MentionLine } from '../design/mention-stance.js';
import { containsPhrase, wordsRegex } from '../design/phrases.js';
import {
  CODE_LANGUAGES,
  CODE_PATTERNS,
  COMPARING_HEADINGS,
  DATABASE_WORDS,
  ORM_WORDS,
  OUT_OF_SCOPE_HEADINGS,
  STANCE_CONFIDENCE,
} from '../infer/signal-words.js';

const RULE = 'collect/signals';
/** Confidence of a strong and a weak design phrase, and of an access path ("filter by status"). */
const DESIGN_CONFIDENCE = { strong: 0.8, weak: 0.5, accessPath: 0.7 } as const;

interface NameMention extends Mention {
  readonly signal: 'database' | 'orm';
  readonly value: string;
}

interface NamePattern {
  readonly signal: 'database' | 'orm';
  readonly value: string;
  readonly regex: RegExp;
  /** The name even inside a word: a looser test than `regex`, but a quick one over a whole document. */
  readonly anywhere: RegExp;
}

function namePattern(signal: 'database' | 'orm', w: { value: string; pattern: string; caseSensitive?: boolean }): NamePattern {
  const regex = wordsRegex([w.pattern], w.caseSensitive);
  return { signal, value: w.value, regex, anywhere: new RegExp(w.pattern, w.caseSensitive ? '' : 'i') };
}

const NAME_PATTERNS: readonly NamePattern[] = [
  ...DATABASE_WORDS.map((w) => namePattern('database', w)),
  ...ORM_WORDS.map((w) => namePattern('orm', w)),
];
// Every name at once (one regex per case rule): most lines name no product, and one test per rule rules
// them all out. Without `g`, so `test` keeps no state.
const ANY_NAME = [true, false].flatMap((caseSensitive) => {
  const sources = [...DATABASE_WORDS, ...ORM_WORDS].filter((w) => (w.caseSensitive ?? false) === caseSensitive).map((w) => w.pattern);
  return sources.length === 0 ? [] : [new RegExp(wordsRegex(sources, caseSensitive).source, caseSensitive ? '' : 'i')];
});
const CODE_REGEXES = CODE_PATTERNS.map((p) => ({ ...p, regex: new RegExp(p.pattern, 'i') }));
const CODE_LANGS = new Set(CODE_LANGUAGES);

/**
 * Design signals of one document: named databases and ORMs (with how each line treats them: chosen,
 * mentioned, an alternative, a second store, compared or rejected), design phrases (money, many-to-many,
 * full-text search, volume, …) and access paths ("filter by status"). Code blocks only count when they
 * configure something (a Prisma datasource, a connection URL, an import); diagram fences read as text.
 */
export function collectSignals(doc: ParsedDocument): Result<readonly SignalFact[]> {
  const fences = fenceLines(doc);
  const facts = new Map<string, SignalFact>();
  const add = (line: number, column: number, signal: string, value: string, confidence: number): void => {
    const key = `${line}\u0000${signal}\u0000${value}`;
    const old = facts.get(key);
    if (old && old.confidence >= confidence) return;
    const text = doc.lines[line - 1]!.trim();
    facts.set(key, { kind: 'signal', signal, value, text, span: spanOfLine(doc, line, column), rule: RULE, source: 'prose', confidence });
  };
  // the open headings, with what each says about the lines under it (worked out once per heading)
  const headings: { level: number; outOfScope: boolean; comparing: boolean }[] = [];
  // the names and design phrases that occur somewhere in the document: no line can hold another one
  const names = NAME_PATTERNS.filter((p) => p.anywhere.test(doc.text));
  const tables = designTablesIn(doc.text);

  doc.lines.forEach((text, i) => {
    const lineNo = i + 1;
    const fence = fences.get(lineNo);
    if (fence === 'open-prisma') add(lineNo, 1, 'orm', 'prisma', STANCE_CONFIDENCE.configured);
    if (fence === 'code') {
      for (const p of CODE_REGEXES) {
        const m = p.regex.exec(text);
        if (m) add(lineNo, m.index + 1, p.signal, p.value, STANCE_CONFIDENCE.configured);
      }
    }
    if (fence !== undefined && fence !== 'diagram') return;
    const heading = fence === undefined ? /^(#{1,6})\s+(.*)$/.exec(text) : null;
    if (heading) {
      while (headings.length > 0 && headings[headings.length - 1]!.level >= heading[1]!.length) headings.pop();
      const title = heading[2]!;
      headings.push({ level: heading[1]!.length, outOfScope: containsPhrase(title, OUT_OF_SCOPE_HEADINGS), comparing: containsPhrase(title, COMPARING_HEADINGS) });
    }
    const outOfScope = headings.some((h) => h.outOfScope);
    const comparing = outOfScope || headings.some((h) => h.comparing);
    const line: MentionLine = { text, tableRow: /^\s*\|/.test(text), comparingSection: comparing };
    if (line.tableRow && /^\s*\|?\s*:?-{2,}/.test(text)) return;

    const mentions = namesIn(text, names);
    mentions.forEach((m, k) => {
      const stance = stanceOf(line, mentions, k);
      if (stance === 'rejected') add(lineNo, m.start + 1, `${m.signal}-rejected`, m.value, STANCE_CONFIDENCE.chosen);
      else add(lineNo, m.start + 1, m.signal, m.value, STANCE_CONFIDENCE[stance]);
    });
    if (fence === 'diagram' || outOfScope) return;
    for (const d of designSignalsOf(line, tables)) add(lineNo, d.start + 1, d.signal, d.value, d.strong ? DESIGN_CONFIDENCE.strong : DESIGN_CONFIDENCE.weak);
    for (const a of accessPathsOf(line)) add(lineNo, a.start + 1, a.signal, a.field, DESIGN_CONFIDENCE.accessPath);
  });
  return { value: [...facts.values()], diagnostics: [] };
}

/** Every database or ORM name in a line, left to right, overlaps dropped ("Azure SQL Server" is one name). */
function namesIn(text: string, patterns: readonly NamePattern[]): NameMention[] {
  const all: NameMention[] = [];
  if (patterns.length === 0 || !ANY_NAME.some((r) => r.test(text))) return all;
  for (const p of patterns) {
    for (const m of text.matchAll(p.regex)) all.push({ signal: p.signal, value: p.value, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameMention[] = [];
  for (const m of all) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

type FenceLine = 'open-prisma' | 'fence' | 'code' | 'diagram';

/** What each line inside a fenced or indented code block is: a fence, code, or a diagram read as text. */
function fenceLines(doc: ParsedDocument): Map<number, FenceLine> {
  const lines = new Map<number, FenceLine>();
  const visit = (node: Nodes): void => {
    if (node.type === 'code' && node.position) {
      const lang = (node.lang ?? '').toLowerCase();
      const { start, end } = node.position;
      const fenced = /^\s*(`{3,}|~{3,})/.test(doc.lines[start.line - 1] ?? '');
      const kind: FenceLine = CODE_LANGS.has(lang) ? 'code' : 'diagram';
      for (let l = start.line; l <= end.line; l++) lines.set(l, kind);
      if (fenced) {
        lines.set(start.line, lang === 'prisma' ? 'open-prisma' : 'fence');
        if (end.line > start.line && /^\s*(`{3,}|~{3,})\s*$/.test(doc.lines[end.line - 1] ?? '')) lines.set(end.line, 'fence');
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(doc.tree);
  return lines;
}
