import type { Span } from './span.js';
import type {
  Column,
  DatabaseChoice,
  DefaultValue,
  Enum,
  EnumValue,
  Index,
  Reason,
  Relation,
  RelationEnd,
  ScalarType,
  Schema,
  Table,
  TableRole,
} from './types.js';

/** Fields every element carries: where it came from, which rule made it, how sure we are. */
export interface Origin {
  origin: Span;
  rule: string;
  confidence?: number;
}

/** Builds a column with a fixed key order. */
export function column(
  init: Origin & {
    name: string;
    label?: string;
    type: ScalarType;
    nullable?: boolean;
    unique?: boolean;
    default?: DefaultValue;
    autoUpdate?: boolean;
    description?: string;
  },
): Column {
  const c: { -readonly [K in keyof Column]: Column[K] } = {
    kind: 'column',
    name: init.name,
    label: init.label ?? init.name,
    type: init.type,
    nullable: init.nullable ?? false,
    unique: init.unique ?? false,
    autoUpdate: init.autoUpdate ?? false,
    origin: init.origin,
    rule: init.rule,
    confidence: init.confidence ?? 1,
  };
  if (init.default !== undefined) c.default = init.default;
  if (init.description !== undefined && init.description !== '') c.description = init.description;
  return reorder(c, COLUMN_KEYS);
}

const COLUMN_KEYS = ['kind', 'name', 'label', 'type', 'nullable', 'unique', 'default', 'autoUpdate', 'description', 'origin', 'rule', 'confidence'] as const;

/** Builds an index. */
export function index(init: Origin & { name: string; columns: readonly string[]; unique?: boolean; reason: string }): Index {
  return {
    kind: 'index',
    name: init.name,
    columns: [...init.columns],
    unique: init.unique ?? false,
    reason: init.reason,
    origin: init.origin,
    rule: init.rule,
    confidence: init.confidence ?? 1,
  };
}

/** Builds a table. */
export function table(
  init: Origin & {
    name: string;
    label?: string;
    purpose?: string;
    role?: TableRole;
    columns: readonly Column[];
    primaryKey: readonly string[];
    uniques?: readonly (readonly string[])[];
    indexes?: readonly Index[];
  },
): Table {
  const t: { -readonly [K in keyof Table]: Table[K] } = {
    kind: 'table',
    name: init.name,
    label: init.label ?? init.name,
    role: init.role ?? 'entity',
    columns: [...init.columns],
    primaryKey: [...init.primaryKey],
    uniques: (init.uniques ?? []).map((u) => [...u]),
    indexes: [...(init.indexes ?? [])],
    origin: init.origin,
    rule: init.rule,
    confidence: init.confidence ?? 1,
  };
  if (init.purpose !== undefined && init.purpose !== '') t.purpose = init.purpose;
  return reorder(t, TABLE_KEYS);
}

const TABLE_KEYS = ['kind', 'name', 'label', 'purpose', 'role', 'columns', 'primaryKey', 'uniques', 'indexes', 'origin', 'rule', 'confidence'] as const;

/** Builds one end of a relation. */
export function relationEnd(init: { table: string; columns: readonly string[]; cardinality: RelationEnd['cardinality']; optional: boolean }): RelationEnd {
  return { table: init.table, columns: [...init.columns], cardinality: init.cardinality, optional: init.optional };
}

/** Builds a relation; `from` holds the foreign key. */
export function relation(
  init: Origin & { name: string; label?: string; from: RelationEnd; to: RelationEnd; onDelete: Relation['onDelete'] },
): Relation {
  const r: { -readonly [K in keyof Relation]: Relation[K] } = {
    kind: 'relation',
    name: init.name,
    from: relationEnd(init.from),
    to: relationEnd(init.to),
    onDelete: init.onDelete,
    origin: init.origin,
    rule: init.rule,
    confidence: init.confidence ?? 1,
  };
  if (init.label !== undefined && init.label !== '') r.label = init.label;
  return reorder(r, RELATION_KEYS);
}

const RELATION_KEYS = ['kind', 'name', 'label', 'from', 'to', 'onDelete', 'origin', 'rule', 'confidence'] as const;

/** Builds an enum. */
export function enumType(init: Origin & { name: string; values: readonly EnumValue[] }): Enum {
  return {
    kind: 'enum',
    name: init.name,
    values: init.values.map((v) => ({ name: v.name, label: v.label })),
    origin: init.origin,
    rule: init.rule,
    confidence: init.confidence ?? 1,
  };
}

/** Builds a reason for the database choice. */
export function reason(text: string, span?: Span): Reason {
  return span ? { kind: 'reason', text, span } : { kind: 'reason', text };
}

/** Builds the database choice. */
export function databaseChoice(init: Omit<DatabaseChoice, 'kind'>): DatabaseChoice {
  return { kind: 'database', provider: init.provider, orm: init.orm, named: init.named, reasons: [...init.reasons] };
}

/** The default when the documents are silent: PostgreSQL with Prisma. */
export const DEFAULT_DATABASE: DatabaseChoice = databaseChoice({
  provider: 'postgresql',
  orm: 'prisma',
  named: false,
  reasons: [reason('No database was named in the documents; PostgreSQL with Prisma is the default.')],
});

/** Builds a schema. Call `canonicalSchema` before emitting. */
export function schema(init: { name: string; tables: readonly Table[]; relations: readonly Relation[]; enums: readonly Enum[]; database?: DatabaseChoice }): Schema {
  return {
    kind: 'schema',
    version: 1,
    name: init.name,
    tables: [...init.tables],
    relations: [...init.relations],
    enums: [...init.enums],
    database: init.database ?? DEFAULT_DATABASE,
  };
}

function reorder<T extends object>(obj: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in obj && (obj as Record<string, unknown>)[k] !== undefined) out[k] = (obj as Record<string, unknown>)[k];
  return out as T;
}
