import type { Diagnostic, Result } from '@schemawright/ir';
import type { Fact } from '../facts.js';
import { mergeAttributes } from './attributes.js';
import type { TableDraft } from './drafts.js';
import type { EntityDraft } from './entities.js';

/** Table drafts for the entities, with their merged columns in order of first mention. */
export function tableDrafts(facts: readonly Fact[], entities: readonly EntityDraft[]): Result<Map<string, TableDraft>> {
  const names = new Map(entities.map((e) => [e.key, e.tableName]));
  const columns = mergeAttributes(facts, names);
  const diagnostics: Diagnostic[] = [...columns.diagnostics];
  const out = new Map<string, TableDraft>();
  for (const e of entities) {
    const t: TableDraft = {
      key: e.key,
      name: e.tableName,
      label: e.label,
      role: 'entity',
      columns: columns.value.get(e.key) ?? [],
      primaryKey: [],
      uniques: [],
      indexes: [],
      origin: e.origin,
      rule: e.rule,
      confidence: e.confidence,
    };
    out.set(e.key, e.purpose === undefined ? t : { ...t, purpose: e.purpose });
  }
  return { value: out, diagnostics };
}
