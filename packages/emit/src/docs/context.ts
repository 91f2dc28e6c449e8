import type { Column, DatabaseProvider, Enum, Relation, Schema, Span, Table } from '@schemawright/ir';
import type { SchemaNames } from '../prisma/names.js';
import { planPrisma } from '../prisma/plan.js';
import type { ManyToManyFields, RelationFields } from '../prisma/relation-fields.js';
import type { ForeignKeyActions } from '../sql/referential-actions.js';
import type { DocSignal, ErdDocOptions } from './options.js';

/** What every section of erd.md reads: the schema, the names schema.prisma uses, and the documents. */
export interface DocContext {
  readonly schema: Schema;
  readonly provider: DatabaseProvider;
  /** Model, enum and field names as schema.prisma prints them. */
  readonly names: SchemaNames;
  readonly tables: ReadonlyMap<string, Table>;
  readonly enums: ReadonlyMap<string, Enum>;
  /** The Prisma fields of each relation, by relation name. */
  readonly relationFields: ReadonlyMap<string, RelationFields>;
  /** Implicit many-to-many tables (no model in schema.prisma: list fields on both models), by table name. */
  readonly implicitTables: ReadonlyMap<string, ManyToManyFields>;
  /** The foreign key actions schema.prisma prints, by relation name. */
  readonly actions: ReadonlyMap<string, ForeignKeyActions>;
  /** Keys made unique because their relation is one-to-one, by table. */
  readonly oneToOneKeys: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Relations by the table holding the foreign key, in canonical relation order. */
  readonly relationsFrom: ReadonlyMap<string, readonly Relation[]>;
  readonly signals: readonly DocSignal[];
  readonly files: readonly string[];
  readonly options: ErdDocOptions;
  /** The source line at `span`, trimmed, when the documents were given. */
  lineAt(span: Span): string | undefined;
}

/** Builds the context once, from the same plan the Prisma emitter prints, so the two documents agree. */
export function docContext(schema: Schema, options: ErdDocOptions): DocContext {
  const lines = new Map<string, readonly string[]>();
  for (const d of options.documents ?? []) lines.set(d.path, d.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n'));
  const plan = planPrisma(schema);
  return {
    schema,
    provider: schema.database.provider,
    names: plan.names,
    tables: new Map(schema.tables.map((t) => [t.name, t])),
    enums: new Map(schema.enums.map((e) => [e.name, e])),
    relationFields: new Map(plan.relations.map((f) => [f.relation.name, f])),
    implicitTables: new Map(plan.manyToMany.map((m) => [m.implicit.table.name, m])),
    actions: plan.actions,
    oneToOneKeys: plan.oneToOneKeys,
    relationsFrom: relationsByTable(schema.relations),
    signals: options.signals ?? [],
    files: options.files ?? [],
    options,
    lineAt(span) {
      const text = lines.get(span.file)?.[span.start.line - 1]?.trim();
      return text === undefined || text === '' ? undefined : text;
    },
  };
}

/** The relations whose foreign key sits in `table`. */
export function relationsFrom(ctx: DocContext, table: string): Relation[] {
  return [...(ctx.relationsFrom.get(table) ?? [])];
}

function relationsByTable(relations: readonly Relation[]): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  for (const r of relations) {
    const list = out.get(r.from.table);
    if (list) list.push(r);
    else out.set(r.from.table, [r]);
  }
  return out;
}

/** The schema.prisma field name of a column. */
export function fieldOf(ctx: DocContext, table: string, column: string): string {
  return ctx.names.fields.get(table)?.get(column) ?? column;
}

/** True when the column is unique on its own: a unique column, the single primary key, or a 1-1 key. */
export function isUniqueColumn(ctx: DocContext, t: Table, c: Column): boolean {
  if (c.unique) return true;
  if (t.primaryKey.length === 1 && t.primaryKey[0] === c.name) return true;
  return t.uniques.some((u) => u.length === 1 && u[0] === c.name) || (ctx.oneToOneKeys.get(t.name) ?? []).some((k) => k.length === 1 && k[0] === c.name);
}

/**
 * True when an index the table already has serves lookups by `columns` (in this order): the primary key,
 * a unique constraint or an index whose leading columns they are.
 */
export function coveredBy(t: Table, columns: readonly string[]): string | undefined {
  const leads = (cols: readonly string[]) => columns.length <= cols.length && columns.every((c, i) => cols[i] === c);
  if (leads(t.primaryKey)) return 'the primary key';
  for (const c of t.columns) if (c.unique && leads([c.name])) return `the unique constraint on ${c.name}`;
  for (const u of t.uniques) if (leads(u)) return `the unique constraint on (${u.join(', ')})`;
  for (const i of t.indexes) if (leads(i.columns)) return i.name;
  return undefined;
}
