import { compareSpans, compareStrings, diagnostic, type Diagnostic, type ReferentialAction, type Result, type Span } from '@schemawright/ir';
import type { TableMap } from './drafts.js';
import { roleColumnNames } from './fk-columns.js';
import { labelGroupKey } from './labels.js';
import { describeSource, stableJson } from './rank.js';
import type { EndStatement, RelationCandidate, Side } from './relation-candidates.js';

/** Every statement about one relation, merged. Ends, holder and columns come from the best statement giving them. */
export interface MergedRelation {
  readonly p: string;
  readonly q: string;
  /** Best first: the first is the winner whose span, rule and confidence the relation carries. */
  readonly members: readonly RelationCandidate[];
  readonly pEnd?: EndStatement;
  readonly qEnd?: EndStatement;
  readonly holder?: Side;
  readonly fkColumns?: readonly string[];
  readonly refColumns?: readonly string[];
  readonly bSide: Side;
  readonly label?: string;
  readonly onDelete?: ReferentialAction;
  readonly identifying: boolean;
}

const VIA_ORDER = { fact: 0, reference: 1, 'id-column': 2 } as const;

/** Best statement first: rank, then stated over inferred, then span; total so input order never matters. */
export function compareCandidates(a: RelationCandidate, b: RelationCandidate): number {
  return b.rank - a.rank || VIA_ORDER[a.via] - VIA_ORDER[b.via] || compareSpans(a.span, b.span) || compareStrings(stableJson(a), stableJson(b));
}

/** Stated ends beat implied ones, then rank, then span. */
const compareEnds = (a: EndStatement, b: EndStatement): number =>
  Number(a.implied) - Number(b.implied) || b.rank - a.rank || compareSpans(a.span, b.span);

const endKey = (e: EndStatement): string => `${e.optional ? 'zero or ' : ''}${e.cardinality}`;

/** The best statement of one end, with a conflict for each stated end that says otherwise. */
function mergeEnd(ends: readonly EndStatement[], what: string): Result<EndStatement | undefined> {
  const sorted = [...ends].sort(compareEnds);
  const win = sorted[0];
  if (!win) return { value: undefined, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set([endKey(win)]);
  for (const e of sorted.slice(1)) {
    if (e.implied || seen.has(endKey(e))) continue;
    seen.add(endKey(e));
    const from = (x: EndStatement): string => describeSource(x.source ?? 'column', x.span);
    const args = { what, winner: endKey(win), winnerSource: from(win), loser: endKey(e), loserSource: from(e) };
    diagnostics.push(diagnostic('resolve/conflict', args, win.span, [e.span]));
  }
  return { value: win, diagnostics };
}

/** Merges statements about one relation. Two or more RelationFacts earn a `resolve/duplicate-relation`. */
export function mergeCandidates(list: readonly RelationCandidate[], labels: { p: string; q: string }): Result<MergedRelation> {
  const members = [...list].sort(compareCandidates);
  const win = members[0]!;
  const diagnostics: Diagnostic[] = [];
  const pEnd = mergeEnd(members.flatMap((m) => (m.pEnd ? [m.pEnd] : [])), `cardinality of ${labels.p} in ${labels.p} – ${labels.q}`);
  const qEnd = mergeEnd(members.flatMap((m) => (m.qEnd ? [m.qEnd] : [])), `cardinality of ${labels.q} in ${labels.p} – ${labels.q}`);
  diagnostics.push(...pEnd.diagnostics, ...qEnd.diagnostics);
  const withFk = members.find((m) => m.fkColumns !== undefined);
  const holder = withFk?.holder ?? members.find((m) => m.holder !== undefined)?.holder;
  const label = members.find((m) => m.label !== undefined)?.label;
  const onDelete = members.find((m) => m.onDelete !== undefined)?.onDelete;
  const merged: MergedRelation = {
    p: win.p,
    q: win.q,
    members,
    bSide: win.bSide,
    identifying: members.find((m) => m.identifying !== undefined)?.identifying ?? false,
    ...(pEnd.value ? { pEnd: pEnd.value } : {}),
    ...(qEnd.value ? { qEnd: qEnd.value } : {}),
    ...(holder ? { holder } : {}),
    ...(withFk?.fkColumns ? { fkColumns: withFk.fkColumns } : {}),
    ...(withFk?.refColumns ? { refColumns: withFk.refColumns } : {}),
    ...(label !== undefined ? { label } : {}),
    ...(onDelete ? { onDelete } : {}),
  };
  // a column's stated target repeats the relation line it belongs to: only two relation statements are a duplicate
  const explicit = members.filter((m) => m.via === 'fact');
  if (explicit.length > 1) {
    const related: Span[] = explicit.slice(1).map((m) => m.span);
    diagnostics.push(diagnostic('resolve/duplicate-relation', { a: labels.p, b: labels.q }, explicit[0]!.span, related));
  }
  return { value: merged, diagnostics };
}

/** The side a relation without FK columns puts its key on, `mn` for many-to-many, undefined when open (1-1). */
export function impliedHolder(m: Pick<MergedRelation, 'pEnd' | 'qEnd' | 'holder'>): Side | 'mn' | undefined {
  const p = m.pEnd?.cardinality;
  const q = m.qEnd?.cardinality;
  if (p === 'many' && q === 'many') return 'mn';
  if (m.holder) return m.holder;
  if (p === 'many' || q === 'one') return 'p';
  if (q === 'many' || p === 'one') return 'q';
  return undefined;
}

/** A working group: statements that will become one relation. */
interface Group {
  readonly members: RelationCandidate[];
  readonly fk?: { holder: Side; columns: readonly string[] };
  readonly label: string;
  /** Tie-break when two groups start at the same span. */
  readonly sortKey: string;
  partnered: boolean;
}

const firstSpan = (g: Group): Span => g.members.map((m) => m.span).sort(compareSpans)[0]!;
const compareGroups = (a: Group, b: Group): number => compareSpans(firstSpan(a), firstSpan(b)) || compareStrings(a.sortKey, b.sortKey);

/** Statements without FK columns may join a group with columns when the key direction agrees. */
function compatible(plain: Group, fkGroup: Group, labels: { p: string; q: string }): boolean {
  const probe = mergeCandidates(plain.members, labels).value;
  const h = impliedHolder({ ...(probe.pEnd ? { pEnd: probe.pEnd } : {}), ...(probe.qEnd ? { qEnd: probe.qEnd } : {}), ...(probe.holder ? { holder: probe.holder } : {}) });
  return h !== 'mn' && (h === undefined || h === fkGroup.fk!.holder);
}

/** True when the plain group's label names the FK group's column (`owns` → `owner_id`). */
function roleMatches(plain: Group, fkGroup: Group, p: string, q: string, tables: TableMap): boolean {
  const fk = fkGroup.fk!;
  if (fk.columns.length !== 1) return false;
  const target = fk.holder === 'p' ? q : p;
  const pk = tables.get(target)?.primaryKey;
  if (!pk || pk.length !== 1) return false;
  const label = plain.members.find((m) => m.label !== undefined)?.label;
  return roleColumnNames(label, target, pk[0]!, p === q).includes(fk.columns[0]!);
}

/**
 * Splits the statements about one pair into relations. Statements with FK columns group by columns;
 * the rest group by label and then join a column group: first by role (`owns` ↔ `owner_id`), then labelled
 * ones in document order, then unlabelled ones join the first group they fit. What is left stands alone.
 */
export function groupPair(cands: readonly RelationCandidate[], tables: TableMap, labels: { p: string; q: string }): Group[] {
  const fkGroups = new Map<string, Group>();
  const plainGroups = new Map<string, Group>();
  for (const c of cands) {
    if (c.fkColumns !== undefined && c.holder !== undefined) {
      const key = `${c.holder}|${c.fkColumns.join(',')}`;
      const g = fkGroups.get(key) ?? { members: [], fk: { holder: c.holder, columns: c.fkColumns }, label: '', sortKey: `fk ${key}`, partnered: false };
      g.members.push(c);
      fkGroups.set(key, g);
    } else {
      const key = labelGroupKey(c.label);
      const g = plainGroups.get(key) ?? { members: [], label: key, sortKey: `label ${key}`, partnered: false };
      g.members.push(c);
      plainGroups.set(key, g);
    }
  }
  const fk = [...fkGroups.values()].sort(compareGroups);
  const labelled = [...plainGroups.values()].filter((g) => g.label !== '').sort(compareGroups);
  const unlabelled = plainGroups.get('');
  const standalone: Group[] = [];
  const p = cands[0]!.p;
  const q = cands[0]!.q;
  const join = (plain: Group, target: Group): void => {
    target.members.push(...plain.members);
    target.partnered = true;
  };
  const open = (plain: Group): Group | undefined => fk.find((g) => !g.partnered && compatible(plain, g, labels));
  const rest: Group[] = [];
  for (const g of labelled) {
    const byRole = fk.find((f) => !f.partnered && roleMatches(g, f, p, q, tables) && compatible(g, f, labels));
    if (byRole) join(g, byRole);
    else rest.push(g);
  }
  for (const g of rest) {
    const target = open(g);
    if (target) join(g, target);
    else standalone.push(g);
  }
  if (unlabelled) {
    const target = [...fk, ...standalone].sort(compareGroups).find((g) => (g.fk ? compatible(unlabelled, g, labels) : !isManyMany(g, labels) === !isManyMany(unlabelled, labels)));
    if (target) join(unlabelled, target);
    else standalone.push(unlabelled);
  }
  // A structured source relating the pair states the links between it: prose there is a reading of one of
  // those links (its disagreements lose visibly), never a second relation of its own
  const exact = [...fk, ...standalone].sort(compareGroups).find((g) => g.members.some((m) => m.source !== 'prose'));
  const kept = exact ? standalone.filter((g) => g === exact || !g.members.every((m) => m.source === 'prose')) : standalone;
  if (exact) for (const g of standalone) if (!kept.includes(g)) join(g, exact);
  return [...fk, ...kept].sort(compareGroups);
}

function isManyMany(g: Group, labels: { p: string; q: string }): boolean {
  return impliedHolder(mergeCandidates(g.members, labels).value) === 'mn';
}

/** Groups all candidates by pair, then into relations, then merges each. Pairs in key order. */
export function groupRelations(cands: readonly RelationCandidate[], tables: TableMap): Result<MergedRelation[]> {
  const byPair = new Map<string, RelationCandidate[]>();
  for (const c of cands) {
    const key = `${c.p}\u0000${c.q}`;
    byPair.set(key, [...(byPair.get(key) ?? []), c]);
  }
  const diagnostics: Diagnostic[] = [];
  const out: MergedRelation[] = [];
  for (const key of [...byPair.keys()].sort(compareStrings)) {
    const list = byPair.get(key)!;
    const labels = { p: tables.get(list[0]!.p)!.label, q: tables.get(list[0]!.q)!.label };
    for (const g of groupPair(list, tables, labels)) {
      const r = mergeCandidates(g.members, labels);
      diagnostics.push(...r.diagnostics);
      out.push(r.value);
    }
  }
  return { value: out, diagnostics };
}
