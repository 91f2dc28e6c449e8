import { isConstraintItem } from './sql-item-text.js';
import { alterTableParts, createTableParts, leadingName, type SqlItem } from './sql-items.js';
import type { SqlStatement } from './sql-statements.js';

/** Words that may follow a column name without being its type. */
const NOT_TYPES = /^(NOT|NULL|PRIMARY|UNIQUE|DEFAULT|REFERENCES|CHECK|CONSTRAINT|GENERATED|COLLATE|COMMENT)$/i;

/** Words after a type word that make it part of a longer type (`double precision`, `time with time zone`). */
const TYPE_CONTINUES = /^\s*(precision|varying|with|without|unsigned|zerofill|\(|\[)/i;

/**
 * node-sql-parser's PostgreSQL grammar rejects a column typed by a user-defined or extension type
 * (`state loan_state`, `email citext`) unless the type is quoted. For a retry after such a failure, this
 * rewrites every bare one-word column type double-quoted (a quoted type name means the same type) so the
 * statement can be parsed; undefined when there is nothing to rewrite.
 */
export function quoteUserTypes(stmt: SqlStatement): SqlStatement | undefined {
  const parts = stmt.kind === 'create-table' ? createTableParts(stmt) : stmt.kind === 'alter-table' ? alterTableParts(stmt) : undefined;
  if (!parts) return undefined;
  const lines = stmt.code.split('\n');
  let changed = false;
  for (const item of parts.items) {
    const rewritten = quoteItemType(item, lines[item.line - stmt.firstLine] ?? '');
    if (rewritten !== undefined) {
      lines[item.line - stmt.firstLine] = rewritten;
      changed = true;
    }
  }
  return changed ? { ...stmt, code: lines.join('\n') } : undefined;
}

/** The item's first line with an unknown type word quoted, or undefined when the type is known or absent. */
function quoteItemType(item: SqlItem, lineText: string): string | undefined {
  const text = item.text.replace(/^ADD\s+(?:COLUMN\s+(?:IF\s+NOT\s+EXISTS\s+)?)?/i, '');
  if (isConstraintItem(text)) return undefined;
  const name = leadingName(text);
  const afterName = text.slice(text.indexOf(name) + name.length).replace(/^["`\]]/, '');
  const type = /^\s*([A-Za-z_][\w$]*)(?=\s|$|,)/.exec(afterName)?.[1];
  if (name === '' || type === undefined || NOT_TYPES.test(type)) return undefined;
  if (TYPE_CONTINUES.test(afterName.slice(afterName.indexOf(type) + type.length))) return undefined;
  const at = new RegExp(`(${name.replace(/[$]/g, '\\$')}["\`\\]]?\\s+)${type}\\b`).exec(lineText);
  if (!at) return undefined;
  return `${lineText.slice(0, at.index)}${at[1]}"${type}"${lineText.slice(at.index + at[0].length)}`;
}
