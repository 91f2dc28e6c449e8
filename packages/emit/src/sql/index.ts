export { emitSql } from './emit-sql.js';
export { emitDropSql } from './drop-sql.js';
export { sqlDialectOf, DIALECTS, type Dialect } from './dialect.js';
export { SQL_TYPES, type SqlDialect, type SqlTypeRule } from './sql-types.js';
export { primaryKeyName, uniqueIndexName, indexName, foreignKeyName, MAX_IDENTIFIER_BYTES } from './constraint-names.js';
export { foreignKeyActionsOf, type ForeignKeyActions } from './referential-actions.js';
export { oneToOneKeysOf } from './one-to-one.js';
export { tableKeysOf, type TableKey } from './table-keys.js';
