import { databaseChoice, diagnostic, result, type Diagnostic, type Result, type Schema } from '@schemawright/ir';
import { formatPrismaSchema, PRISMA_GENERATOR, validatePrismaSchema } from '../prisma/index.js';
import { documentNotesOf } from './notes.js';
import { planMongo } from './plan.js';
import { printEnum } from '../prisma/print-enum.js';
import { printModel } from './print-model.js';
import { printType } from './print-type.js';

/**
 * Prints the schema as a MongoDB `schema.prisma`, a document design rather than the relational one with
 * another provider: ObjectId `_id`s and ObjectId references, owned child tables as embedded composite types
 * (`embeddingsOf`), pure junctions as id lists on both sides (`idListJunctionsOf`), everything else a
 * collection with emulated referential actions. Blocks follow the IR's canonical order (a type where its
 * table was, nothing for an id-list junction). The text is `prisma format`'s output and passes Prisma's
 * validator; a failure is an `emit/prisma-invalid` error. The schema's provider is not read: this is the
 * MongoDB design whatever it says.
 */
export function emitPrismaMongo(schema: Schema): Result<string> {
  const plan = planMongo(asMongo(schema));
  const diagnostics: Diagnostic[] = [...plan.diagnostics, ...documentNotesOf(plan)];
  const blocks = [PRISMA_GENERATOR, 'datasource db {\n  provider = "mongodb"\n}'];
  for (const e of schema.enums) blocks.push(printEnum(e, plan.names));
  for (const t of schema.tables) {
    if (plan.junctions.has(t.name)) continue;
    const e = plan.embeddings.get(t.name);
    const printed = e !== undefined ? printType(e, plan) : printModel(t, plan);
    blocks.push(printed.text);
    diagnostics.push(...printed.diagnostics);
  }
  const text = formatPrismaSchema(blocks.join('\n\n') + '\n').replace(/\n*$/, '\n');
  const problem = validatePrismaSchema(text);
  if (problem !== undefined) diagnostics.push(diagnostic('emit/prisma-invalid', { detail: problem }));
  return result(text, diagnostics);
}

/** The same schema with MongoDB as its database, so the shared rules (referential actions) apply MongoDB's limits. */
function asMongo(schema: Schema): Schema {
  if (schema.database.provider === 'mongodb') return schema;
  const d = schema.database;
  return { ...schema, database: databaseChoice({ provider: 'mongodb', orm: d.orm, named: d.named, reasons: d.reasons }) };
}
