/**
 * emitMigration proven in PostgreSQL (PGlite): `up` applied to the previous schema gives the catalog the new
 * schema gets fresh, and `down` gives the previous catalog back, for each kind of edit a document can make.
 */
import { PGlite } from '@electric-sql/pglite';
import { canonicalSchema, enumType, schema, span, table, type Column, type Diagnostic, type Relation, type Schema, type Table } from '@schemawright/ir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitMigration, isSameDatabase } from '../src/migrate/index.js';
import { emitSql } from '../src/sql/index.js';
import { readPgCatalog, resetPublicSchema } from './helpers/pg-catalog.js';
import { allShapes, col, compositeKeySchema, idx, manyToManySchema, rel, tbl, teamTasksSchema, withProvider } from './helpers/schemas.js';

let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db.close();
});

/**
 * The catalog with columns compared by name: ADD COLUMN appends and DROP COLUMN leaves a gap in the
 * ordinal positions, so a migrated table lists its columns in another order than a fresh one.
 */
async function catalog(): Promise<unknown> {
  const c = await readPgCatalog(db);
  const columns = (c.columns as Record<string, unknown>[])
    .map(({ ordinal_position: _, ...rest }) => rest)
    .sort((a, b) => `${a.table_name}.${a.column_name}` < `${b.table_name}.${b.column_name}` ? -1 : 1);
  return { ...c, columns };
}

async function freshCatalog(s: Schema): Promise<unknown> {
  await resetPublicSchema(db);
  await db.exec(emitSql(s, 'postgresql'));
  return catalog();
}

/** Applies `up` on `previous`, compares with `next` fresh; applies `down`, compares with `previous` fresh. */
async function expectRoundTrip(previous: Schema, next: Schema): Promise<{ name: string; up: string; down: string; diagnostics: readonly Diagnostic[] }> {
  const m = emitMigration(previous, next, 2);
  const expectedNext = await freshCatalog(next);
  const expectedPrevious = await freshCatalog(previous);
  await db.exec(m.value.up);
  expect(await catalog()).toEqual(expectedNext);
  await db.exec(m.value.down);
  expect(await catalog()).toEqual(expectedPrevious);
  return { ...m.value, diagnostics: m.diagnostics };
}

const edit = (s: Schema, change: { tables?: (ts: readonly Table[]) => Table[]; relations?: (rs: readonly Relation[]) => Relation[]; enums?: (es: Schema['enums']) => Schema['enums'] }): Schema =>
  canonicalSchema(
    schema({
      name: s.name,
      tables: change.tables ? change.tables(s.tables) : s.tables,
      relations: change.relations ? change.relations(s.relations) : s.relations,
      enums: change.enums ? change.enums(s.enums) : s.enums,
      database: s.database,
    }),
  );
const onTable = (name: string, f: (t: Table) => Table) => (ts: readonly Table[]) => ts.map((t) => (t.name === name ? f(t) : t));
const withColumns = (t: Table, f: (cs: readonly Column[]) => Column[], extra: Partial<Pick<Table, 'indexes' | 'primaryKey' | 'uniques'>> = {}) => table({ ...t, columns: f(t.columns), ...extra });
const destructive = (ds: readonly Diagnostic[]) => ds.filter((d) => d.code === 'design/destructive-migration').map((d) => d.message);

describe('emitMigration in PostgreSQL', () => {
  it('a new entity: creates table, index and foreign key; down drops them', async () => {
    const previous = teamTasksSchema();
    const invoices = tbl('invoices', [col('id', { kind: 'uuid' }, { default: { kind: 'uuid' } }), col('project_id', { kind: 'uuid' }), col('total', { kind: 'decimal', precision: 12, scale: 2 })], { indexes: [idx('invoices', ['project_id'])] });
    const next = edit(previous, { tables: (ts) => [...ts, invoices], relations: (rs) => [...rs, rel('invoices', ['project_id'], 'projects')] });
    const m = await expectRoundTrip(previous, next);
    expect(m.name).toBe('0002_add_invoices');
    expect(m.up).toContain('-- CreateTable\nCREATE TABLE "invoices"');
    expect(m.up.indexOf('-- AddForeignKey')).toBeGreaterThan(m.up.indexOf('-- CreateIndex'));
    expect(m.down).toContain('DROP TABLE "invoices";');
    expect(destructive(m.diagnostics)).toEqual([]);
  });

  it('a renamed field is a drop and an add, with a warning suggesting the rename', async () => {
    const previous = teamTasksSchema();
    const next = edit(previous, { tables: onTable('tasks', (t) => withColumns(t, (cs) => cs.map((c) => (c.name === 'title' ? col('task_title', c.type) : c)))) });
    const m = await expectRoundTrip(previous, next);
    expect(m.up).toContain('ALTER TABLE "tasks" DROP COLUMN "title";');
    expect(m.up).toContain('ALTER TABLE "tasks" ADD COLUMN "task_title" VARCHAR(200) NOT NULL;');
    const warnings = destructive(m.diagnostics);
    expect(warnings.some((w) => w.includes('drop column tasks.title') && w.includes('ALTER TABLE "tasks" RENAME COLUMN "title" TO "task_title"'))).toBe(true);
    expect(warnings.some((w) => w.includes('add required column tasks.task_title'))).toBe(true);
  });

  it('a dropped table: foreign keys first, then the table; the warning suggests a rename when a twin appears', async () => {
    const notes = tbl('notes', [col('id', { kind: 'uuid' }), col('task_id', { kind: 'uuid' }), col('body', { kind: 'text' })], { indexes: [idx('notes', ['task_id'])] });
    const previous = edit(teamTasksSchema(), { tables: (ts) => [...ts, notes], relations: (rs) => [...rs, rel('notes', ['task_id'], 'tasks')] });
    const next = teamTasksSchema();
    const m = await expectRoundTrip(previous, next);
    expect(m.name).toBe('0002_drop_notes');
    expect(m.up.indexOf('DROP CONSTRAINT "notes_task_id_fkey"')).toBeLessThan(m.up.indexOf('DROP TABLE "notes"'));
    expect(destructive(m.diagnostics)).toEqual([expect.stringContaining('drop table notes')]);

    const renamed = edit(next, { tables: (ts) => [...ts, table({ ...notes, name: 'task_notes', indexes: [idx('task_notes', ['task_id'])] })], relations: (rs) => [...rs, rel('task_notes', ['task_id'], 'tasks')] });
    const r = await expectRoundTrip(previous, renamed);
    expect(r.name).toBe('0002_add_task_notes_drop_notes');
    expect(destructive(r.diagnostics)[0]).toContain('ALTER TABLE "notes" RENAME TO "task_notes"');
  });

  it('a new enum value goes in place, in order (BEFORE / AFTER); down rebuilds the type without it', async () => {
    const previous = teamTasksSchema();
    const next = edit(previous, {
      enums: (es) => es.map((e) => enumType({ ...e, values: [{ name: 'backlog', label: 'Backlog' }, ...e.values.slice(0, 2), { name: 'blocked', label: 'Blocked' }, ...e.values.slice(2), { name: 'archived', label: 'Archived' }] })),
    });
    const m = await expectRoundTrip(previous, next);
    expect(m.name).toBe('0002_alter_task_status');
    expect(m.up).toContain(`ALTER TYPE "task_status" ADD VALUE 'backlog' BEFORE 'todo';`);
    expect(m.up).toContain(`ALTER TYPE "task_status" ADD VALUE 'blocked' AFTER 'in_progress';`);
    expect(m.down).toContain('CREATE TYPE "task_status_new"');
    expect(destructive(m.diagnostics)).toEqual([]);
  });

  it('a removed enum value rebuilds the type, moves columns and their defaults over, and warns', async () => {
    const previous = teamTasksSchema();
    const next = edit(previous, {
      enums: (es) => es.map((e) => enumType({ ...e, values: e.values.filter((v) => v.name !== 'todo').concat([{ name: 'new', label: 'New' }]) })),
      tables: onTable('tasks', (t) => withColumns(t, (cs) => cs.map((c) => (c.name === 'status' ? col('status', c.type, { default: { kind: 'enum', value: 'new' } }) : c)))),
    });
    const m = await expectRoundTrip(previous, next);
    expect(m.up).toContain('ALTER TABLE "tasks" ALTER COLUMN "status" SET DEFAULT \'new\';');
    expect(destructive(m.diagnostics)).toEqual([expect.stringContaining("remove 'todo' from enum task_status")]);
  });

  it('a new index and a new unique', async () => {
    const previous = teamTasksSchema();
    const next = edit(previous, {
      tables: onTable('tasks', (t) => table({ ...t, indexes: [...t.indexes, idx('tasks', ['title'])], uniques: [['project_id', 'title']] })),
    });
    const m = await expectRoundTrip(previous, next);
    expect(m.name).toBe('0002_alter_tasks');
    expect(m.up.split('\n').filter((l) => l.startsWith('CREATE'))).toEqual([
      'CREATE UNIQUE INDEX "tasks_project_id_title_key" ON "tasks"("project_id", "title");',
      'CREATE INDEX "tasks_title_idx" ON "tasks"("title");',
    ]);
  });

  it('changed nullability, type and default: NOT NULL set and dropped, a narrowed type warned about', async () => {
    const previous = teamTasksSchema();
    const next = edit(previous, {
      tables: onTable('tasks', (t) =>
        withColumns(t, (cs) =>
          cs.map((c) => {
            if (c.name === 'due_date') return col('due_date', c.type);
            if (c.name === 'title') return col('title', { kind: 'string', maxLength: 120 });
            if (c.name === 'priority') return col('priority', { kind: 'int', bits: 64 }, { default: { kind: 'number', value: 3 } });
            if (c.name === 'reporter_id') return col('reporter_id', c.type, { nullable: true });
            return c;
          }),
        ),
      ),
    });
    const m = await expectRoundTrip(previous, next);
    const warnings = destructive(m.diagnostics);
    expect(warnings).toEqual([
      expect.stringContaining('change tasks.title from VARCHAR(200) to VARCHAR(120)'),
      expect.stringContaining('set tasks.due_date NOT NULL'),
    ]);
    expect(m.up).toContain('ALTER TABLE "tasks" ALTER COLUMN "priority" SET DATA TYPE BIGINT USING ("priority"::BIGINT);');
    expect(m.up).toContain('ALTER TABLE "tasks" ALTER COLUMN "reporter_id" DROP NOT NULL;');
  });

  it('a type change at both ends of a foreign key rebuilds the key around it', async () => {
    const previous = compositeKeySchema();
    const wider = (c: Column) => (c.name === 'code' || c.name === 'warehouse_code' ? col(c.name, { kind: 'string', maxLength: 16 }) : c);
    const next = edit(previous, { tables: (ts) => ts.map((t) => withColumns(t, (cs) => cs.map(wider))) });
    const m = await expectRoundTrip(previous, next);
    const lines = m.up.split('\n');
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(at('ALTER TABLE "bins" DROP CONSTRAINT "bins_warehouse_region_warehouse_code_fkey"')).toBeLessThan(at('ALTER TABLE "warehouses" ALTER COLUMN "code" SET DATA TYPE VARCHAR(16)'));
    expect(at('ALTER TABLE "bins" ADD CONSTRAINT')).toBeGreaterThan(at('ALTER TABLE "bins" ALTER COLUMN "warehouse_code"'));
    expect(destructive(m.diagnostics)).toEqual([]);
  });

  it('a primary key change drops and adds the key constraint, with a warning', async () => {
    const previous = manyToManySchema();
    const next = edit(previous, {
      tables: onTable('post_tags', (t) => withColumns(t, (cs) => [col('id', { kind: 'int', bits: 32 }, { default: { kind: 'autoincrement' } }), ...cs], { primaryKey: ['id'], uniques: [['post_id', 'tag_id']] })),
    });
    const m = await expectRoundTrip(previous, next);
    expect(m.up).toContain('ALTER TABLE "post_tags" DROP CONSTRAINT "post_tags_pkey";');
    expect(m.up).toContain('ALTER TABLE "post_tags" ADD COLUMN "id" SERIAL NOT NULL;');
    expect(m.up).toContain('ALTER TABLE "post_tags" ADD CONSTRAINT "post_tags_pkey" PRIMARY KEY ("id");');
    expect(destructive(m.diagnostics)).toEqual([expect.stringContaining('change the primary key of post_tags to (id)')]);
  });

  it('works both ways between every pair of shapes (whole schemas replaced)', async () => {
    const shapes = allShapes();
    for (let i = 0; i < shapes.length; i++) {
      const [, a] = shapes[i]!;
      const [, b] = shapes[(i + 1) % shapes.length]!;
      await expectRoundTrip(a, b);
    }
  });
});

describe('emitMigration output', () => {
  it('no change: no statements, and isSameDatabase says so', () => {
    const m = emitMigration(teamTasksSchema(), teamTasksSchema(), 3);
    expect(m.value).toEqual({ name: '0003_changes', up: '-- no changes\n', down: '-- no changes\n' });
    expect(isSameDatabase(teamTasksSchema(), teamTasksSchema())).toBe(true);
  });

  it('ignores what the database does not see (labels, spans, descriptions)', () => {
    const previous = teamTasksSchema();
    const next = edit(previous, { tables: (ts) => ts.map((t) => table({ ...t, label: `${t.label}!`, origin: span('other.md', 99, 1) })) });
    expect(isSameDatabase(previous, next)).toBe(true);
  });

  it('is deterministic and ends with one newline', () => {
    const [, a] = allShapes()[0]!;
    const [, b] = allShapes()[3]!;
    const m = emitMigration(a, b, 12);
    expect(emitMigration(a, b, 12)).toEqual(m);
    expect(m.value.name.startsWith('0012_')).toBe(true);
    for (const text of [m.value.up, m.value.down]) expect(/[^\n]\n$/.test(text)).toBe(true);
  });

  it('MySQL and SQLite fall back to drop-and-create with a diagnostic', () => {
    for (const provider of ['mysql', 'sqlite'] as const) {
      const previous = withProvider(teamTasksSchema(), provider);
      const next = edit(previous, { tables: onTable('tasks', (t) => withColumns(t, (cs) => cs.filter((c) => c.name !== 'due_date'))) });
      const m = emitMigration(previous, next, 2);
      expect(m.diagnostics.map((d) => d.code)).toEqual(['emit/unsupported', 'design/destructive-migration']);
      expect(m.value.up.endsWith(emitSql(next, provider))).toBe(true);
      expect(m.value.name).toBe('0002_drop_tasks_due_date');
    }
  });
});
