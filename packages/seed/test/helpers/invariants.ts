import type { Schema } from '@schemawright/ir';
import type { SeedRows, SeedValue } from '@schemawright/seed';

/**
 * Every constraint the database would enforce, checked in memory over the final rows: NOT NULL, primary
 * keys, single and composite uniques, 1-1 keys, foreign keys, enum values, string lengths. Empty when
 * all hold.
 */
export function constraintProblems(schema: Schema, rows: SeedRows): string[] {
  const problems: string[] = [];
  const data = new Map(rows.tables.map((t) => [t.table, t]));
  const valuesOf = (table: string, cols: readonly string[]) => {
    const t = data.get(table)!;
    const idx = cols.map((c) => t.columns.indexOf(c));
    return t.rows.map((r) => idx.map((i) => r[i] ?? null));
  };
  const distinct = (what: string, tuples: SeedValue[][]) => {
    const keys = tuples.filter((t) => t.every((v) => v !== null)).map((t) => JSON.stringify(t));
    if (new Set(keys).size !== keys.length) problems.push(`${what}: repeated values`);
  };
  for (const table of schema.tables) {
    const t = data.get(table.name);
    if (!t) {
      problems.push(`${table.name}: no rows entry`);
      continue;
    }
    for (const c of table.columns) {
      const values = valuesOf(table.name, [c.name]).map((v) => v[0]!);
      if (!c.nullable && c.type.kind !== 'unknown' && values.some((v) => v === null)) problems.push(`${table.name}.${c.name}: null in a NOT NULL column`);
      if (c.type.kind === 'enum') {
        const enumName = c.type.enumName;
        const allowed = schema.enums.find((e) => e.name === enumName)!.values.map((v) => v.name);
        for (const v of values) if (v !== null && !allowed.includes(String(v))) problems.push(`${table.name}.${c.name}: ${String(v)} is not a ${enumName}`);
      }
      const max = c.type.kind === 'string' ? c.type.maxLength : undefined;
      if (max !== undefined) for (const v of values) if (typeof v === 'string' && v.length > max) problems.push(`${table.name}.${c.name}: "${v}" longer than ${max}`);
      if (c.unique) distinct(`${table.name}.${c.name}`, valuesOf(table.name, [c.name]));
    }
    distinct(`${table.name} primary key`, valuesOf(table.name, table.primaryKey));
    for (const u of table.uniques) distinct(`${table.name} unique (${u.join(', ')})`, valuesOf(table.name, u));
  }
  for (const r of schema.relations) {
    const children = valuesOf(r.from.table, r.from.columns);
    const parents = new Set(valuesOf(r.to.table, r.to.columns).map((v) => JSON.stringify(v)));
    for (const c of children) if (c.every((v) => v !== null) && !parents.has(JSON.stringify(c))) problems.push(`${r.name}: ${JSON.stringify(c)} has no parent`);
    if (r.from.cardinality === 'one') distinct(`${r.name} (1-1)`, children);
  }
  for (const t of schema.tables.filter((x) => x.role === 'join')) {
    const fkCols = schema.relations.filter((r) => r.from.table === t.name).slice(0, 2).flatMap((r) => r.from.columns);
    distinct(`${t.name} pairs`, valuesOf(t.name, fkCols));
  }
  return problems;
}
