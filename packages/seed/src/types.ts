/**
 * One generated value. Types map to JSON-safe primitives so rows are plain data:
 * decimals are strings (`"12.50"`, exact), dates `YYYY-MM-DD`, datetimes `YYYY-MM-DD HH:MM:SS` (UTC),
 * times `HH:MM:SS`, JSON columns hold the JSON text, bytes hold lower-case hex.
 */
export type SeedValue = string | number | boolean | null;

/** Every value generator the planner can choose; `describeGenerator` says what each one makes. */
export type GeneratorKind =
  | 'sequence'
  | 'position'
  | 'uuid'
  | 'foreign-key'
  | 'email'
  | 'first-name'
  | 'last-name'
  | 'full-name'
  | 'username'
  | 'company'
  | 'entity-name'
  | 'lookup-value'
  | 'title'
  | 'slug'
  | 'url'
  | 'image-url'
  | 'phone'
  | 'street-address'
  | 'city'
  | 'country'
  | 'postal-code'
  | 'currency'
  | 'language'
  | 'color'
  | 'code'
  | 'ip-address'
  | 'password-hash'
  | 'token'
  | 'money'
  | 'quantity'
  | 'rating'
  | 'percent'
  | 'age'
  | 'latitude'
  | 'longitude'
  | 'integer'
  | 'decimal'
  | 'float'
  | 'date'
  | 'datetime'
  | 'later-datetime'
  | 'birth-date'
  | 'time'
  | 'boolean'
  | 'enum'
  | 'json'
  | 'paragraph'
  | 'phrase'
  | 'bytes'
  | 'none';

/** How a table's row count was decided, for seed.md and for the row generator. */
export type CountRule = 'lookup' | 'entity' | 'child' | 'one-to-one' | 'join' | 'override' | 'global';

/** The plan for one column. */
export interface SeedColumnPlan {
  readonly column: string;
  readonly generator: GeneratorKind;
  /** The value rule in words, for seed.md. */
  readonly rule: string;
  /** The generator's PRNG seed: `fnv1a("table.column") ^ seed`, unsigned 32-bit. */
  readonly seed: number;
  /** Values never repeat in this column (primary key, unique, 1-1 foreign key). */
  readonly unique: boolean;
  /** Some rows hold null (nullable column, not a key). */
  readonly sometimesNull: boolean;
  /** The relation this column belongs to, for foreign keys. */
  readonly relation?: string;
  /** For `later-datetime`: the column this one follows (`created_at` for `updated_at`). */
  readonly earlier?: string;
}

/** How child rows spread over the rows of their driving parent. */
export interface SeedSpread {
  readonly relation: string;
  /** Child rows per parent row, in the parent's row order. */
  readonly perParent: readonly number[];
}

/** The plan for one table, in insertion order. */
export interface SeedTablePlan {
  readonly table: string;
  readonly rows: number;
  readonly countRule: CountRule;
  /** Why this many rows, in words. */
  readonly countReason: string;
  /** Tables this one waits for (foreign-key targets inserted earlier), in code-unit order. */
  readonly after: readonly string[];
  /** Why the table sits here in the order, in words. */
  readonly orderReason: string;
  readonly spread?: SeedSpread;
  readonly columns: readonly SeedColumnPlan[];
}

/** A foreign key inserted as null and set by an update once its target rows exist (a broken cycle). */
export interface DeferredForeignKey {
  readonly relation: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly target: string;
  /** The columns are NOT NULL: the seed must relax that while it runs. */
  readonly required: boolean;
  /** The tables of the cycle, in path order, starting and ending at `table`. */
  readonly cycle: readonly string[];
}

/** The whole plan: what `generateRows` follows and seed.md explains. */
export interface SeedPlan {
  readonly seed: number;
  readonly tables: readonly SeedTablePlan[];
  readonly deferred: readonly DeferredForeignKey[];
}

/** Options of `planSeed`. */
export interface SeedOptions {
  /** Base seed; default `DEFAULT_SEED`. */
  readonly seed?: number;
  /** Row count per table name; wins over everything but structural limits. */
  readonly rows?: Readonly<Record<string, number>>;
  /** Row count for every table without its own override. */
  readonly defaultRows?: number;
}

/** Generated rows of one table; values are final (deferred foreign keys hold their updated value). */
export interface SeedTableRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly SeedValue[])[];
}

/** All generated rows, in insertion order. */
export interface SeedRows {
  readonly seed: number;
  readonly tables: readonly SeedTableRows[];
}
