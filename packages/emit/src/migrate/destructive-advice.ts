/**
 * What to do about each kind of destructive migration step: the `{advice}` of a `design/destructive-migration`
 * warning. Data, not code; `{…}` placeholders are filled by `adviceText`.
 */
export const DESTRUCTIVE_ADVICE = {
  dropTable: 'its rows are lost. Expand/contract: stop reading and writing it in one release, back it up, and drop it in a later migration',
  dropColumn: 'its values are lost. Expand/contract: stop reading and writing it in one release, back it up, and drop it in a later migration',
  renameTable: '"{added}" appears with the same columns; if it is this table renamed, replace the drop and create with {sql} so the rows are kept',
  renameColumn: '"{added}" appears with the same type; if it is this column renamed, replace the drop and add with {sql} so the values are kept',
  narrowType: 'values that do not fit make it fail or change. Expand/contract: add a column of the new type, backfill and check it, switch reads and writes, then drop the old column later',
  requiredColumn: 'it fails on a table that has rows. Expand/contract: add it nullable (or with a default), backfill, then set NOT NULL in a later migration',
  setNotNull: 'it fails while any row holds null. Backfill the nulls first, then set NOT NULL',
  recreateColumn: 'the column is dropped and added again, so its values are lost. Expand/contract: add the new column beside the old one, copy the values, then drop the old one later',
  primaryKey: 'it fails if the new key columns hold duplicates or nulls, and foreign keys pointing at the table are dropped and added again. Check the data first',
  dropEnumValues: 'it fails while rows hold {values}. Move those rows to another value first (expand/contract: stop writing the old values in one release)',
  recreateAll: 'this {target} migration drops every table of the previous schema and creates the new one, so all rows are lost; write an incremental migration by hand (or with `prisma migrate diff`) before applying it to data you keep',
} as const;

export type AdviceKind = keyof typeof DESTRUCTIVE_ADVICE;

/** The advice of `kind` with its placeholders filled. */
export function adviceText(kind: AdviceKind, args: Readonly<Record<string, string>> = {}): string {
  return DESTRUCTIVE_ADVICE[kind].replace(/\{(\w+)\}/g, (whole, key: string) => args[key] ?? whole);
}
