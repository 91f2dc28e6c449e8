import { compareStrings } from './names.js';
import type { Table } from './types.js';

/**
 * Prisma's implicit many-to-many tables. A junction we invent (a pure link no document names) is shaped
 * exactly as Prisma makes the table behind two list fields: `_${relationName}` with columns `A` and `B`,
 * `A` referencing the model whose name sorts first. The IR stays the database's truth (every output prints
 * the table as it is); only the Prisma emitter prints it as list fields instead of a model. These helpers
 * are the one place that shape is spelled.
 */
export const IMPLICIT_JUNCTION_COLUMNS: readonly ['A', 'B'] = ['A', 'B'];

/** Prisma's default relation name of an implicit many-to-many: `${first}To${second}` (model names, code-unit order). */
export function defaultImplicitRelationName(modelA: string, modelB: string): string {
  const [x, y] = compareStrings(modelA, modelB) <= 0 ? [modelA, modelB] : [modelB, modelA];
  return `${x}To${y}`;
}

/** The table of an implicit many-to-many: `_${relationName}`. */
export function implicitJunctionTableName(relationName: string): string {
  return `_${relationName}`;
}

/** The relation name of an implicit junction table (`_CollectorToPiece` → `CollectorToPiece`). */
export function implicitRelationNameOf(t: Table): string {
  return t.name.slice(1);
}

/**
 * True for a table shaped as Prisma's implicit many-to-many table: role `join`, a name starting with `_`,
 * exactly the columns `A`, `B`, both the primary key. (The two foreign keys are the schema's relations.)
 */
export function isImplicitJunction(t: Table): boolean {
  return (
    t.role === 'join' &&
    t.name.startsWith('_') &&
    t.name.length > 1 &&
    t.columns.length === 2 &&
    t.columns[0]!.name === 'A' &&
    t.columns[1]!.name === 'B' &&
    t.primaryKey.length === 2 &&
    t.primaryKey[0] === 'A' &&
    t.primaryKey[1] === 'B'
  );
}
