export { emitDrizzle, DRIZZLE_CORE_IMPORTS } from './emit.js';
export { planDrizzle, type DrizzlePlan } from './plan.js';
export { DRIZZLE_DIALECTS, DRIZZLE_RESERVED_NAMES, type DrizzleBuilderRule, type DrizzleDialect, type DrizzleTsType } from './column-builders.js';
