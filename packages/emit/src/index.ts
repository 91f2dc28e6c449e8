export * from './prisma/index.js';
export * from './mermaid/index.js';
export * from './docs/index.js';
export * from './sql/index.js';
export * from './migrate/index.js';
export * from './typeorm/index.js';
export * from './drizzle/index.js';
export * from './mongo/index.js';
