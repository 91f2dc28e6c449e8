import type { Cardinality, DefaultValue, ReferentialAction, ScalarType, Span } from '@schemawright/ir';

/**
 * What kind of source a fact came from. When facts disagree the higher rank wins and the loser becomes a
 * diagnostic: code blocks and ERDs over field tables, tables over bullet lists, lists over prose.
 */
export type SourceKind = 'prisma' | 'sql' | 'erd' | 'code' | 'field-table' | 'section' | 'table-list' | 'note' | 'prose';

/** Rank of each source kind: higher wins a conflict. */
export const SOURCE_RANK: Readonly<Record<SourceKind, number>> = {
  prisma: 9,
  sql: 9,
  erd: 8,
  code: 7,
  'field-table': 6,
  section: 5,
  'table-list': 4,
  note: 3,
  prose: 1,
};

/** Every fact says where it came from, which rule produced it and how sure that rule is (0..1). */
export interface FactBase {
  readonly span: Span;
  readonly rule: string;
  readonly source: SourceKind;
  readonly confidence: number;
}

/** "There is an entity called `name`". */
export interface EntityFact extends FactBase {
  readonly kind: 'entity';
  /** The name as written (`USER`, `Order Item`, `order_items`). Entities match by `entityKey(name)`. */
  readonly name: string;
  /** The exact database table name when the source fixed one (SQL, `@@map`, a snake_case table list). */
  readonly tableName?: string;
  /** One sentence saying what the entity is for. */
  readonly purpose?: string;
}

/** "Entity `entity` has an attribute `name`", with whatever the source said about it. */
export interface AttributeFact extends FactBase {
  readonly kind: 'attribute';
  readonly entity: string;
  /** The name as written (`owner_id`, `ownerId`, `Owner ID`). Columns match by snake_case. */
  readonly name: string;
  /** Resolved type when the source stated one; absent means "infer from the name". */
  readonly type?: ScalarType;
  /** The type as written (`varchar(255)`, `uuid`), for diagnostics and docs. */
  readonly rawType?: string;
  readonly nullable?: boolean;
  readonly unique?: boolean;
  readonly primaryKey?: boolean;
  readonly autoUpdate?: boolean;
  /** This column is a foreign key to `entity` (its `column`, default its primary key). */
  readonly references?: { readonly entity: string; readonly column?: string; readonly onDelete?: ReferentialAction };
  readonly default?: DefaultValue;
  /** A closed list of values: the column becomes an enum. */
  readonly enumValues?: readonly string[];
  /** Name of the enum type when the source named it (`CREATE TYPE status AS ENUM`, a Prisma enum). */
  readonly enumName?: string;
  readonly description?: string;
}

/** How many rows of one end relate to one row of the other end. */
export interface EndFact {
  readonly cardinality: Cardinality;
  readonly optional: boolean;
}

/**
 * "`a` and `b` are related". `aEnd` says how many `a` rows relate to one `b` row (the marker next to `a`
 * in Mermaid), `bEnd` likewise. A missing end means the source did not say.
 */
export interface RelationFact extends FactBase {
  readonly kind: 'relation';
  readonly a: string;
  readonly b: string;
  readonly aEnd?: EndFact;
  readonly bEnd?: EndFact;
  readonly label?: string;
  /** Which end holds the foreign key, when the source said (an FK column, `Belongs to`). */
  readonly fkOn?: 'a' | 'b';
  /** The foreign key columns on the holding end, as written. */
  readonly fkColumns?: readonly string[];
  readonly onDelete?: ReferentialAction;
  /** Mermaid `--` (identifying: the child cannot exist without the parent) vs `..`. */
  readonly identifying?: boolean;
}

/** "There is an enum `name` with these values". */
export interface EnumFact extends FactBase {
  readonly kind: 'enum';
  readonly name: string;
  readonly values: readonly string[];
}

/** An index or a composite unique constraint on `entity`. */
export interface IndexFact extends FactBase {
  readonly kind: 'index';
  readonly entity: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
  readonly name?: string;
}

/** A primary key stated as a whole (composite keys, `PRIMARY KEY (a, b)`, `@@id`). */
export interface PrimaryKeyFact extends FactBase {
  readonly kind: 'primary-key';
  readonly entity: string;
  readonly columns: readonly string[];
}

/**
 * A design signal found in the text: a named database or ORM, or a phrase that bears on the design
 * (`money`, `full-text search`, `millions of events per day`). `signal` is a key of the signal tables.
 */
export interface SignalFact extends FactBase {
  readonly kind: 'signal';
  readonly signal: string;
  readonly value: string;
  /** The sentence or line that carried the signal, quoted in the design docs. */
  readonly text: string;
}

export type Fact = EntityFact | AttributeFact | RelationFact | EnumFact | IndexFact | PrimaryKeyFact | SignalFact;
export type FactKind = Fact['kind'];
