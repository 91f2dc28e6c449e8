import { pgId, type DbColumn } from './database-model.js';

/**
 * The statements turning column `before` into `after` in place: default dropped when it goes or the type
 * changes (PostgreSQL cannot always cast it), type changed with an explicit cast (enums through text), NOT
 * NULL set or dropped, default set. `defaultSettled` leaves the default alone (an enum rebuild set it).
 */
export function alterColumnStatements(table: string, before: DbColumn, after: DbColumn, defaultSettled = false): string[] {
  const at = `ALTER TABLE ${pgId(table)} ALTER COLUMN ${pgId(after.name)}`;
  const typeChanged = before.type !== after.type;
  const out: string[] = [];
  if (!defaultSettled && before.default !== undefined && (typeChanged || after.default === undefined)) out.push(`${at} DROP DEFAULT;`);
  if (typeChanged) out.push(`${at} SET DATA TYPE ${after.type} USING (${castSql(after)});`);
  if (before.notNull !== after.notNull) out.push(`${at} ${after.notNull ? 'SET' : 'DROP'} NOT NULL;`);
  if (!defaultSettled && after.default !== undefined && (typeChanged || before.default !== after.default)) out.push(`${at} SET DEFAULT ${after.default};`);
  return out;
}

/** The column's value cast to its new type; enum values go through text, as PostgreSQL has no direct cast. */
export function castSql(after: DbColumn, type = after.type): string {
  return `${pgId(after.name)}::${after.enumName !== undefined ? 'text::' : ''}${type}`;
}
