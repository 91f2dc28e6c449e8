import type { Schema } from '@schemawright/ir';
import { commentLine, fileText, tsString } from '../typeorm/typescript-source.js';
import { planDrizzle } from './plan.js';
import type { Uses } from './print-column.js';
import { printRelations } from './print-relations.js';
import { printTable } from './print-table.js';

/** Names imported from a dialect's core module, in the order the import line lists them; types are marked. */
export const DRIZZLE_CORE_IMPORTS: readonly string[] = [
  'AnyMySqlColumn', 'AnyPgColumn', 'AnySQLiteColumn', 'bigint', 'bigserial', 'blob', 'boolean', 'char', 'customType',
  'date', 'datetime', 'decimal', 'double', 'doublePrecision', 'foreignKey', 'index', 'int', 'integer', 'json', 'jsonb',
  'mysqlEnum', 'mysqlTable', 'numeric', 'pgEnum', 'pgTable', 'primaryKey', 'real', 'serial', 'sqliteTable', 'text',
  'time', 'timestamp', 'unique', 'uniqueIndex', 'uuid', 'varchar',
];
const TYPE_IMPORTS: ReadonlySet<string> = new Set(['AnyMySqlColumn', 'AnyPgColumn', 'AnySQLiteColumn']);
const ORM_IMPORTS: readonly string[] = ['relations', 'sql'];

/**
 * The Drizzle schema of `schema` as `drizzle/schema.ts`: `pgTable`/`mysqlTable`/`sqliteTable` by provider,
 * enums, one table per IR table (join tables included, so the tables are schema.sql's), then `relations()`
 * for both sides of every relation. Field names are Prisma's; keys, constraint names, defaults and foreign key
 * actions are the decisions schema.sql is written from. Tables in schema order; `.references()` callbacks
 * are annotated only where tables refer to each other in a cycle, as TypeScript needs.
 */
export function emitDrizzle(schema: Schema): Record<string, string> {
  const plan = planDrizzle(schema);
  const core = new Set<string>();
  const orm = new Set<string>();
  const customs: string[] = [];
  let crypto = false;
  const uses: Uses = {
    core: (name) => (core.add(name), name),
    orm: (name) => (orm.add(name), name),
    custom: (sqlType) => void (customs.includes(sqlType) || customs.push(sqlType)),
    randomUUID: () => ((crypto = true), 'randomUUID'),
  };
  const body: string[][] = [];
  for (const e of plan.schema.enums) {
    if (plan.dialect.enumType === undefined) continue; // MySQL and SQLite declare enum values on the column
    body.push([`export const ${plan.enums.get(e.name)!} = ${uses.core(plan.dialect.enumType)}(${tsString(e.name)}, [${e.values.map((v) => tsString(v.name)).join(', ')}]);`]);
  }
  for (const t of plan.schema.tables) body.push(printTable(plan, t, uses));
  for (const t of plan.schema.tables) {
    const lines = printRelations(plan, t, uses);
    if (lines.length > 0) body.push(lines);
  }
  if (customs.length > 0) uses.core('customType');
  const head = [commentLine(`Drizzle ORM schema of ${plan.schema.name} for ${plan.sql.dialect.name}.`)];
  if (crypto) head.push("import { randomUUID } from 'node:crypto';");
  if (orm.size > 0) head.push(`import { ${ORM_IMPORTS.filter((n) => orm.has(n)).join(', ')} } from 'drizzle-orm';`);
  if (core.size > 0) head.push(`import { ${DRIZZLE_CORE_IMPORTS.filter((n) => core.has(n)).map((n) => (TYPE_IMPORTS.has(n) ? `type ${n}` : n)).join(', ')} } from '${plan.dialect.module}';`);
  const helpers = customs.map((sqlType) => `const ${sqlType} = customType<{ data: Buffer }>({ dataType: () => ${tsString(sqlType)} });`);
  const sections = [head, ...(helpers.length > 0 ? [helpers] : []), ...body];
  return { 'drizzle/schema.ts': fileText(sections.map((s) => s.join('\n')).join('\n\n').split('\n')) };
}
