export type { CountRule, DeferredForeignKey, GeneratorKind, SeedColumnPlan, SeedOptions, SeedPlan, SeedRows, SeedSpread, SeedTablePlan, SeedTableRows, SeedValue } from './types.js';
export { DEFAULT_SEED, fnv1a, streamSeed, Rng } from './random.js';
export { planSeed } from './plan/plan-seed.js';
export { generateRows } from './generate/generate-rows.js';
export { emitSeedDoc } from './emit/seed-doc.js';
export { emitSeedSql } from './emit/seed-sql.js';
export { emitSeedTs, DEFAULT_CLIENT_IMPORT, type SeedTsOptions } from './emit/seed-ts.js';
export { seedDialectOf, type SeedDialect } from './emit/dialects.js';
export { sqlLiteral, sqlString } from './emit/sql-literals.js';
