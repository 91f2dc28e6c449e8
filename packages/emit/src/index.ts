export * from './prisma/index.js';
export * from './mermaid/index.js';
export * from './docs/index.js';
