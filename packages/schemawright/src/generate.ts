import { extractDesign, previousSchemaOf } from '@schemawright/extract';
import { emitDrizzle, emitErdDoc, emitPrisma, emitPrismaMongo, emitSql, emitTypeOrm, migrationFilesOf, sqlDialectOf, type PreviousOutput } from '@schemawright/emit';
import { emitSeedDoc, emitSeedSql, emitSeedTs, emitSeedTsMongo, generateRows, planSeed } from '@schemawright/seed';
import { sortDiagnostics, type Diagnostic, type Schema } from '@schemawright/ir';
import { documentsOf, productNameOf, type GenerateInput } from './input.js';
import { summarize, type Summary } from './summary.js';

/** Options of `generateSchema`; every one has a fixed default so runs are reproducible. */
export interface GenerateOptions {
  /** Seed of the seed data generator. Default 1. */
  readonly seed?: number;
  /** Row count per table (database name), overriding the plan. */
  readonly rows?: Readonly<Record<string, number>>;
  /** Row count for every table the plan does not fix otherwise. */
  readonly defaultRows?: number;
  /** Facts below this confidence (0..1) are dropped. Default 0.5. */
  readonly minConfidence?: number;
  /** Product name, overriding config.json and the documents. */
  readonly name?: string;
  /**
   * What an earlier generation left in the output folder. With migrations there, a changed schema gets the
   * next numbered migration and an unchanged one none; without, `migrations/0001_init` creates everything.
   */
  readonly previous?: PreviousOutput;
}

/** The files `generateSchema` writes, by path relative to the output folder, in a fixed order. */
export interface GeneratedFiles {
  readonly 'schema.prisma': string;
  readonly 'erd.md': string;
  readonly 'seed.md': string;
  readonly [path: string]: string;
}

/** Everything one generation produces. */
export interface GenerateResult {
  readonly schema: Schema;
  readonly files: GeneratedFiles;
  readonly summary: Summary;
  /** Sorted by place; errors mean the files should not be trusted. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Where the initial migration goes, in Prisma's layout (a sequence number, never a clock). */
export const INITIAL_MIGRATION_DIR = 'migrations/0001_init';

/**
 * Turns a product's documents into a database design. Pure: no I/O, no clock, no randomness —
 * the same input gives the same bytes, whatever the document order, line endings or BOMs.
 */
export function generateSchema(input: GenerateInput, options: GenerateOptions = {}): GenerateResult {
  const docs = documentsOf(input);
  const name = options.name ?? productNameOf(docs, input.config);
  const extracted = extractDesign(docs, { name, ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }) });
  const { schema, documents, signals } = extracted.value;
  // MongoDB gets a document design (embedded types, id lists), not the relational tables renamed.
  const prisma = schema.database.provider === 'mongodb' ? emitPrismaMongo(schema) : emitPrisma(schema);
  const plan = planSeed(schema, {
    seed: options.seed ?? 1,
    ...(options.rows ? { rows: options.rows } : {}),
    ...(options.defaultRows === undefined ? {} : { defaultRows: options.defaultRows }),
  });
  const rows = generateRows(schema, plan.value);
  const relational = schema.database.provider !== 'mongodb';
  const migrations = relational ? migrationFilesOf(schema, prisma.value, options.previous, previousSchemaOf) : undefined;
  const seedTs = relational ? emitSeedTs(schema, plan.value, rows.value) : emitSeedTsMongo(schema, plan.value, rows.value);
  const extra: Record<string, string> = {};
  if (relational && migrations) {
    extra['schema.sql'] = emitSql(schema, sqlDialectOf(schema.database.provider));
    Object.assign(extra, migrations.value.files);
    extra['seed.sql'] = emitSeedSql(schema, plan.value, rows.value);
  }
  extra['seed.ts'] = seedTs['seed.ts'];
  extra['prisma.config.ts'] = seedTs['prisma.config.ts'];
  // The ORM alternatives only when the documents ask for them: Prisma stays the schema of record.
  if (schema.database.orm === 'typeorm') Object.assign(extra, emitTypeOrm(schema));
  if (schema.database.orm === 'drizzle') Object.assign(extra, emitDrizzle(schema));
  const files: GeneratedFiles = {
    'schema.prisma': prisma.value,
    'erd.md': emitErdDoc(schema, {
      signals,
      documents: documents.map((d) => ({ path: d.file, text: d.text })),
      // every migration of the history is listed, so an unchanged rerun writes the same erd.md
      files: ['seed.md', ...Object.keys(extra).flatMap((f) => (f === 'schema.sql' ? [f, ...(migrations?.value.listed ?? [])] : f.startsWith('migrations/') ? [] : [f]))],
    }),
    'seed.md': emitSeedDoc(schema, plan.value, rows.value),
    ...extra,
  };
  const diagnostics = sortDiagnostics([...extracted.diagnostics, ...prisma.diagnostics, ...plan.diagnostics, ...rows.diagnostics, ...(migrations?.diagnostics ?? [])]);
  return { schema, files, summary: summarize(schema), diagnostics };
}
