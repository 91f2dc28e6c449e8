import { diagnostic, type Diagnostic, type Result, type ScalarType } from '@schemawright/ir';
import { typeFromName } from '../infer/by-name.js';
import type { ColumnDraft, TableDraft } from './drafts.js';

const FALLBACK: ScalarType = { kind: 'string' };

/**
 * Rule 4: the type of one column. The stated type stays (enum columns were typed by the enum rule); an
 * enum type naming no known enum counts as unreadable. Otherwise the name decides (`*_at` → datetime),
 * else string. Only a written-but-unreadable type is worth a diagnostic: a missing type is normal.
 */
export function resolveColumnType(table: string, c: ColumnDraft, enums: ReadonlySet<string>): Result<ColumnDraft> {
  const t = c.type;
  if (t !== undefined && t.kind !== 'unknown' && (t.kind !== 'enum' || enums.has(t.enumName))) return { value: c, diagnostics: [] };
  const unreadable = t?.kind === 'unknown' ? t.raw : t?.kind === 'enum' ? t.enumName : c.unknownRawType;
  const byName = typeFromName(c.name);
  const type = byName ?? FALLBACK;
  const { unknownRawType: _unread, ...rest } = c;
  const diagnostics: Diagnostic[] =
    unreadable === undefined ? [] : [diagnostic('extract/unknown-type', { type: unreadable, entity: table, column: c.name }, c.origin)];
  return { value: { ...rest, type, ...(byName ? { typedByName: true } : {}) }, diagnostics };
}

/** Types every column of a table. */
export function resolveTableTypes(t: TableDraft, enums: ReadonlySet<string>): Result<TableDraft> {
  const diagnostics: Diagnostic[] = [];
  const columns = t.columns.map((c) => {
    const r = resolveColumnType(t.name, c, enums);
    diagnostics.push(...r.diagnostics);
    return r.value;
  });
  return { value: { ...t, columns }, diagnostics };
}
