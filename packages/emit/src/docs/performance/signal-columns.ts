import { plural, singular, words, type Column, type Table } from '@schemawright/ir';
import type { DocContext } from '../context.js';
import type { DocSignal } from '../options.js';

/**
 * Which column a "filter by / sort by / search by <field>" signal names on which table. A table qualifies
 * when it has the field (`status`, `assignee` → `assignee_id`, `created_date` → `created_at`) and the line
 * names the table, or when no table with the field is named and only one table has it.
 *
 * Answered per signal from indexes built once per document context (tables by column name, tables by the
 * words that name them), so the cost follows the size of the line, not the number of tables: asking every
 * table about every signal made erd.md quadratic in the size of the documents.
 */
export function signalColumns(ctx: DocContext, s: DocSignal): ReadonlyMap<Table, Column> {
  const index = indexOf(ctx);
  const known = index.answers.get(s);
  if (known) return known;
  const answer = answerFor(index, s);
  index.answers.set(s, answer);
  return answer;
}

/** The column `s` names on `t`, if the line is about `t` or `t` is the only table with such a column. */
export function columnFor(ctx: DocContext, t: Table, s: DocSignal): Column | undefined {
  return signalColumns(ctx, s).get(t);
}

interface SignalIndex {
  /** Per table (schema order), its columns by name: the first of a name, as a scan finds it. */
  readonly columns: ReadonlyMap<Table, ReadonlyMap<string, Column>>;
  /** Tables having a column of each name, in schema order. */
  readonly holders: ReadonlyMap<string, readonly Table[]>;
  /** Tables by each phrase that names them (singular label, plural label, last word of the name). */
  readonly named: ReadonlyMap<string, readonly Table[]>;
  /** Tables one of whose naming words has no letters or digits: named by a line without words. */
  readonly namedByNothing: readonly Table[];
  /** Words in the longest naming phrase. */
  readonly longest: number;
  readonly position: ReadonlyMap<Table, number>;
  readonly answers: Map<DocSignal, ReadonlyMap<Table, Column>>;
}

const indexes = new WeakMap<DocContext, SignalIndex>();

function indexOf(ctx: DocContext): SignalIndex {
  const known = indexes.get(ctx);
  if (known) return known;
  const columns = new Map<Table, Map<string, Column>>();
  const holders = new Map<string, Table[]>();
  const named = new Map<string, Table[]>();
  const namedByNothing: Table[] = [];
  let longest = 0;
  for (const t of ctx.schema.tables) {
    const byName = new Map<string, Column>();
    for (const c of t.columns) if (!byName.has(c.name)) byName.set(c.name, c);
    columns.set(t, byName);
    for (const name of byName.keys()) add(holders, name, t);
    for (const phrase of new Set(namingPhrases(t))) {
      if (phrase.length === 0) namedByNothing.push(t);
      else add(named, phrase.join(' '), t);
      longest = Math.max(longest, phrase.length);
    }
  }
  const index = { columns, holders, named, namedByNothing, longest, position: new Map(ctx.schema.tables.map((t, i) => [t, i])), answers: new Map() };
  indexes.set(ctx, index);
  return index;
}

/** The word sequences that name a table in a line: its label singular and plural, and its name's head word. */
function namingPhrases(t: Table): string[][] {
  const one = singular(t.label).toLowerCase().replace(/_/g, ' ');
  const many = plural(one);
  return [one, many, ...words(t.name).slice(-1)].filter((w) => w !== '').map((w) => words(w));
}

function answerFor(index: SignalIndex, s: DocSignal): ReadonlyMap<Table, Column> {
  const f = s.value;
  const candidates = [f, `${f}_id`, f.replace(/_(date|time|on)$/, '_at'), `${f}_at`];
  const find = (t: Table) => {
    const byName = index.columns.get(t)!;
    for (const c of candidates) {
      const column = byName.get(c);
      if (column) return column;
    }
    return undefined;
  };
  const answer = new Map<Table, Column>();
  // tables the line names that have the field, in schema order
  const mentioned = [...namedIn(index, s.text)].sort((a, b) => index.position.get(a)! - index.position.get(b)!);
  for (const t of mentioned) {
    const column = find(t);
    if (column) answer.set(t, column);
  }
  if (answer.size > 0) return answer;
  const only = onlyHolder(index, candidates);
  const column = only && find(only);
  if (only && column) answer.set(only, column);
  return answer;
}

/** Tables a line names: every run of its words looked up among the naming phrases. */
function namedIn(index: SignalIndex, text: string): Set<Table> {
  const w = words(text);
  const out = new Set<Table>(w.length === 0 ? index.namedByNothing : []);
  for (let start = 0; start < w.length; start++) {
    let phrase = '';
    for (let end = start; end < w.length && end - start < index.longest; end++) {
      phrase = end === start ? w[end]! : `${phrase} ${w[end]!}`;
      for (const t of index.named.get(phrase) ?? []) out.add(t);
    }
  }
  return out;
}

/** The one table holding a column of one of `names`, undefined when none or several do. */
function onlyHolder(index: SignalIndex, names: readonly string[]): Table | undefined {
  let only: Table | undefined;
  for (const name of names) {
    for (const t of index.holders.get(name) ?? []) {
      if (only === undefined) only = t;
      else if (only !== t) return undefined;
    }
  }
  return only;
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
