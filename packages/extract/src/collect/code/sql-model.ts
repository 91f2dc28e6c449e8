/**
 * What a DDL statement says, independent of how it was read (the SQL parser or the line reader). Lines are
 * block line indexes (0-based), so both readers place facts the same way.
 */

/** A column default as SQL wrote it. */
export type SqlDefault =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A function call or a bare keyword (`now()`, `CURRENT_TIMESTAMP`), name lower-case. */
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly string[] }
  | { readonly kind: 'null' };

/** `REFERENCES table (columns) ON DELETE action`. */
export interface DdlReference {
  readonly table: string;
  readonly columns: readonly string[];
  /** Lower-case action as written: `cascade`, `set null`, … */
  readonly onDelete?: string;
}

export interface DdlColumn {
  readonly name: string;
  /** The type as written or rebuilt (`VARCHAR(255)`, `timestamp with time zone`, `text[]`). */
  readonly rawType: string;
  readonly notNull: boolean;
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly autoIncrement: boolean;
  /** MySQL `ON UPDATE CURRENT_TIMESTAMP`. */
  readonly autoUpdate: boolean;
  readonly default?: SqlDefault;
  readonly references?: DdlReference;
  /** Values of a MySQL `ENUM(...)` type or an inline `CHECK (col IN (...))`. */
  readonly enumValues?: readonly string[];
  /** MySQL `COMMENT '…'`. */
  readonly comment?: string;
  readonly line: number;
}

/** A key over columns: a primary key, a unique constraint or an index. */
export interface DdlKey {
  readonly columns: readonly string[];
  readonly name?: string;
  readonly line: number;
}

export interface DdlForeignKey {
  readonly columns: readonly string[];
  readonly references: DdlReference;
  readonly line: number;
}

export interface DdlCheck {
  readonly column: string;
  readonly values: readonly string[];
  readonly line: number;
}

/** `CREATE TABLE` or `ALTER TABLE … ADD …`: columns and constraints of one table. */
export interface DdlTable {
  readonly kind: 'table';
  readonly mode: 'create' | 'alter';
  readonly table: string;
  readonly columns: readonly DdlColumn[];
  readonly primaryKey?: DdlKey;
  readonly uniques: readonly DdlKey[];
  readonly indexes: readonly DdlKey[];
  readonly foreignKeys: readonly DdlForeignKey[];
  readonly checks: readonly DdlCheck[];
  readonly line: number;
}

/** `CREATE TYPE name AS ENUM (...)`. */
export interface DdlEnum {
  readonly kind: 'enum';
  readonly name: string;
  readonly values: readonly string[];
  readonly line: number;
}

/** `CREATE [UNIQUE] INDEX name ON table (columns)`. */
export interface DdlIndex {
  readonly kind: 'index';
  readonly table: string;
  readonly name?: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
  readonly line: number;
}

export type DdlStatement = DdlTable | DdlEnum | DdlIndex;

/** An empty table body, for readers to fill. */
export function emptyTable(mode: DdlTable['mode'], table: string, line: number): DdlTable {
  return { kind: 'table', mode, table, columns: [], uniques: [], indexes: [], foreignKeys: [], checks: [], line };
}

/** Strips quotes and a schema prefix from an identifier: `public."Users"` → `Users`. */
export function bareName(name: string): string {
  const parts = name.trim().split('.');
  return (parts[parts.length - 1] ?? '').replace(/^[`"[]|[`"\]]$/g, '');
}
