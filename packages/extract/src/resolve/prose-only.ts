import { assertNever, compareSpans, diagnostic, entityKey, type Diagnostic, type Result } from '@schemawright/ir';
import type { EntityFact, Fact } from '../facts.js';

/** Entities a data model must declare before prose stops adding tables of its own. */
export const MIN_MODEL_ENTITIES = 3;

/** Entity keys a fact names (its entity, both ends of a relation, a referenced entity). */
export function namedKeys(f: Fact): string[] {
  switch (f.kind) {
    case 'entity':
      return [entityKey(f.name)];
    case 'attribute':
      return [entityKey(f.entity), ...(f.references ? [entityKey(f.references.entity)] : [])];
    case 'relation':
      return [entityKey(f.a), entityKey(f.b)];
    case 'index':
    case 'primary-key':
      return [entityKey(f.entity)];
    case 'enum':
    case 'signal':
      return [];
    default:
      return assertNever(f, 'fact');
  }
}

/**
 * Structured sources win over prose: when the documents define a data model (ERD, code, tables, lists, notes
 * naming at least `MIN_MODEL_ENTITIES` entities), an entity only prose proposes ("users can choose available
 * slots") is a feature noun, not a table. Its facts are left out, each entity with an info diagnostic; prose
 * facts about the model's own entities stay. Without such a model prose is all there is, and everything stays.
 */
export function dropProseOnlyEntities(facts: readonly Fact[]): Result<Fact[]> {
  const modelKeys = new Set(facts.filter((f) => f.source !== 'prose').flatMap(namedKeys).filter((k) => k !== ''));
  const declared = new Set(facts.filter((f): f is EntityFact => f.kind === 'entity' && f.source !== 'prose').map((f) => entityKey(f.name)));
  if (declared.size < MIN_MODEL_ENTITIES) return { value: [...facts], diagnostics: [] };
  const proseOnly = (f: Fact): boolean => namedKeys(f).some((k) => k !== '' && !modelKeys.has(k));
  const dropped = new Map<string, EntityFact>();
  for (const f of facts) {
    if (f.kind !== 'entity' || !proseOnly(f)) continue;
    const key = entityKey(f.name);
    const seen = dropped.get(key);
    if (!seen || compareSpans(f.span, seen.span) < 0) dropped.set(key, f);
  }
  const diagnostics: Diagnostic[] = [...dropped.values()].map((f) =>
    diagnostic('resolve/prose-only-entity', { name: f.name, count: declared.size }, f.span),
  );
  return { value: facts.filter((f) => !proseOnly(f)), diagnostics };
}
