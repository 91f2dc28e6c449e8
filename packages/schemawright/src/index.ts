export { generateSchema, type GenerateOptions, type GenerateResult, type GeneratedFiles } from './generate.js';
export { generateWorkspace, generateFiles, type RunOptions, type RunOutcome } from './run.js';
export { readWorkspace, isValidSlug, WORKSPACE_LAYOUT, type Workspace } from './workspace.js';
export { findDrift, type Drift } from './check.js';
export { summarize, formatSummary, type Summary } from './summary.js';
export { documentsOf, productNameOf, type GenerateInput, type WorkspaceConfig } from './input.js';
export { main, type CliIo } from './cli.js';
export type { Schema, Diagnostic } from '@schemawright/ir';
