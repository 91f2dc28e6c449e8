export { emitInitialMigration, type InitialMigration } from './initial-migration.js';
