import { entityKey, words } from '@schemawright/ir';
import type { EndFact } from '../../facts.js';
import { labelNamesColumn } from './label-match.js';

/** Last words that make a column name a reference (`owner_id`, `ownerId`, `customer_uuid`). Data, not code. */
export const FK_SUFFIXES: ReadonlySet<string> = new Set(['id', 'uuid', 'fk']);

/** An attribute as the foreign-key choice sees it. */
export interface FkColumn {
  readonly name: string;
  readonly fk: boolean;
  readonly pk: boolean;
}

/** An entity of the diagram: its id, the keys it matches by (id and display name) and its attributes. */
export interface FkEntity {
  readonly keys: readonly string[];
  readonly columns: readonly FkColumn[];
}

/** A relationship as the choice sees it; `a`/`b` are entity ids. */
export interface FkRelation {
  readonly a: string;
  readonly b: string;
  readonly aEnd: EndFact;
  readonly bEnd: EndFact;
  readonly label: string;
}

/** The outcome for one relation: the holding end, its column, or the columns it could not choose between. */
export interface FkChoice {
  readonly fkOn?: 'a' | 'b';
  readonly column?: string;
  readonly ambiguous?: readonly string[];
}

interface Candidate {
  readonly name: string;
  /** The column name without its `_id` suffix, as written. */
  readonly stem: string;
  readonly stemKey: string;
}

/** Columns that can hold a foreign key: marked FK, or named `<x>_id` / `<x>Id` without being only a PK. */
function candidates(entity: FkEntity | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const c of entity?.columns ?? []) {
    const w = words(c.name);
    const suffixed = w.length >= 2 && FK_SUFFIXES.has(w[w.length - 1]!);
    if (!c.fk && (!suffixed || c.pk)) continue;
    const stem = suffixed ? w.slice(0, -1).join('_') : w.join('_');
    if (stem === '') continue;
    out.push({ name: c.name, stem, stemKey: entityKey(stem) });
  }
  return out;
}

/** Which end holds the foreign key: the many end of a 1-N; for a 1-1 the end whose columns name the other. */
function holderOf(r: FkRelation, entities: ReadonlyMap<string, FkEntity>): 'a' | 'b' | undefined {
  const aMany = r.aEnd.cardinality === 'many';
  const bMany = r.bEnd.cardinality === 'many';
  if (aMany !== bMany) return aMany ? 'a' : 'b';
  if (aMany) return undefined;
  const aCols = candidates(entities.get(r.a));
  if (r.a === r.b) return aCols.length > 0 ? 'b' : undefined;
  const bCols = candidates(entities.get(r.b));
  const names = (cols: Candidate[], other: string) => cols.some((c) => entities.get(other)?.keys.includes(c.stemKey));
  const byName = [names(aCols, r.b), names(bCols, r.a)];
  if (byName[0] !== byName[1]) return byName[0] ? 'a' : 'b';
  const byLabel = [aCols.some((c) => labelNamesColumn(r.label, c.stem)), bCols.some((c) => labelNamesColumn(r.label, c.stem))];
  if (byLabel[0] !== byLabel[1]) return byLabel[0] ? 'a' : 'b';
  return undefined;
}

/**
 * Chooses the foreign-key column of every relation from the attributes the diagram shows, per holding entity:
 * (1) a single column named after the single target (`project_id` → PROJECT); (2) a column the label names
 * (`owns` → `owner_id`); (3) what is left, in order, when the counts line up — same-target columns to that
 * target's relations, then columns named after no entity (`assignee_id`) to the remaining relations when they
 * all point to one target. A relation left with several possible columns is reported as ambiguous.
 */
export function chooseForeignKeys(relations: readonly FkRelation[], entities: ReadonlyMap<string, FkEntity>): FkChoice[] {
  const holders = relations.map((r) => holderOf(r, entities));
  const chosen = new Map<number, string>();
  const ambiguous = new Map<number, string[]>();
  const allKeys = new Set([...entities.values()].flatMap((e) => e.keys));
  const holderIds = [...new Set(relations.map((r, i) => (holders[i] === 'a' ? r.a : holders[i] === 'b' ? r.b : '')))].filter((h) => h !== '');
  for (const holder of holderIds) {
    const rels = relations
      .map((r, i) => ({ i, target: holders[i] === 'a' ? r.b : r.a, label: r.label, held: holders[i] === 'a' ? r.a : holders[i] === 'b' ? r.b : '' }))
      .filter((r) => r.held === holder);
    const cols = candidates(entities.get(holder));
    const used = new Set<string>();
    const open = () => rels.filter((r) => !chosen.has(r.i));
    const assign = (i: number, c: Candidate) => {
      chosen.set(i, c.name);
      used.add(c.name);
    };
    const named = (target: string) => cols.filter((c) => !used.has(c.name) && (entities.get(target)?.keys.includes(c.stemKey) ?? false));
    const leftover = () => cols.filter((c) => !used.has(c.name) && !allKeys.has(c.stemKey));
    const eligible = (target: string) => [...named(target), ...leftover()];
    const targets = [...new Set(rels.map((r) => r.target))];
    // (1) one relation to a target, one column named after it.
    for (const t of targets) {
      const group = open().filter((r) => r.target === t);
      const cs = named(t);
      if (group.length === 1 && cs.length === 1) assign(group[0]!.i, cs[0]!);
    }
    // (2) the label names exactly one eligible column, and that column fits no other open relation's label.
    for (const r of open()) {
      const hits = eligible(r.target).filter((c) => labelNamesColumn(r.label, c.stem));
      if (hits.length !== 1) continue;
      const rivals = open().filter((o) => o.i !== r.i && eligible(o.target).includes(hits[0]!) && labelNamesColumn(o.label, hits[0]!.stem));
      if (rivals.length === 0) assign(r.i, hits[0]!);
    }
    // (3a) same count of open relations and named columns per target: in order.
    for (const t of targets) {
      const group = open().filter((r) => r.target === t);
      const cs = named(t);
      if (group.length > 0 && group.length === cs.length) group.forEach((r, k) => assign(r.i, cs[k]!));
    }
    // (3b) columns named after no entity, to the open relations when they all point to one target.
    const rest = open();
    const free = leftover();
    if (rest.length > 0 && rest.length === free.length && new Set(rest.map((r) => r.target)).size === 1) rest.forEach((r, k) => assign(r.i, free[k]!));
    for (const r of open()) {
      const could = eligible(r.target);
      if (could.length > 0) ambiguous.set(r.i, could.map((c) => c.name));
    }
  }
  return relations.map((_, i) => {
    const fkOn = holders[i];
    const column = chosen.get(i);
    const unsure = ambiguous.get(i);
    if (fkOn === undefined || (column === undefined && unsure === undefined)) return {};
    return column !== undefined ? { fkOn, column } : { fkOn, ambiguous: unsure! };
  });
}

/**
 * The entity a column is named after (`user_id` → USER), when exactly one entity of the diagram fits; used
 * for FK-marked columns no relationship line claims.
 */
export function namedTarget(column: string, holder: string, entities: ReadonlyMap<string, FkEntity>): string | undefined {
  const [c] = candidates({ keys: [], columns: [{ name: column, fk: true, pk: false }] });
  if (!c) return undefined;
  const fits = [...entities.entries()].filter(([id, e]) => e.keys.includes(c.stemKey) && (id !== holder || entities.size === 1));
  return fits.length === 1 ? fits[0]![0] : undefined;
}
