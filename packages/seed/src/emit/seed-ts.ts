import { assertNever, isImplicitJunction, type Column, type Schema } from '@schemawright/ir';
import { nameSchema, prismaTypeOf, PRISMA_GENERATOR, type SchemaNames } from '@schemawright/emit';
import { PRISMA_ADAPTERS } from '../data/prisma-adapters.js';
import type { SeedPlan, SeedRows, SeedValue } from '../types.js';
import { seedDialectOf } from './dialects.js';
import { renderStep } from './seed-sql.js';
import { seedSteps, type SeedStep } from './steps.js';
import { columnIndex, schemaIndex } from '../plan/schema-index.js';
import { oneLine } from './text.js';
import { tsKey, tsLiteral } from './ts-literals.js';

/** Options of `emitSeedTs`. */
export interface SeedTsOptions {
  /** Import path of the generated client, from seed.ts; by default the generator output of schema.prisma. */
  readonly clientImport?: string;
}

/** Where seed.ts (next to schema.prisma) imports the client from: the `output` of the generator block. */
export const DEFAULT_CLIENT_IMPORT = `${/output\s*=\s*"([^"]+)"/.exec(PRISMA_GENERATOR)?.[1] ?? '../generated/prisma'}/client.js`;

/**
 * seed.ts and prisma.config.ts for Prisma 7: `createMany` per table in the plan's order with the Prisma
 * model and field names of schema.prisma, `updateMany` for the deferred keys of broken cycles, all in one
 * interactive transaction; raw SQL only where the client cannot go (relaxing NOT NULL for a cycle of
 * required keys, moving auto-increment counters, filling Prisma's implicit `_AToB` tables). prisma.config.ts wires it as `migrations.seed`.
 */
export function emitSeedTs(schema: Schema, plan: SeedPlan, rows: SeedRows, options: SeedTsOptions = {}): { 'seed.ts': string; 'prisma.config.ts': string } {
  return { 'seed.ts': seedScript(schema, plan, rows, options.clientImport ?? DEFAULT_CLIENT_IMPORT), 'prisma.config.ts': PRISMA_CONFIG };
}

const PRISMA_CONFIG = `// Prisma 7 configuration written by schemawright: \`npx prisma db seed\` runs seed.ts.
import 'dotenv/config';
import { defineConfig, env } from 'prisma/config';

export default defineConfig({
  schema: 'schema.prisma',
  migrations: {
    path: 'migrations',
    seed: 'tsx seed.ts',
  },
  datasource: {
    url: env('DATABASE_URL'),
  },
});
`;

function seedScript(schema: Schema, plan: SeedPlan, rows: SeedRows, clientImport: string): string {
  const provider = schema.database.provider;
  const dialect = seedDialectOf(provider);
  const adapter = PRISMA_ADAPTERS[provider];
  const names = nameSchema(schema);
  const steps = seedSteps(schema, plan, rows, dialect ? dialect.requiredCycle : 'direct');
  const client = adapter ? 'tx' : 'prisma';
  const body = steps.flatMap((s) => renderTsStep(schema, names, s, client));
  const usesPrisma = body.some((l) => l.includes('Prisma.DbNull'));
  const out = [
    `// Seed data for ${oneLine(schema.name)}, written by schemawright from seed ${plan.seed}. Run it with \`npx prisma db seed\`.`,
    "import 'dotenv/config';",
    ...(adapter ? [adapter.importLine] : []),
    `import { ${usesPrisma ? 'Prisma, ' : ''}PrismaClient } from '${clientImport}';`,
    '',
  ];
  if (adapter) {
    out.push("const url = process.env['DATABASE_URL'];", "if (!url) throw new Error('DATABASE_URL is not set');", `const prisma = new PrismaClient({ adapter: ${adapter.create} });`);
  } else out.push('const prisma = new PrismaClient();');
  out.push('', 'async function main(): Promise<void> {');
  if (adapter) {
    out.push('  await prisma.$transaction(', '    async (tx) => {', ...body.map((l) => `      ${l}`), '    },', '    { maxWait: 10_000, timeout: 120_000 },', '  );');
  } else out.push(...body.map((l) => `  ${l}`));
  out.push(
    '}',
    '',
    'main()',
    '  .then(() => prisma.$disconnect())',
    '  .catch(async (error: unknown) => {',
    '    console.error(error);',
    '    await prisma.$disconnect();',
    '    process.exit(1);',
    '  });',
  );
  return out.join('\n') + '\n';
}

/** Lines of one step, indented relative to the transaction body. */
function renderTsStep(schema: Schema, names: SchemaNames, step: SeedStep, client: string): string[] {
  const dialect = seedDialectOf(schema.database.provider);
  const raw = (sql: readonly string[]) => sql.map((s) => `await ${client}.$executeRawUnsafe(${JSON.stringify(s)});`);
  switch (step.kind) {
    case 'checks-off': case 'checks-on': case 'relax-not-null': case 'restore-not-null': case 'sequence':
      return dialect ? raw(renderStep(step, dialect)) : [];
    case 'insert': {
      if (step.rows.length === 0) return [`// ${step.table.name}: no rows`];
      const head = `// ${step.table.name}: ${step.rows.length} row${step.rows.length === 1 ? '' : 's'}`;
      // the client refuses null in a required field, so a relaxed cycle table goes in as SQL; an implicit
      // many-to-many table (`_AToB`) has no model to call, so its pairs go in as SQL too
      if ((step.relaxed || isImplicitJunction(step.table)) && dialect) return [head, ...raw(renderStep(step, dialect))];
      const objects = step.rows.map((r) => `  ${objectOf(schema, names, step.table.name, step.table.columns.map((c, k) => [c.name, r[k] ?? null] as const))},`);
      return [head, `await ${client}.${accessor(names, step.table.name)}.createMany({`, '  data: [', ...objects.map((o) => `  ${o}`), '  ],', '});'];
    }
    case 'update': {
      const where = objectOf(schema, names, step.table.name, step.key.map(([c, v]) => [c.name, v] as const));
      const data = objectOf(schema, names, step.table.name, step.set.map(([c, v]) => [c.name, v] as const));
      return [`await ${client}.${accessor(names, step.table.name)}.updateMany({ where: ${where}, data: ${data} });`];
    }
    default: return assertNever(step, 'seed step');
  }
}

/** `{ field: value, … }` with Prisma field names and literals. */
function objectOf(schema: Schema, names: SchemaNames, table: string, values: readonly (readonly [string, SeedValue])[]): string {
  const parts = values.map(([column, value]) => {
    const f = fieldOf(schema, names, table, column);
    return `${f.key}: ${tsLiteral(value, f.column, f.prismaType, f.enumValues)}`;
  });
  return `{ ${parts.join(', ')} }`;
}

/** How one column is written in seed.ts: its property key, Prisma type and enum identifiers. */
interface FieldWriting {
  readonly column: Column;
  readonly key: string;
  readonly prismaType: string;
  readonly enumValues?: ReadonlyMap<string, string>;
}

// Every value of a column is written the same way: decide it once per column, not once per value (a big
// seed has hundreds of thousands of values). Keyed by the names of one emitSeedTs call.
const writings = new WeakMap<SchemaNames, Map<string, Map<string, FieldWriting>>>();

function fieldOf(schema: Schema, names: SchemaNames, table: string, column: string): FieldWriting {
  let byTable = writings.get(names);
  if (!byTable) writings.set(names, (byTable = new Map()));
  let byColumn = byTable.get(table);
  if (!byColumn) byTable.set(table, (byColumn = new Map()));
  const known = byColumn.get(column);
  if (known) return known;
  const c = columnIndex(schemaIndex(schema).tables.get(table)!).get(column)!;
  const enumNames = c.type.kind === 'enum' ? names.enums.get(c.type.enumName) : undefined;
  const prismaType = prismaTypeOf(c.type, schema.database.provider, enumNames?.name).type;
  const writing: FieldWriting = { column: c, key: tsKey(names.fields.get(table)!.get(column)!), prismaType, ...(enumNames ? { enumValues: enumNames.values } : {}) };
  byColumn.set(column, writing);
  return writing;
}

/** The client property of a model: its name with the first letter lower-cased (`OrderItem` → `orderItem`). */
function accessor(names: SchemaNames, table: string): string {
  const model = names.models.get(table)!;
  return model.charAt(0).toLowerCase() + model.slice(1);
}
