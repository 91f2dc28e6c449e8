import { compareStrings } from '@schemawright/ir';
import type { EndFact } from '../../facts.js';
import {
  CARDINALITY_WORDS,
  RELATION_CONNECTORS,
  RELATIONSHIP_PHRASE_KEYS,
  RELATIONSHIP_PHRASES,
} from '../../infer/relationship-phrases.js';
import { CARD, card, escapeRegExp, optionalParent, PAIR, PAIR_BETWEEN, pairOf } from './cardinality.js';
import { isEntityName } from './entity-name.js';

/** One relation read from a note line, before it becomes a RelationFact. */
export interface RelationNote {
  readonly a: string;
  readonly b: string;
  readonly aEnd?: EndFact;
  readonly bEnd?: EndFact;
  readonly fkOn?: 'a' | 'b';
  readonly label?: string;
  /** The note said how many on each side; false for a bare arrow, whose 1-N reading is assumed. */
  readonly stated: boolean;
}

/**
 * How much the surrounding section vouches for a note. Outside relationship and data-model sections names must
 * look like names (`Task`, `order_items`, `**task**`); bare arrows (`A → B`) count only under a relationships heading.
 */
export interface NoteContext {
  readonly looseNames: boolean;
  readonly arrows: boolean;
}

const CONNECTOR_KEYS = Object.keys(RELATION_CONNECTORS).sort((a, b) => b.length - a.length || compareStrings(a, b));

/**
 * Reads one relationship note with both sides named: `User has many Tasks`, `User 1:N Task`,
 * `User ↔ Tag (N:N)`, `A 1—* B`, `A (1) — (N) B`, `Organization (1) ──< Users (many)`, `A → B`, `A → B → C`.
 * Returns undefined when the line is not such a note (a sentence, a flow, a list of features).
 */
export function readRelationNote(line: string, given: NoteContext): RelationNote[] | undefined {
  let context = given;
  const text = line.trim().replace(/[.;。]$/, '').trim();
  if (text === '') return undefined;
  const attempts: { body: string; label?: string }[] = [{ body: text }, ...labelSplits(text)];
  // A snake_case name marks the line as written in table names: its lower-case neighbours are names too.
  if (/\b[a-z][a-z0-9]*_[a-z0-9_]+\b/.test(text)) context = { ...context, looseNames: true };
  for (const attempt of attempts) {
    const notes = readPhrase(attempt.body, context) ?? readPairBetween(attempt.body, context) ?? readConnectors(attempt.body, context);
    if (notes) return attempt.label ? notes.map((n) => ({ ...n, label: attempt.label })) : notes;
  }
  return undefined;
}

function labelSplits(text: string): { body: string; label?: string }[] {
  const out: { body: string; label?: string }[] = [];
  const m = /^(.*?)\s*(?::\s+|\s[—–]\s|\s-\s)(.+)$/.exec(text);
  if (m && m[1] !== '') out.push({ body: m[1]!, label: m[2]!.trim() });
  return out;
}

/** Reads a name as written, markup removed; `marked` when the source wrapped it in backticks or bold. */
export function nameToken(raw: string): { name: string; marked: boolean } {
  const t = raw.trim();
  const marked = /^(?:\*\*|__|`).+(?:\*\*|__|`)$/.test(t);
  return { name: t.replace(/[*`_]{2}|`/g, '').replace(/^\*|\*$/g, '').trim(), marked };
}

/** A name acceptable here: a name-shaped phrase, Capitalized or snake_case or marked unless in a relationship section. */
function acceptName(raw: string, context: NoteContext): string | undefined {
  const { name, marked } = nameToken(raw.replace(/\s*\((?:[^)]*)\)\s*$/, ''));
  if (!isEntityName(name)) return undefined;
  if (context.looseNames || marked) return name;
  return name.split(/\s+/).every((w) => /^[A-Z]/.test(w)) || /_/.test(name) ? name : undefined;
}

export function acceptNames(raw: string, context: NoteContext): string[] | undefined {
  const parts = raw.split(/\s*(?:,|\band\b|&)\s*/).filter((p) => p.trim() !== '');
  const names = parts.map((p) => acceptName(p, context));
  return names.length > 0 && names.every((n) => n !== undefined) ? (names as string[]) : undefined;
}

// Each phrase's first word: ` has many ` can only be in a line where ` has ` is, that is where `has` stands
// between two spaces. One split of the line rules most phrases out without searching it for each.
const PHRASE_FIRST_WORDS = RELATIONSHIP_PHRASE_KEYS.map((phrase) => phrase.split(' ')[0]!);

function readPhrase(text: string, context: NoteContext): RelationNote[] | undefined {
  const lower = text.toLowerCase();
  const words = lower.split(' ');
  const between = new Set(words.slice(1, -1));
  for (let k = 0; k < RELATIONSHIP_PHRASE_KEYS.length; k++) {
    if (!between.has(PHRASE_FIRST_WORDS[k]!)) continue;
    const phrase = RELATIONSHIP_PHRASE_KEYS[k]!;
    const at = lower.indexOf(` ${phrase} `);
    if (at <= 0) continue;
    const a = acceptName(text.slice(0, at), context);
    const rest = text.slice(at + phrase.length + 2);
    const pair = trailingPair(rest);
    const bs = acceptNames(pair ? pair.before : rest, context);
    if (!a || !bs) return undefined;
    const m = RELATIONSHIP_PHRASES[phrase]!;
    return bs.map((b) => ({
      a,
      b,
      aEnd: pair?.left ?? m.subject,
      bEnd: pair?.right ?? m.object,
      ...(m.fkOn ? { fkOn: m.fkOn === 'subject' ? ('a' as const) : ('b' as const) } : {}),
      stated: true,
    }));
  }
  return undefined;
}

function readPairBetween(text: string, context: NoteContext): RelationNote[] | undefined {
  const m = PAIR_BETWEEN.exec(text);
  if (!m) return undefined;
  const a = acceptName(m[1]!, context);
  const b = acceptName(m[4]!, context);
  if (!a || !b) return undefined;
  return [withFk({ a, b, aEnd: card(m[2]!), bEnd: card(m[3]!), stated: true })];
}

function readConnectors(text: string, context: NoteContext): RelationNote[] | undefined {
  const split = splitOnConnectors(text);
  if (!split || split.parts.length < 2) return undefined;
  const sides = split.parts.map((p) => side(p));
  const names = sides.map((s) => (s ? acceptName(s.name, context) : undefined));
  if (names.some((n) => n === undefined)) return undefined;
  const notes: RelationNote[] = [];
  for (let i = 0; i < split.connectors.length; i++) {
    const conn = RELATION_CONNECTORS[split.connectors[i]!]!;
    const left = sides[i]!;
    const right = sides[i + 1]!;
    const pair = right.pair ?? left.pair;
    const aEnd = left.after ?? pair?.left ?? conn.left;
    const bEnd = right.before ?? right.after ?? pair?.right ?? conn.right;
    const stated = aEnd !== undefined && bEnd !== undefined;
    // A bare arrow says "a leads to b": read as one a with many b, and say so. A bare dash says nothing.
    if (!stated && !(conn.arrow && context.arrows)) return undefined;
    // An arrow with no counts also needs name-shaped ends: `camera capture → OCR service` is a flow.
    const strict: NoteContext = { looseNames: false, arrows: true };
    if (!stated && !(acceptName(left.name, strict) && acceptName(right.name, strict))) return undefined;
    notes.push(
      stated
        ? withFk({ a: names[i]!, b: names[i + 1]!, aEnd, bEnd, stated })
        : { a: names[i]!, b: names[i + 1]!, aEnd: CARDINALITY_WORDS['1'], bEnd: CARDINALITY_WORDS['n'], fkOn: 'b', stated: false },
    );
  }
  return notes;
}

const LEADING_CARD = new RegExp(`^\\((${CARD})\\)\\s*`, 'i');
const CONNECTOR = new RegExp(`\\s*(${CONNECTOR_KEYS.map(escapeRegExp).join('|')})\\s*`, 'g');

function splitOnConnectors(text: string): { parts: string[]; connectors: string[] } | undefined {
  const pattern = CONNECTOR;
  const parts: string[] = [];
  const connectors: string[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const isDash = /^[-—–─]+$/.test(m[1]!);
    // A hyphen inside a word (`Sign-up`, `one-to-many`) is not a connector.
    if (isDash && m[0] === m[1]) continue;
    if (isInsideParens(text, m.index!)) continue;
    parts.push(text.slice(last, m.index));
    connectors.push(m[1]!);
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  return connectors.length > 0 ? { parts, connectors } : undefined;
}

function isInsideParens(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

/** One side of a connector: `(1) B (many) (N:N)`, `Organization (1)`, `1 User`. */
function side(raw: string): { name: string; before?: EndFact; after?: EndFact; pair?: { left: EndFact; right: EndFact } } | undefined {
  let t = raw.trim();
  let before: EndFact | undefined;
  let after: EndFact | undefined;
  let pair: { left: EndFact; right: EndFact } | undefined;
  const lead = LEADING_CARD.exec(t);
  if (lead) {
    before = card(lead[1]!);
    t = t.slice(lead[0].length);
  }
  const colonPair = /\s*[:：]\s*([^:：()]+)$/.exec(t);
  if (colonPair && PAIR.test(colonPair[1]!.trim())) {
    pair = pairOf(colonPair[1]!.trim());
    t = t.slice(0, colonPair.index).trim();
  }
  for (let guard = 0; guard < 3; guard++) {
    const paren = /\s*\(([^()]*)\)\s*$/.exec(t);
    if (!paren) break;
    const inner = paren[1]!.trim();
    const [head, ...mods] = inner.split(/\s*,\s*/);
    if (CARDINALITY_WORDS[inner.toLowerCase()]) after = card(inner);
    else if (PAIR.test(head!)) pair = optionalParent(pairOf(head!), mods);
    t = t.slice(0, paren.index).trim();
  }
  return t === '' ? undefined : { name: t, ...(before ? { before } : {}), ...(after ? { after } : {}), ...(pair ? { pair } : {}) };
}

function trailingPair(text: string): { before: string; left: EndFact; right: EndFact } | undefined {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  if (!m || !PAIR.test(m[2]!.trim())) return undefined;
  return { before: m[1]!, ...pairOf(m[2]!.trim()) };
}

/** The foreign key sits on the many side of a one-to-many; a one-to-one or many-to-many does not say. */
function withFk(note: RelationNote): RelationNote {
  const a = note.aEnd?.cardinality;
  const b = note.bEnd?.cardinality;
  if (a === 'one' && b === 'many') return { ...note, fkOn: 'b' };
  if (a === 'many' && b === 'one') return { ...note, fkOn: 'a' };
  return note;
}
