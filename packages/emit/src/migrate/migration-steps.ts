import type { Span } from '@schemawright/ir';

/** Statement labels, as Prisma's migration scripts write them above each statement. */
export type StepLabel = 'CreateEnum' | 'AlterEnum' | 'DropForeignKey' | 'DropIndex' | 'AlterTable' | 'DropTable' | 'CreateTable' | 'DropEnum' | 'CreateIndex' | 'AddForeignKey';

/** One labelled group of statements of a migration script. */
export interface MigrationStep {
  readonly label: StepLabel;
  /** One or more complete statements, one per line (CREATE TABLE spans several lines). */
  readonly sql: string;
}

/** A step that can lose data or fail on existing rows: becomes a `design/destructive-migration` warning. */
export interface DestructiveNote {
  readonly step: string;
  readonly advice: string;
  readonly span: Span;
}

/** What changed, by object, for the migration's name. */
export interface SchemaChange {
  readonly verb: 'add' | 'drop' | 'alter';
  readonly name: string;
}

/** Everything one direction of a migration does. */
export interface MigrationPlan {
  readonly steps: readonly MigrationStep[];
  readonly notes: readonly DestructiveNote[];
  readonly changes: readonly SchemaChange[];
}

/** The script of a plan: labelled statements separated by blank lines, ending in one newline. */
export function renderSteps(steps: readonly MigrationStep[]): string {
  return steps.length === 0 ? '-- no changes\n' : steps.map((s) => `-- ${s.label}\n${s.sql}`).join('\n\n') + '\n';
}
