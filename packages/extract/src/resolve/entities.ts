import { compareStrings, entityKey, snakeCase, tableNameOf, type Span } from '@schemawright/ir';
import type { AttributeFact, EntityFact, Fact } from '../facts.js';
import { byRank } from './rank.js';

/** One entity after merging every fact that names it. */
export interface EntityDraft {
  readonly key: string;
  readonly tableName: string;
  readonly label: string;
  readonly purpose?: string;
  readonly origin: Span;
  readonly rule: string;
  readonly confidence: number;
}

/**
 * An attribute of an entity no fact declares declares that entity, with the attribute's own source:
 * a field table under a heading the entity collector missed still yields the table.
 */
export function impliedEntityFacts(facts: readonly Fact[]): EntityFact[] {
  const declared = new Set(facts.filter((f): f is EntityFact => f.kind === 'entity').map((f) => entityKey(f.name)));
  return facts
    .filter((f): f is AttributeFact => f.kind === 'attribute' && !declared.has(entityKey(f.entity)))
    .map((f) => ({ kind: 'entity', name: f.entity, span: f.span, rule: f.rule, source: f.source, confidence: f.confidence }));
}

/** Merges the facts of one entity: each property from the highest-ranked fact that states it. */
export function mergeEntity(key: string, facts: readonly EntityFact[]): EntityDraft {
  const ranked = byRank(facts);
  const winner = ranked[0]!;
  const withTable = ranked.find((f) => f.tableName !== undefined && snakeCase(f.tableName) !== '');
  const purpose = ranked.find((f) => f.purpose !== undefined && f.purpose.trim() !== '')?.purpose?.trim();
  const draft: EntityDraft = {
    key,
    tableName: withTable ? snakeCase(withTable.tableName!) : tableNameOf(winner.name),
    label: winner.name.trim(),
    origin: winner.span,
    rule: winner.rule,
    confidence: winner.confidence,
  };
  return purpose === undefined ? draft : { ...draft, purpose };
}

/**
 * Groups entity facts (declared and implied) by `entityKey(name)` and merges each group. Sorted by key;
 * a table name two entities would share gets a numeric suffix on the later key so names stay unique.
 */
export function resolveEntities(facts: readonly Fact[]): EntityDraft[] {
  const groups = new Map<string, EntityFact[]>();
  for (const f of [...facts.filter((x): x is EntityFact => x.kind === 'entity'), ...impliedEntityFacts(facts)]) {
    const key = entityKey(f.name);
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const taken = new Set<string>();
  const out: EntityDraft[] = [];
  for (const key of [...groups.keys()].sort(compareStrings)) {
    const e = mergeEntity(key, groups.get(key)!);
    let name = e.tableName;
    for (let n = 2; taken.has(name); n++) name = `${e.tableName}_${n}`;
    taken.add(name);
    out.push(name === e.tableName ? e : { ...e, tableName: name });
  }
  return out;
}
