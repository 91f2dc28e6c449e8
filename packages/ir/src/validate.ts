import type { Schema } from './types.js';

/**
 * Structural checks of a schema: every reference resolves, names are unique. Returns the problems found,
 * empty when the schema is consistent. Stages use it in tests; a problem here is a bug, not user error.
 */
export function validateSchema(s: Schema): string[] {
  const problems: string[] = [];
  const tables = new Map(s.tables.map((t) => [t.name, t]));
  const enums = new Set(s.enums.map((e) => e.name));
  if (tables.size !== s.tables.length) problems.push('duplicate table names');
  for (const t of s.tables) {
    const cols = new Set(t.columns.map((c) => c.name));
    if (cols.size !== t.columns.length) problems.push(`${t.name}: duplicate column names`);
    if (t.primaryKey.length === 0) problems.push(`${t.name}: no primary key`);
    for (const k of t.primaryKey) if (!cols.has(k)) problems.push(`${t.name}: primary key column ${k} missing`);
    for (const u of t.uniques) for (const k of u) if (!cols.has(k)) problems.push(`${t.name}: unique column ${k} missing`);
    for (const i of t.indexes) for (const k of i.columns) if (!cols.has(k)) problems.push(`${t.name}: index column ${k} missing`);
    for (const c of t.columns) if (c.type.kind === 'enum' && !enums.has(c.type.enumName)) problems.push(`${t.name}.${c.name}: unknown enum ${c.type.enumName}`);
  }
  const relNames = new Set<string>();
  for (const r of s.relations) {
    if (relNames.has(r.name)) problems.push(`duplicate relation name ${r.name}`);
    relNames.add(r.name);
    for (const end of [r.from, r.to]) {
      const t = tables.get(end.table);
      if (!t) { problems.push(`${r.name}: unknown table ${end.table}`); continue; }
      for (const c of end.columns) if (!t.columns.some((x) => x.name === c)) problems.push(`${r.name}: unknown column ${end.table}.${c}`);
    }
    if (r.from.columns.length !== r.to.columns.length) problems.push(`${r.name}: column count mismatch`);
  }
  return problems;
}
