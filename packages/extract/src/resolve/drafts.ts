import type { DefaultValue, Index, ReferentialAction, ScalarType, Span, TableRole } from '@schemawright/ir';
import type { SourceKind } from '../facts.js';

/** Where a draft element came from: the winning fact's span, rule and confidence. */
export interface DraftOrigin {
  readonly origin: Span;
  readonly rule: string;
  readonly confidence: number;
}

/** A column while resolve works on it: everything the facts said, merged, plus what later rules add. */
export interface ColumnDraft extends DraftOrigin {
  /** Database name (snake_case). */
  readonly name: string;
  readonly label: string;
  /** The first mention in document order: decides the column order. */
  readonly firstSpan: Span;
  /** Stated type until the types rule runs, then the final type. */
  readonly type?: ScalarType;
  /** A written type nobody could read (`money_t`), for the unknown-type diagnostic. */
  readonly unknownRawType?: string;
  /** The type came from the column's name (`*_id` → uuid), not from any source. */
  readonly typedByName?: boolean;
  readonly nullable: boolean;
  /** Source rank of the fact that stated `nullable`; undefined when no fact did. */
  readonly nullableRank?: number;
  readonly unique: boolean;
  readonly primaryKey: boolean;
  readonly autoUpdate: boolean;
  readonly default?: DefaultValue;
  readonly description?: string;
  readonly references?: { readonly entity: string; readonly column?: string; readonly onDelete?: ReferentialAction };
  readonly enumValues?: readonly string[];
  /** Where the winning value list was stated (it may come from another fact than the column's origin). */
  readonly enumOrigin?: { readonly span: Span; readonly rank: number; readonly source: SourceKind };
  readonly enumName?: string;
  /** Source rank of the winning fact (0 for columns resolve added). */
  readonly rank: number;
  /** Source kind of the winning fact; absent for columns resolve added. */
  readonly source?: SourceKind;
}

/** A table while resolve works on it. `key` is the entity key (`order_item`). */
export interface TableDraft extends DraftOrigin {
  readonly key: string;
  readonly name: string;
  readonly label: string;
  readonly purpose?: string;
  readonly role: TableRole;
  readonly columns: readonly ColumnDraft[];
  readonly primaryKey: readonly string[];
  readonly uniques: readonly (readonly string[])[];
  readonly indexes: readonly Index[];
}

/** Tables by entity key. */
export type TableMap = ReadonlyMap<string, TableDraft>;

/** A column resolve adds itself (default id, foreign key, timestamp). */
export function addedColumn(init: DraftOrigin & { name: string; type?: ScalarType; nullable?: boolean; default?: DefaultValue; autoUpdate?: boolean }): ColumnDraft {
  const c: ColumnDraft = {
    name: init.name,
    label: init.name,
    firstSpan: init.origin,
    nullable: init.nullable ?? false,
    unique: false,
    primaryKey: false,
    autoUpdate: init.autoUpdate ?? false,
    rank: 0,
    origin: init.origin,
    rule: init.rule,
    confidence: init.confidence,
  };
  const typed = init.type === undefined ? c : { ...c, type: init.type };
  return init.default === undefined ? typed : { ...typed, default: init.default };
}

/** The column called `name`, if the table has it. */
export function findColumn(t: TableDraft, name: string): ColumnDraft | undefined {
  return t.columns.find((c) => c.name === name);
}

/** The table with one column replaced by `update(column)`. */
export function updateColumn(t: TableDraft, name: string, update: (c: ColumnDraft) => ColumnDraft): TableDraft {
  return { ...t, columns: t.columns.map((c) => (c.name === name ? update(c) : c)) };
}

/** The table with a column appended (callers check the name is free). */
export function appendColumn(t: TableDraft, c: ColumnDraft): TableDraft {
  return { ...t, columns: [...t.columns, c] };
}

/** The table whose name is `name`. */
export function tableByName(tables: TableMap, name: string): TableDraft | undefined {
  for (const t of tables.values()) if (t.name === name) return t;
  return undefined;
}

/** A copy of the map with one table replaced. */
export function withTable(tables: TableMap, t: TableDraft): Map<string, TableDraft> {
  const out = new Map(tables);
  out.set(t.key, t);
  return out;
}
