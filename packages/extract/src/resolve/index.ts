import { diagnostic, entityKey, schema, type Diagnostic, type Result, type Schema } from '@schemawright/ir';
import { chooseDatabase } from '../design/database.js';
import type { Fact, IndexFact, PrimaryKeyFact, SignalFact } from '../facts.js';
import { buildTable } from './build.js';
import { DEFAULT_MIN_CONFIDENCE, dropLowConfidence } from './confidence.js';
import { addKeyDefault, addTimestamps } from './defaults.js';
import type { TableDraft } from './drafts.js';
import { resolveEntities } from './entities.js';
import { resolveEnums } from './enums.js';
import { addForeignKeyIndexes, applyIndexFacts } from './indexes.js';
import { resolvePrimaryKey } from './keys.js';
import { lowerAllManyToMany } from './many-to-many.js';
import { relationCandidates } from './relation-candidates.js';
import { groupRelations } from './relation-groups.js';
import { lowerRelations } from './relations.js';
import { dropProseOnExactTables } from './exact-tables.js';
import { dropProseOnlyEntities } from './prose-only.js';
import { unifyTableNames } from './table-aliases.js';
import { tableDrafts } from './tables.js';
import { resolveTableTypes } from './types.js';
import { externalIdsAsText, unlinkedIdColumns } from './unlinked.js';

/** Options of the resolve stage. */
export interface ResolveOptions {
  /** Product name, for `Schema.name`. */
  readonly name: string;
  /** Facts below this confidence are dropped (with an info diagnostic). Default 0.5. */
  readonly minConfidence?: number;
}

/** Applies `step` to every table, collecting diagnostics. */
function eachTable(tables: ReadonlyMap<string, TableDraft>, step: (t: TableDraft) => Result<TableDraft>, into: Diagnostic[]): Map<string, TableDraft> {
  const out = new Map<string, TableDraft>();
  for (const [key, t] of tables) {
    const r = step(t);
    into.push(...r.diagnostics);
    out.set(key, r.value);
  }
  return out;
}

/** Facts of one kind about one entity key. */
function factsFor<F extends IndexFact | PrimaryKeyFact>(facts: readonly Fact[], kind: F['kind'], key: string): F[] {
  return factsByEntity(facts, kind).get(key) ?? [];
}

// Grouped once per fact list and kind: asking per table by filtering every fact was quadratic.
const groupedFacts = new WeakMap<readonly Fact[], Map<string, Map<string, Fact[]>>>();

function factsByEntity<F extends IndexFact | PrimaryKeyFact>(facts: readonly Fact[], kind: F['kind']): Map<string, F[]> {
  let byKind = groupedFacts.get(facts);
  if (!byKind) groupedFacts.set(facts, (byKind = new Map()));
  let byEntity = byKind.get(kind);
  if (!byEntity) {
    byEntity = new Map();
    for (const f of facts) {
      if (f.kind !== kind) continue;
      const key = entityKey((f as F).entity);
      const list = byEntity.get(key);
      if (list) list.push(f);
      else byEntity.set(key, [f]);
    }
    byKind.set(kind, byEntity);
  }
  return byEntity as Map<string, F[]>;
}

/**
 * Facts → Schema: names, merging, relation linking, M-N lowering, type inference, defaults. Pure; the
 * result does not depend on the order of `facts` (every choice breaks ties by rank, then span). The
 * caller applies the canonical order.
 */
export function resolveSchema(facts: readonly Fact[], options: ResolveOptions): Result<Schema> {
  const diagnostics: Diagnostic[] = [];
  const take = <T>(r: Result<T>): T => {
    diagnostics.push(...r.diagnostics);
    return r.value;
  };
  // the database choice weighs every signal itself: weak mentions ("X or Y") and comparisons count there
  const database = take(chooseDatabase(facts.filter((f): f is SignalFact => f.kind === 'signal')));
  const confident = unifyTableNames(take(dropLowConfidence(facts, options.minConfidence ?? DEFAULT_MIN_CONFIDENCE)));
  const kept = dropProseOnExactTables(take(dropProseOnlyEntities(confident)));
  const entities = resolveEntities(kept);
  if (entities.length === 0) {
    diagnostics.push(diagnostic('resolve/empty-schema'));
    return { value: schema({ name: options.name, tables: [], relations: [], enums: [], database }), diagnostics };
  }
  let tables = take(tableDrafts(kept, entities));
  const enums = take(resolveEnums(kept, tables));
  tables = enums.tables;
  const unkeyed = tables;
  tables = eachTable(tables, (t) => resolvePrimaryKey(t, factsFor<PrimaryKeyFact>(kept, 'primary-key', t.key), unkeyed), diagnostics);
  tables = eachTable(tables, (t) => ({ value: applyIndexFacts(t, factsFor<IndexFact>(kept, 'index', t.key)), diagnostics: [] }), diagnostics);
  const enumNames = new Set(enums.enums.map((e) => e.name));
  tables = eachTable(tables, (t) => resolveTableTypes(t, enumNames), diagnostics);
  const candidates = take(relationCandidates(kept, tables));
  const merged = take(groupRelations(candidates, tables));
  const lowered = take(lowerRelations(merged, tables));
  const junctions = take(lowerAllManyToMany(lowered.manyToMany, lowered.tables, lowered.relations));
  const relations = junctions.relations;
  diagnostics.push(...unlinkedIdColumns(junctions.tables, relations));
  // index facts again: those naming timestamp columns only apply now that the timestamps exist
  const finish = (t: TableDraft): TableDraft =>
    addForeignKeyIndexes(applyIndexFacts(addTimestamps(addKeyDefault(t, relations)), factsFor<IndexFact>(kept, 'index', t.key)), relations);
  tables = eachTable(externalIdsAsText(junctions.tables, relations), (t) => ({ value: finish(t), diagnostics: [] }), diagnostics);
  return {
    value: schema({ name: options.name, tables: [...tables.values()].map(buildTable), relations, enums: enums.enums, database }),
    diagnostics,
  };
}
