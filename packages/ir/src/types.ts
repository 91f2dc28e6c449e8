import type { Span } from './span.js';

/** A column's logical type, independent of any database. */
export type ScalarType =
  | { readonly kind: 'string'; readonly maxLength?: number }
  | { readonly kind: 'text' }
  | { readonly kind: 'int'; readonly bits: 32 | 64 }
  | { readonly kind: 'decimal'; readonly precision: number; readonly scale: number }
  | { readonly kind: 'float' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'date' }
  | { readonly kind: 'datetime' }
  | { readonly kind: 'time' }
  | { readonly kind: 'uuid' }
  | { readonly kind: 'json' }
  | { readonly kind: 'bytes' }
  | { readonly kind: 'enum'; readonly enumName: string }
  | { readonly kind: 'unknown'; readonly raw: string };

export type ScalarKind = ScalarType['kind'];

/** A column default, in database-neutral terms. */
export type DefaultValue =
  | { readonly kind: 'now' }
  | { readonly kind: 'uuid' }
  | { readonly kind: 'autoincrement' }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'enum'; readonly value: string }
  | { readonly kind: 'json'; readonly value: string };

/** Where an element came from and which rule made it: every element is traceable. */
export interface Provenance {
  /** The source span that produced the element (the winning fact when several merged). */
  readonly origin: Span;
  /** The rule id, e.g. `collect/mermaid-erd` or `resolve/default-id`. */
  readonly rule: string;
  /** 0..1: 1 for structured sources, lower for heuristics. */
  readonly confidence: number;
}

export interface Column extends Provenance {
  readonly kind: 'column';
  /** Database name, snake_case unless the source fixed another spelling. */
  readonly name: string;
  /** The name as the documents wrote it. */
  readonly label: string;
  readonly type: ScalarType;
  readonly nullable: boolean;
  readonly unique: boolean;
  readonly default?: DefaultValue;
  /** Set by the database on every update (Prisma `@updatedAt`). */
  readonly autoUpdate: boolean;
  readonly description?: string;
}

export interface Index extends Provenance {
  readonly kind: 'index';
  /** Database name of the index, e.g. `tasks_project_id_idx`. */
  readonly name: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
  /** Why the index exists, for the performance section. */
  readonly reason: string;
}

export type TableRole = 'entity' | 'join';

export interface Table extends Provenance {
  readonly kind: 'table';
  /** Database name (snake_case, plural unless the source fixed another spelling). */
  readonly name: string;
  /** The entity name as the documents wrote it. */
  readonly label: string;
  readonly purpose?: string;
  /** `join` for junction tables of a many-to-many relation. */
  readonly role: TableRole;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  /** Composite unique constraints (single-column ones are `Column.unique`). */
  readonly uniques: readonly (readonly string[])[];
  readonly indexes: readonly Index[];
}

export type Cardinality = 'one' | 'many';
export type ReferentialAction = 'cascade' | 'restrict' | 'set-null' | 'no-action';

/**
 * One end of a relation. `cardinality` and `optional` say how many rows of `table` relate to one row
 * of the other end, as the marker next to `table` in a Mermaid ERD does.
 */
export interface RelationEnd {
  readonly table: string;
  readonly columns: readonly string[];
  readonly cardinality: Cardinality;
  readonly optional: boolean;
}

/** A foreign key relation. `from` holds the foreign key columns, `to` is the referenced table. */
export interface Relation extends Provenance {
  readonly kind: 'relation';
  /** Stable name, unique in the schema, e.g. `tasks_project_id_fkey`. */
  readonly name: string;
  /** The verb phrase the documents used ("owns"), if any. */
  readonly label?: string;
  readonly from: RelationEnd;
  readonly to: RelationEnd;
  readonly onDelete: ReferentialAction;
}

export interface EnumValue {
  /** Database value (as written, trimmed). */
  readonly name: string;
  readonly label: string;
}

export interface Enum extends Provenance {
  readonly kind: 'enum';
  /** snake_case database type name, e.g. `task_status`. */
  readonly name: string;
  readonly values: readonly EnumValue[];
}

export type DatabaseProvider = 'postgresql' | 'mysql' | 'sqlite' | 'sqlserver' | 'cockroachdb' | 'mongodb';
export type Orm = 'prisma' | 'typeorm' | 'drizzle';

/** One reason behind the database or ORM choice, pointing at the line that caused it. */
export interface Reason {
  readonly kind: 'reason';
  readonly text: string;
  readonly span?: Span;
}

export interface DatabaseChoice {
  readonly kind: 'database';
  readonly provider: DatabaseProvider;
  readonly orm: Orm;
  /** True when a document named the database; false when signals or the default chose it. */
  readonly named: boolean;
  readonly reasons: readonly Reason[];
}

/** The whole design: the IR every emitter reads. */
export interface Schema {
  readonly kind: 'schema';
  readonly version: 1;
  /** Product name (from config.json or the first heading). */
  readonly name: string;
  readonly tables: readonly Table[];
  readonly relations: readonly Relation[];
  readonly enums: readonly Enum[];
  readonly database: DatabaseChoice;
}
