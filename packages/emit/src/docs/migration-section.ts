import type { DocContext } from './context.js';
import { code } from './markdown.js';

/** Folder of the first migration, in Prisma's layout with a sequence number instead of a timestamp. */
export const INITIAL_MIGRATION = 'prisma/migrations/0001_init/migration.sql';

/**
 * "Migration strategy": the initial migration (what it creates and the commands that write and apply it),
 * versioning (one migration per change, sequence numbers, a CI check that schema and migrations agree) and
 * rollback (down scripts, expand/contract). MongoDB has no migrations in Prisma: `db push` instead.
 */
export function migrationSection(ctx: DocContext): string[] {
  if (ctx.provider === 'mongodb') return mongoSection();
  const s = ctx.schema;
  const indexes = s.tables.reduce((n, t) => n + t.indexes.length + t.uniques.length, 0);
  const enumTypes = ctx.provider === 'postgresql' || ctx.provider === 'cockroachdb' ? `${count(s.enums.length, 'enum type')}, ` : '';
  return [
    '## Migration strategy',
    '',
    '### Initial migration',
    '',
    `${code(INITIAL_MIGRATION)} creates ${enumTypes}${count(s.tables.length, 'table')}, ${count(s.relations.length, 'foreign key')} and ${count(indexes, 'index or unique constraint', 'indexes and unique constraints')}, exactly as ${code('schema.prisma')} defines them. Write it from the schema and apply it:`,
    '',
    '```sh',
    'mkdir -p prisma/migrations/0001_init',
    'npx prisma migrate diff --from-empty --to-schema prisma/schema.prisma --script > prisma/migrations/0001_init/migration.sql',
    'npx prisma migrate deploy',
    '```',
    '',
    '### Versioning',
    '',
    `- One migration per change, in its own folder numbered in sequence (${code('0002_add_task_labels')}), not by clock: the order is the review order and two branches adding ${code('0002_')} conflict visibly.`,
    `- In development: ${code('npx prisma migrate dev --create-only --name add_task_labels')}, rename the new folder to the next number, review the SQL, then ${code('npx prisma migrate dev')} to apply it.`,
    `- Releases run ${code('npx prisma migrate deploy')} only; never ${code('migrate dev')}, ${code('migrate reset')} or ${code('db push')} against shared databases.`,
    '- A merged migration is never edited; fix forward with the next one.',
    `- CI fails when schema and migrations disagree: ${code('npx prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code')} (exit code 2 means drift; it needs a shadow database configured in ${code('prisma.config.ts')}).`,
    '',
    '### Rollback',
    '',
    `- Prisma writes no down migrations: keep a ${code('down.sql')} beside each ${code('migration.sql')}, written from the new schema back to the previous one: ${code('npx prisma migrate diff --from-schema prisma/schema.prisma --to-schema previous/schema.prisma --script > prisma/migrations/0002_add_task_labels/down.sql')}.`,
    `- To roll back: ${code('npx prisma db execute --file prisma/migrations/0002_add_task_labels/down.sql')}, then ${code('npx prisma migrate resolve --rolled-back 0002_add_task_labels')}.`,
    '- Breaking changes go expand/contract, one migration per step: add the new column or table, backfill it, switch reads and writes, and drop the old one in a later release. A rename is an add plus a later drop, never one step.',
    '- Take a backup (or note the point-in-time-recovery mark) before any migration that drops or rewrites data: a down script cannot bring dropped rows back.',
  ];
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function mongoSection(): string[] {
  return [
    '## Migration strategy',
    '',
    '### Initial migration',
    '',
    `Prisma Migrate does not apply to MongoDB: ${code('npx prisma db push')} creates the collections' indexes and unique constraints from ${code('schema.prisma')}.`,
    '',
    '### Versioning',
    '',
    `- Version ${code('schema.prisma')} with the code; one reviewed change per pull request.`,
    '- Data reshaping goes in numbered scripts (`0002_backfill_task_labels.ts`) run once by the release pipeline.',
    '',
    '### Rollback',
    '',
    '- Expand/contract: add the new field, backfill, switch reads and writes, remove the old field in a later release.',
    '- Take a backup before any script that rewrites documents.',
  ];
}
