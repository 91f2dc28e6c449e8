import { diagnostic, result, type DatabaseProvider, type Diagnostic, type Result, type Schema } from '@schemawright/ir';
import { formatPrismaSchema, validatePrismaSchema } from './engine.js';
import { planPrisma } from './plan.js';
import { printEnum } from './print-enum.js';
import { printModel } from './print-model.js';

/** Providers without enum types: enum columns become String (see the type tables) and no enum block prints. */
const NO_ENUMS: ReadonlySet<DatabaseProvider> = new Set(['sqlserver']);

/** The generator block: Prisma 7's `prisma-client` generator writing next to the schema folder. */
export const PRISMA_GENERATOR = 'generator client {\n  provider = "prisma-client"\n  output   = "../generated/prisma"\n}';

/**
 * Prints the schema as `schema.prisma`: generator, datasource without `url` (Prisma 7 keeps it in
 * prisma.config.ts), enums, then models, in the IR's canonical order; implicit many-to-many tables are
 * list fields on both models instead. The text is `prisma format`'s output
 * and is checked with Prisma's own validator; a failure is an `emit/prisma-invalid` error.
 */
export function emitPrisma(schema: Schema): Result<string> {
  const plan = planPrisma(schema);
  const diagnostics: Diagnostic[] = [...plan.diagnostics];
  const blocks = [PRISMA_GENERATOR, `datasource db {\n  provider = "${schema.database.provider}"\n}`];
  if (!NO_ENUMS.has(schema.database.provider)) for (const e of schema.enums) blocks.push(printEnum(e, plan.names));
  for (const t of schema.tables) {
    if (plan.implicitTables.has(t.name)) continue; // Prisma makes the table of the two list fields itself
    const m = printModel(t, plan);
    blocks.push(m.text);
    diagnostics.push(...m.diagnostics);
  }
  const text = formatPrismaSchema(blocks.join('\n\n') + '\n').replace(/\n*$/, '\n');
  const problem = validatePrismaSchema(text);
  if (problem !== undefined) diagnostics.push(diagnostic('emit/prisma-invalid', { detail: problem }));
  return result(text, diagnostics);
}
