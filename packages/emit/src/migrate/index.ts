export { emitInitialMigration, type InitialMigration } from './initial-migration.js';
export { emitMigration, isSameDatabase, type Migration } from './emit-migration.js';
export { migrationFilesOf, MIGRATIONS_FOLDER, INITIAL_MIGRATION_NAME, type MigrationFiles, type PreviousOutput } from './migration-files.js';
export { migrationSlug, migrationNumber } from './migration-name.js';
export { DESTRUCTIVE_ADVICE } from './destructive-advice.js';
