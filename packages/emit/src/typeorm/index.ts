export { emitTypeOrm } from './emit.js';
export { planTypeOrm, TYPEORM_IMPORTS, type TypeOrmPlan } from './plan.js';
export { TYPEORM_TYPES, type TypeOrmTypeRule, type TypeOrmTsType } from './column-types.js';
