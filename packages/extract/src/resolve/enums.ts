import {
  compareSpans,
  compareStrings,
  diagnostic,
  entityKey,
  enumType,
  snakeCase,
  type DefaultValue,
  type Diagnostic,
  type Enum,
  type Result,
  type Span,
} from '@schemawright/ir';
import type { EnumFact, Fact } from '../facts.js';
import type { ColumnDraft, TableDraft, TableMap } from './drafts.js';
import { cleanEnumValues } from './enum-values.js';
import { describeSource, rankOf } from './rank.js';

/** One statement of an enum's values: an EnumFact or a column with a closed value list. */
interface EnumStatement {
  readonly name: string;
  readonly values: readonly string[];
  readonly origin: Span;
  readonly rule: string;
  readonly confidence: number;
  readonly rank: number;
  readonly source: string;
}

/** The enum name of a column: the stated one, else `<singular table>_<column>` (`task_status`). */
export function enumNameFor(table: TableDraft, column: ColumnDraft): string {
  const stated = column.enumName ?? (column.type?.kind === 'enum' ? column.type.enumName : undefined);
  if (stated !== undefined && snakeCase(stated) !== '') return snakeCase(stated);
  const singular = entityKey(table.name);
  return column.name.startsWith(`${singular}_`) ? column.name : `${singular}_${column.name}`;
}

/** True when a column's values make it an enum: a closed list and no stated type that contradicts it. */
export function hasEnumValues(c: ColumnDraft): boolean {
  const t = c.type?.kind;
  return c.enumValues !== undefined && c.enumValues.length > 0 && (t === undefined || t === 'string' || t === 'text' || t === 'enum');
}

/** Best first: higher rank, then earlier span. */
const compareStatements = (a: EnumStatement, b: EnumStatement): number =>
  b.rank - a.rank || compareSpans(a.origin, b.origin) || compareStrings(a.values.join('|'), b.values.join('|'));

/**
 * Merges statements of one enum name. Identical value lists merge silently; a different list loses to the
 * higher-ranked one with a `resolve/conflict`.
 */
export function mergeEnumStatements(name: string, statements: readonly EnumStatement[]): Result<Enum> {
  const [win, ...rest] = [...statements].sort(compareStatements);
  const diagnostics: Diagnostic[] = [];
  // lists that differ only in letter case are one list: `LOW, HIGH` in Prisma, `low, high` in a CHECK
  const listKey = (values: readonly string[]): string => values.join('|').toLowerCase();
  const seen = new Set([listKey(win!.values)]);
  for (const s of rest) {
    const k = listKey(s.values);
    if (seen.has(k)) continue;
    seen.add(k);
    diagnostics.push(
      diagnostic(
        'resolve/conflict',
        { what: `enum ${name} values`, winner: win!.values.join(', '), winnerSource: describeSource(win!.source, win!.origin), loser: s.values.join(', '), loserSource: describeSource(s.source, s.origin) },
        win!.origin,
        [s.origin],
      ),
    );
  }
  const e = enumType({ name, values: win!.values.map((v) => ({ name: v, label: v })), origin: win!.origin, rule: win!.rule, confidence: win!.confidence });
  return { value: e, diagnostics };
}

/** A default that fits an enum column: a listed value becomes an enum default; anything else is dropped. */
export function enumDefault(d: DefaultValue | undefined, values: readonly string[]): DefaultValue | undefined {
  if (d === undefined) return undefined;
  if ((d.kind === 'string' || d.kind === 'enum') && values.includes(d.value.trim())) return { kind: 'enum', value: d.value.trim() };
  return undefined;
}

/** The enum name a column uses, or undefined when the column is not an enum column. */
function columnEnumName(t: TableDraft, c: ColumnDraft, stated: ReadonlySet<string>): string | undefined {
  if (hasEnumValues(c)) return enumNameFor(t, c);
  const named = c.type?.kind === 'enum' ? c.type.enumName : c.enumName ?? c.unknownRawType;
  return named !== undefined && stated.has(snakeCase(named)) ? snakeCase(named) : undefined;
}

/**
 * Enums from EnumFacts and from columns with closed value lists, and enum column types. An enum whose name
 * would clash with a table's model name is renamed with a `_type` suffix (`resolve/reserved-name`).
 */
export function resolveEnums(facts: readonly Fact[], tables: TableMap): Result<{ enums: Enum[]; tables: Map<string, TableDraft> }> {
  const statements = new Map<string, EnumStatement[]>();
  const add = (s: EnumStatement): void => void statements.set(s.name, [...(statements.get(s.name) ?? []), s]);
  for (const f of facts.filter((x): x is EnumFact => x.kind === 'enum')) {
    const values = cleanEnumValues(f.values);
    if (snakeCase(f.name) === '' || values.length === 0) continue;
    add({ name: snakeCase(f.name), values, origin: f.span, rule: f.rule, confidence: f.confidence, rank: rankOf(f.source), source: f.source });
  }
  const stated = new Set(statements.keys());
  const uses: { table: string; column: string; name: string }[] = [];
  for (const t of tables.values()) {
    for (const c of t.columns) {
      const name = columnEnumName(t, c, stated);
      if (name === undefined) continue;
      uses.push({ table: t.key, column: c.name, name });
      if (hasEnumValues(c)) {
        const from = c.enumOrigin ?? { span: c.origin, rank: c.rank, source: c.source ?? `${t.name}.${c.name}` };
        add({ name, values: c.enumValues!, origin: from.span, rule: c.rule, confidence: c.confidence, rank: from.rank, source: from.source });
      }
    }
  }
  const diagnostics: Diagnostic[] = [];
  const enums = new Map<string, Enum>();
  const renamed = new Map<string, string>();
  const tableKeys = new Set([...tables.values()].map((t) => entityKey(t.name)));
  for (const name of [...statements.keys()].sort(compareStrings)) {
    const r = mergeEnumStatements(name, statements.get(name)!);
    diagnostics.push(...r.diagnostics);
    let final = name;
    if (tableKeys.has(entityKey(name))) {
      for (let n = 1; tableKeys.has(entityKey(final)) || statements.has(final) || enums.has(final); n++) final = n === 1 ? `${name}_type` : `${name}_type_${n}`;
      diagnostics.push(diagnostic('resolve/reserved-name', { name, target: 'the schema (a table has that name)', renamed: final }, r.value.origin));
    }
    renamed.set(name, final);
    enums.set(final, { ...r.value, name: final });
  }
  const out = new Map(tables);
  for (const u of uses) {
    const enumName = renamed.get(u.name)!;
    const values = enums.get(enumName)!.values.map((v) => v.name);
    const t = out.get(u.table)!;
    out.set(u.table, {
      ...t,
      columns: t.columns.map((c) => (c.name === u.column ? withEnumType(c, enumName, values) : c)),
    });
  }
  return { value: { enums: [...enums.values()], tables: out }, diagnostics };
}

function withEnumType(c: ColumnDraft, enumName: string, values: readonly string[]): ColumnDraft {
  const { default: d, unknownRawType: _unread, ...rest } = c;
  const fitted = enumDefault(d, values);
  const typed: ColumnDraft = { ...rest, type: { kind: 'enum', enumName } };
  return fitted === undefined ? typed : { ...typed, default: fitted };
}
