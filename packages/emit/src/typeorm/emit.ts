import type { Schema } from '@schemawright/ir';
import { planTypeOrm, type TypeOrmPlan } from './plan.js';
import { printEntity } from './print-entity.js';
import { commentLine, docLine, fileText, tsString } from './typescript-source.js';

/**
 * TypeORM entities for `schema`: `typeorm/<model>.entity.ts` per table, `typeorm/enums.ts` when the schema
 * has enums, and `typeorm/index.ts` exporting everything plus an `entities` list for the DataSource. Names
 * are the Prisma emitter's (class = model, property = field); keys, constraint names, defaults and foreign
 * key actions are the decisions schema.sql is written from. Join tables are entities with two `@ManyToOne`,
 * so the tables TypeORM creates are the tables of schema.sql. Files are listed in schema order.
 */
export function emitTypeOrm(schema: Schema): Record<string, string> {
  const plan = planTypeOrm(schema);
  const files: Record<string, string> = {};
  for (const t of schema.tables) files[`typeorm/${plan.files.get(t.name)!}.entity.ts`] = printEntity(plan, t);
  if (schema.enums.length > 0) files['typeorm/enums.ts'] = printEnums(plan);
  files['typeorm/index.ts'] = printIndex(plan);
  return files;
}

/** One TypeScript string enum per IR enum: Prisma's identifiers as members, database values as values. */
function printEnums(plan: TypeOrmPlan): string {
  const lines: string[] = [];
  plan.schema.enums.forEach((e, i) => {
    const names = plan.names.enums.get(e.name)!;
    if (i > 0) lines.push('');
    lines.push(...docLine(`The \`${e.name}\` enum.`), `export enum ${names.name} {`);
    for (const v of e.values) lines.push(`  ${names.values.get(v.name)!} = ${tsString(v.name)},`);
    lines.push('}');
  });
  return fileText(lines);
}

function printIndex(plan: TypeOrmPlan): string {
  const models = plan.schema.tables.map((t) => plan.names.models.get(t.name)!);
  const lines = [commentLine(`TypeORM entities of ${plan.schema.name}. Import 'reflect-metadata' once before using them.`)];
  plan.schema.tables.forEach((t, i) => lines.push(`import { ${models[i]!} } from './${plan.files.get(t.name)!}.entity.js';`));
  if (plan.schema.enums.length > 0) lines.push(`export { ${[...plan.names.enums.values()].map((e) => e.name).join(', ')} } from './enums.js';`);
  if (models.length > 0) lines.push(`export { ${models.join(', ')} };`);
  lines.push('', ...docLine('Every entity, in schema order, for the DataSource `entities` option.'));
  lines.push(models.length > 0 ? `export const entities = [${models.join(', ')}];` : 'export const entities: Function[] = [];');
  return fileText(lines);
}
