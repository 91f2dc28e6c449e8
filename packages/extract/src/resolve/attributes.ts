import {
  compareSpans,
  compareStrings,
  diagnostic,
  entityKey,
  snakeCase,
  type Diagnostic,
  type Result,
  type ScalarType,
} from '@schemawright/ir';
import type { AttributeFact, Fact } from '../facts.js';
import { isOptionalByName } from '../infer/optional-names.js';
import { parseRawType } from '../infer/raw-type.js';
import type { ColumnDraft } from './drafts.js';
import { cleanEnumValues } from './enum-values.js';
import { byRank, describeSource, rankOf, stableJson } from './rank.js';

/** How one attribute property is read from a fact, compared and shown in a conflict. */
interface PropertyReader<V> {
  readonly property: string;
  readonly read: (f: AttributeFact) => V | undefined;
  /** Values with the same key agree; a different key is a conflict. */
  readonly key: (v: V) => string;
  /** How a diagnostic shows a value (default: its key). */
  readonly show?: (v: V) => string;
}

/** The type a fact states: a readable `type`, else its `rawType` read by the type-word table. */
export function statedType(f: AttributeFact): ScalarType | undefined {
  if (f.type !== undefined && f.type.kind !== 'unknown') return f.type;
  const raw = f.rawType ?? (f.type?.kind === 'unknown' ? f.type.raw : undefined);
  return raw === undefined ? undefined : parseRawType(raw);
}

/** A written type that the type-word table could not read, if the fact has one. */
export function unreadableType(f: AttributeFact): string | undefined {
  if (statedType(f) !== undefined) return undefined;
  const raw = f.rawType ?? (f.type?.kind === 'unknown' ? f.type.raw : undefined);
  return raw !== undefined && raw.trim() !== '' ? raw.trim() : undefined;
}

// uuid and string agree: Prisma writes a uuid key as `String @default(uuid())`, SQL as `uuid`
const typeKey = (t: ScalarType): string => (t.kind === 'enum' ? `enum:${snakeCase(t.enumName)}` : t.kind === 'uuid' ? 'string' : t.kind);
const boolKey = (v: boolean): string => String(v);

const READERS = {
  type: { property: 'type', read: statedType, key: typeKey, show: (t) => (t.kind === 'enum' ? `enum:${snakeCase(t.enumName)}` : t.kind) } as PropertyReader<ScalarType>,
  nullable: { property: 'nullable', read: (f) => f.nullable, key: boolKey } as PropertyReader<boolean>,
  unique: { property: 'unique', read: (f) => f.unique, key: boolKey } as PropertyReader<boolean>,
  primaryKey: { property: 'primary key', read: (f) => f.primaryKey, key: boolKey } as PropertyReader<boolean>,
  autoUpdate: { property: 'auto update', read: (f) => f.autoUpdate, key: boolKey } as PropertyReader<boolean>,
  default: { property: 'default', read: (f) => f.default, key: stableJson } as PropertyReader<NonNullable<AttributeFact['default']>>,
  references: {
    property: 'foreign key target',
    read: (f) => f.references,
    key: (r) => entityKey(r.entity),
  } as PropertyReader<NonNullable<AttributeFact['references']>>,
  enumValues: {
    property: 'values',
    read: (f) => (f.enumValues && cleanEnumValues(f.enumValues).length > 0 ? cleanEnumValues(f.enumValues) : undefined),
    key: (v) => v.join('|').toLowerCase(),
    show: (v) => v.join('|'),
  } as PropertyReader<string[]>,
  enumName: { property: 'enum name', read: (f) => (f.enumName && snakeCase(f.enumName) !== '' ? f.enumName : undefined), key: snakeCase } as PropertyReader<string>,
} as const;

/**
 * Picks a property from the best-ranked fact that states it (`ranked` is best first). Every other fact
 * stating a different value yields one `resolve/conflict` per distinct value, winner span first.
 */
export function mergeProperty<V>(ranked: readonly AttributeFact[], reader: PropertyReader<V>, what: string): Result<{ value: V; fact: AttributeFact } | undefined> {
  const stating = ranked.flatMap((f) => {
    const v = reader.read(f);
    return v === undefined ? [] : [{ value: v, fact: f }];
  });
  const win = stating[0];
  if (!win) return { value: undefined, diagnostics: [] };
  const seen = new Set([reader.key(win.value)]);
  const show = reader.show ?? reader.key;
  const diagnostics: Diagnostic[] = [];
  for (const lose of stating.slice(1)) {
    const k = reader.key(lose.value);
    if (seen.has(k)) continue;
    seen.add(k);
    diagnostics.push(
      diagnostic(
        'resolve/conflict',
        {
          what: `${what} ${reader.property}`,
          winner: show(win.value),
          winnerSource: describeSource(win.fact.source, win.fact.span),
          loser: show(lose.value),
          loserSource: describeSource(lose.fact.source, lose.fact.span),
        },
        win.fact.span,
        [lose.fact.span],
      ),
    );
  }
  return { value: win, diagnostics };
}

/** A string without a length picks up the length a lower-ranked fact of the same kind gave (`varchar(80)`). */
function refineType(t: ScalarType, ranked: readonly AttributeFact[]): ScalarType {
  if (t.kind !== 'string' || t.maxLength !== undefined) return t;
  for (const f of ranked) {
    const s = statedType(f);
    if (s?.kind === 'string' && s.maxLength !== undefined) return s;
  }
  return t;
}

/** Merges the facts about one column, property by property. `what` names it in diagnostics (`tasks.title`). */
export function mergeColumn(facts: readonly AttributeFact[], what: string): Result<ColumnDraft> {
  const ranked = byRank(facts);
  const winner = ranked[0]!;
  const diagnostics: Diagnostic[] = [];
  const pick = <V>(reader: PropertyReader<V>): { value: V; fact: AttributeFact } | undefined => {
    const r = mergeProperty(ranked, reader, what);
    diagnostics.push(...r.diagnostics);
    return r.value;
  };
  const type = pick(READERS.type);
  const nullable = pick(READERS.nullable);
  const unique = pick(READERS.unique);
  const primaryKey = pick(READERS.primaryKey);
  const autoUpdate = pick(READERS.autoUpdate);
  const dflt = pick(READERS.default);
  const references = pick(READERS.references);
  const enumValues = pick(READERS.enumValues);
  const enumName = pick(READERS.enumName);
  const unknownRaw = type ? undefined : ranked.map(unreadableType).find((t) => t !== undefined);
  const description = ranked.find((f) => f.description !== undefined && f.description.trim() !== '')?.description?.trim();
  return {
    value: {
      name: snakeCase(winner.name),
      label: winner.name.trim(),
      firstSpan: [...facts].map((f) => f.span).sort(compareSpans)[0]!,
      ...(type ? { type: refineType(type.value, ranked) } : {}),
      ...(unknownRaw !== undefined ? { unknownRawType: unknownRaw } : {}),
      // a source silent on null-ness: an event that may not have happened yet (`deleted_at`) is nullable
      nullable: nullable?.value ?? isOptionalByName(snakeCase(winner.name)),
      ...(nullable ? { nullableRank: rankOf(nullable.fact.source) } : {}),
      unique: unique?.value ?? false,
      primaryKey: primaryKey?.value ?? false,
      autoUpdate: autoUpdate?.value ?? false,
      ...(dflt ? { default: dflt.value } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(references ? { references: references.value } : {}),
      ...(enumValues
        ? { enumValues: enumValues.value, enumOrigin: { span: enumValues.fact.span, rank: rankOf(enumValues.fact.source), source: enumValues.fact.source } }
        : {}),
      ...(enumName ? { enumName: enumName.value } : {}),
      rank: rankOf(winner.source),
      source: winner.source,
      origin: winner.span,
      rule: winner.rule,
      confidence: winner.confidence,
    },
    diagnostics,
  };
}

/**
 * Groups attribute facts by (entity key, snake_case name) and merges each group. Columns come back per
 * entity key in order of first mention (span, then name).
 */
export function mergeAttributes(facts: readonly Fact[], tableNames: ReadonlyMap<string, string>): Result<Map<string, ColumnDraft[]>> {
  const groups = new Map<string, Map<string, AttributeFact[]>>();
  for (const f of facts) {
    if (f.kind !== 'attribute') continue;
    const key = entityKey(f.entity);
    const col = snakeCase(f.name);
    if (col === '' || !tableNames.has(key)) continue;
    const byColumn = groups.get(key) ?? new Map<string, AttributeFact[]>();
    byColumn.set(col, [...(byColumn.get(col) ?? []), f]);
    groups.set(key, byColumn);
  }
  const diagnostics: Diagnostic[] = [];
  const out = new Map<string, ColumnDraft[]>();
  for (const key of [...groups.keys()].sort(compareStrings)) {
    const columns: ColumnDraft[] = [];
    for (const [col, list] of [...groups.get(key)!.entries()].sort((a, b) => compareStrings(a[0], b[0]))) {
      const r = mergeColumn(list, `${tableNames.get(key)!}.${col}`);
      diagnostics.push(...r.diagnostics);
      columns.push(r.value);
    }
    out.set(key, columns.sort((a, b) => compareSpans(a.firstSpan, b.firstSpan) || compareStrings(a.name, b.name)));
  }
  return { value: out, diagnostics };
}
