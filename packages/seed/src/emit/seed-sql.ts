import { assertNever, type Schema } from '@schemawright/ir';
import type { SeedPlan, SeedRows } from '../types.js';
import { seedDialectOf, type SeedDialect } from './dialects.js';
import { sqlLiteral } from './sql-literals.js';
import { seedSteps, type SeedStep } from './steps.js';
import { oneLine } from './text.js';

/** Rows per INSERT statement: long enough to be quick, short enough to read and diff. */
export const ROWS_PER_INSERT = 100;

/**
 * seed.sql for the schema's database: every table's rows as INSERTs in dependency order inside one
 * transaction, then the updates that close broken cycles, then auto-increment counters moved past the
 * seeded ids. MongoDB has no SQL: the file says so and points at seed.ts.
 */
export function emitSeedSql(schema: Schema, plan: SeedPlan, rows: SeedRows): string {
  const dialect = seedDialectOf(schema.database.provider);
  const head = `-- Seed data for ${oneLine(schema.name)}, written by schemawright from seed ${plan.seed}.`;
  if (!dialect) return `${head}\n-- MongoDB has no SQL: seed it with seed.ts (prisma db seed).\n`;
  const out = [head, `-- ${dialect.label}. Apply after the schema; everything runs in one transaction.`, '', dialect.begin];
  let section = '';
  for (const step of seedSteps(schema, plan, rows, dialect.requiredCycle)) {
    const lines = renderStep(step, dialect);
    if (lines.length === 0 && step.kind !== 'insert') continue;
    const title = sectionOf(step);
    if (title !== section) (out.push('', `-- ${title}`), (section = title));
    out.push(...lines);
  }
  out.push('', dialect.commit);
  return out.join('\n') + '\n';
}

function sectionOf(step: SeedStep): string {
  switch (step.kind) {
    case 'checks-off': return 'foreign-key checks off: a cycle of required keys is inserted with its final values';
    case 'relax-not-null': return 'a cycle of required keys: NOT NULL is relaxed until the cycle is closed';
    case 'insert': return `${step.table.name}: ${step.rows.length} row${step.rows.length === 1 ? '' : 's'}${step.nulled.length > 0 ? ` (${step.nulled.join(', ')} set after the cycle)` : ''}`;
    case 'update': return 'close the cycles: deferred foreign keys';
    case 'restore-not-null': return 'restore NOT NULL';
    case 'checks-on': return 'foreign-key checks on';
    case 'sequence': return 'move auto-increment counters past the seeded ids';
    default: return assertNever(step, 'seed step');
  }
}

/** The SQL statements of one step (an INSERT spans several lines, one row per line). */
export function renderStep(step: SeedStep, dialect: SeedDialect): string[] {
  const q = (name: string) => dialect.quote(name);
  switch (step.kind) {
    case 'checks-off': return [...dialect.checksOff(step.tables)];
    case 'checks-on': return [...dialect.checksOn(step.tables)];
    case 'relax-not-null': return step.columns.map((c) => dialect.relaxNotNull(step.table.name, c.name));
    case 'restore-not-null': return step.columns.map((c) => dialect.restoreNotNull(step.table.name, c.name));
    case 'insert': {
      if (step.rows.length === 0) return [];
      const cols = step.table.columns;
      const identity = cols.some((c) => c.default?.kind === 'autoincrement') ? dialect.explicitIdentity(step.table.name) : { before: [], after: [] };
      const statements: string[] = [...identity.before];
      for (let start = 0; start < step.rows.length; start += ROWS_PER_INSERT) {
        const chunk = step.rows.slice(start, start + ROWS_PER_INSERT);
        const values = chunk.map((r) => `  (${r.map((v, k) => sqlLiteral(v, cols[k]!, dialect)).join(', ')})`);
        statements.push(`INSERT INTO ${q(step.table.name)} (${cols.map((c) => q(c.name)).join(', ')})${dialect.overriding} VALUES\n${values.join(',\n')};`);
      }
      return [...statements, ...identity.after];
    }
    case 'update': {
      const set = step.set.map(([c, v]) => `${q(c.name)} = ${sqlLiteral(v, c, dialect)}`).join(', ');
      const where = step.key.map(([c, v]) => `${q(c.name)} = ${sqlLiteral(v, c, dialect)}`).join(' AND ');
      return [`UPDATE ${q(step.table.name)} SET ${set} WHERE ${where};`];
    }
    case 'sequence': {
      const sql = dialect.sequenceReset(step.table.name, step.column.name, step.max);
      return sql === undefined ? [] : [sql];
    }
    default: return assertNever(step, 'seed step');
  }
}
