export * from './prisma/index.js';
