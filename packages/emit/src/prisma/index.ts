export { emitPrisma, PRISMA_GENERATOR } from './emit.js';
export { formatPrismaSchema, validatePrismaSchema, prismaDmmf } from './engine.js';
export { prismaTypeOf, PRISMA_TYPES, type PrismaType, type PrismaTypeRule } from './scalar-types.js';
export { nameSchema, type SchemaNames, type EnumNames } from './names.js';
export { nameRelationFields, type RelationFields } from './relation-fields.js';
export { effectiveDefaultOf, type EffectiveDefault, type DefaultDecision } from './defaults.js';
