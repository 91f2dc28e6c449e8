import { describe, expect, it } from 'vitest';
import { emitDrizzle } from '../src/drizzle/index.js';
import { allShapes, allTypesSchema, compositeKeySchema, cyclicSchema, manyToManySchema, oneToOneSchema, selfRelationSchema, teamTasksSchema, withProvider } from './helpers/schemas.js';
import { clashingNamesSchema, emptySchema, ormShapes } from './orm-typecheck/shapes.js';

const schemaOf = (files: Record<string, string>) => files['drizzle/schema.ts']!;

describe('emitDrizzle: file', () => {
  it('writes one schema file, deterministic, ending with exactly one newline', () => {
    for (const provider of ['postgresql', 'mysql', 'sqlite'] as const) {
      for (const [, shape] of ormShapes(allShapes())) {
        const files = emitDrizzle(withProvider(shape, provider));
        expect(Object.keys(files)).toEqual(['drizzle/schema.ts']);
        expect(emitDrizzle(withProvider(shape, provider))).toEqual(files);
        const text = schemaOf(files);
        expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
        expect(text).not.toMatch(/\r|\t| +\n/);
      }
    }
    expect(schemaOf(emitDrizzle(emptySchema()))).toBe('// Drizzle ORM schema of Empty for postgresql.\n');
  });

  it('declares enums, then tables in schema order, then relations', () => {
    const text = schemaOf(emitDrizzle(teamTasksSchema()));
    const at = (s: string) => text.indexOf(s);
    expect(at('export const taskStatusEnum = pgEnum(')).toBeGreaterThan(0);
    expect(at('export const taskStatusEnum')).toBeLessThan(at('export const projects = pgTable('));
    expect(at('export const projects =')).toBeLessThan(at('export const tasks ='));
    expect(at('export const tasks =')).toBeLessThan(at('export const users ='));
    expect(at('export const users =')).toBeLessThan(at('export const projectsRelations ='));
    expect(text).toContain("import { relations } from 'drizzle-orm';\nimport { date, index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';");
  });
});

describe('emitDrizzle: PostgreSQL columns and keys', () => {
  const text = schemaOf(emitDrizzle(teamTasksSchema()));

  it('builds columns with the right builders and modifiers', () => {
    expect(text).toContain("export const taskStatusEnum = pgEnum('task_status', ['todo', 'in_progress', 'done']);");
    expect(text).toContain("  id: uuid('id').primaryKey().defaultRandom().$defaultFn(() => randomUUID()),");
    expect(text).toContain("  title: varchar('title', { length: 200 }).notNull(),");
    expect(text).toContain("  status: taskStatusEnum('status').notNull().default('todo'),");
    expect(text).toContain("  createdAt: timestamp('created_at', { precision: 6, withTimezone: true }).notNull().defaultNow(),");
    expect(text).toContain("  updatedAt: timestamp('updated_at', { precision: 6, withTimezone: true }).notNull().$onUpdate(() => new Date()),");
    expect(text).toContain("  email: varchar('email', { length: 255 }).notNull().unique('users_email_key'),");
    expect(text).toContain("  description: text('description'),");
  });

  it('references targets with the shared delete actions', () => {
    expect(text).toContain("  ownerId: uuid('owner_id').notNull().references(() => users.id, { onDelete: 'restrict', onUpdate: 'cascade' }),");
    expect(text).toContain("  assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null', onUpdate: 'cascade' }),");
    expect(schemaOf(emitDrizzle(clashingNamesSchema()))).toContain("columnId: uuid('column_id').notNull().references(() => columns.id, { onDelete: 'restrict', onUpdate: 'cascade' }),");
  });

  it('declares indexes in the extra-config callback with schema.sql names', () => {
    expect(text).toContain("}, (t) => [\n  index('tasks_assignee_id_idx').on(t.assigneeId),\n  index('tasks_project_id_status_idx').on(t.projectId, t.status),\n]);");
  });

  it('writes relations for both sides, named where Prisma names them', () => {
    expect(text).toContain(
      "export const tasksRelations = relations(tasks, ({ one }) => ({\n  assignee: one(users, { fields: [tasks.assigneeId], references: [users.id], relationName: 'TaskAssignee' }),\n" +
        "  project: one(projects, { fields: [tasks.projectId], references: [projects.id] }),\n",
    );
    expect(text).toContain(
      "export const usersRelations = relations(users, ({ many }) => ({\n  projects: many(projects),\n  tasksAsAssignee: many(tasks, { relationName: 'TaskAssignee' }),\n  tasksAsReporter: many(tasks, { relationName: 'TaskReporter' }),\n}));",
    );
  });

  it('annotates reference callbacks only where tables refer to each other', () => {
    expect(text).not.toContain('AnyPgColumn');
    const self = schemaOf(emitDrizzle(selfRelationSchema()));
    expect(self).toContain("managerId: uuid('manager_id').references((): AnyPgColumn => employees.id, { onDelete: 'set null', onUpdate: 'cascade' }),");
    const cyclic = schemaOf(emitDrizzle(cyclicSchema()));
    expect(cyclic).toContain("import { type AnyPgColumn, index, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';");
    expect(cyclic).toContain('.references((): AnyPgColumn => employees.id');
    expect(cyclic).toContain('.references((): AnyPgColumn => departments.id');
  });

  it('makes one-to-one keys unique and names the inverse side the way Drizzle can resolve it', () => {
    const oneToOne = schemaOf(emitDrizzle(oneToOneSchema()));
    expect(oneToOne).toContain("userId: uuid('user_id').notNull().unique('profiles_user_id_key').references(() => users.id, { onDelete: 'cascade', onUpdate: 'cascade' }),");
    expect(oneToOne).toContain("holderId: uuid('holder_id').unique('passports_holder_id_key').references(() => users.id, { onDelete: 'set null', onUpdate: 'cascade' }),");
    expect(oneToOne).toContain('export const usersRelations = relations(users, ({ one }) => ({\n  passport: one(passports),\n  profile: one(profiles),\n}));');
    const cyclic = schemaOf(emitDrizzle(cyclicSchema()));
    expect(cyclic).toContain("departmentAsHead: one(departments, { fields: [employees.id], references: [departments.headId], relationName: 'DepartmentHead' }),");
  });

  it('puts composite primary and foreign keys and composite uniques in the extra config', () => {
    const composite = schemaOf(emitDrizzle(compositeKeySchema()));
    expect(composite).toContain(
      "  foreignKey({ name: 'bins_warehouse_region_warehouse_code_fkey', columns: [t.warehouseRegion, t.warehouseCode], foreignColumns: [warehouses.region, warehouses.code] }).onDelete('cascade').onUpdate('cascade'),\n" +
        "  unique('bins_warehouse_region_warehouse_code_shelf_key').on(t.warehouseRegion, t.warehouseCode, t.shelf),",
    );
    expect(composite).toContain("  primaryKey({ name: 'warehouses_pkey', columns: [t.region, t.code] }),");
    expect(composite).toContain("  id: serial('id').primaryKey(),");
    expect(composite).toContain('warehouse: one(warehouses, { fields: [bins.warehouseRegion, bins.warehouseCode], references: [warehouses.region, warehouses.code] }),');
  });

  it('keeps join tables as tables with a composite key', () => {
    const m2m = schemaOf(emitDrizzle(manyToManySchema()));
    expect(m2m).toContain("export const postTags = pgTable('post_tags', {");
    expect(m2m).toContain("  primaryKey({ name: 'post_tags_pkey', columns: [t.postId, t.tagId] }),\n  index('post_tags_tag_id_idx').on(t.tagId),");
    expect(m2m).toContain("export const postsRelations = relations(posts, ({ many }) => ({\n  postTags: many(postTags),\n}));");
    expect(m2m).toContain("grade: numeric('grade', { precision: 4, scale: 2 }),");
  });

  it('writes literal defaults of every kind and a custom bytea type', () => {
    const all = schemaOf(emitDrizzle(allTypesSchema()));
    expect(all).toContain("const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });");
    expect(all).toContain("  id: bigserial('id', { mode: 'number' }).primaryKey(),");
    expect(all).toContain("  shortText: varchar('short_text', { length: 40 }).notNull().default('it\\'s \"quoted\"'),");
    expect(all).toContain("  price: numeric('price', { precision: 10, scale: 2 }).notNull().default('9.5'),");
    expect(all).toContain("  payload: jsonb('payload').notNull().default({\"a\":1}),");
    expect(all).toContain("  feeling: moodEnum('feeling').notNull().default('sad'),");
    expect(all).toContain("  blob: bytea('blob'),");
  });

  it('renames a table variable that would clash with an import', () => {
    const clash = schemaOf(emitDrizzle(clashingNamesSchema()));
    expect(clash).toContain("export const relationsTable = pgTable('relations', {");
    expect(clash).toContain('export const relationsTableRelations = relations(relationsTable, ({ one }) => ({');
  });
});

describe('emitDrizzle: MySQL and SQLite', () => {
  it('uses mysqlTable, inline enums, autoincrement and CURRENT_TIMESTAMP(3)', () => {
    const team = schemaOf(emitDrizzle(withProvider(teamTasksSchema(), 'mysql')));
    expect(team).toContain("export const tasks = mysqlTable('tasks', {");
    expect(team).toContain("  status: mysqlEnum('status', ['todo', 'in_progress', 'done']).notNull().default('todo'),");
    expect(team).toContain("  id: char('id', { length: 36 }).primaryKey().$defaultFn(() => randomUUID()),");
    expect(team).toContain("import { randomUUID } from 'node:crypto';");
    expect(team).toContain("createdAt: datetime('created_at', { mode: 'date', fsp: 3 }).notNull().default(sql`CURRENT_TIMESTAMP(3)`),");
    expect(team).not.toContain('pgEnum');
    const all = schemaOf(emitDrizzle(withProvider(allTypesSchema(), 'mysql')));
    expect(all).toContain("  id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),");
    expect(all).toContain("const longblob = customType<{ data: Buffer }>({ dataType: () => 'longblob' });");
    const composite = schemaOf(emitDrizzle(withProvider(compositeKeySchema(), 'mysql')));
    expect(composite).toContain('  primaryKey({ columns: [t.region, t.code] }),');
  });

  it('uses sqliteTable, text enums, integer booleans and rowid autoincrement', () => {
    const all = schemaOf(emitDrizzle(withProvider(allTypesSchema(), 'sqlite')));
    expect(all).toContain("  id: integer('id').primaryKey({ autoIncrement: true }),");
    expect(all).toContain("  feeling: text('feeling', { enum: ['happy', 'sad'] }).notNull().default('sad'),");
    expect(all).toContain("  active: integer('active', { mode: 'boolean' }).notNull().default(true),");
    expect(all).toContain("  happenedAt: text('happened_at').notNull().default(sql`CURRENT_TIMESTAMP`),");
    expect(all).toContain("  updatedAt: text('updated_at').notNull().$onUpdate(() => sql`CURRENT_TIMESTAMP`),");
    expect(all).toContain("  payload: text('payload', { mode: 'json' }).notNull().default({\"a\":1}),");
    const cyclic = schemaOf(emitDrizzle(withProvider(cyclicSchema(), 'sqlite')));
    expect(cyclic).toContain('.references((): AnySQLiteColumn => employees.id');
  });
});

describe('emitDrizzle: other providers', () => {
  it('writes the PostgreSQL schema for providers Drizzle has no dialect of here', () => {
    for (const provider of ['cockroachdb', 'sqlserver', 'mongodb'] as const) {
      expect(schemaOf(emitDrizzle(withProvider(teamTasksSchema(), provider)))).toBe(
        schemaOf(emitDrizzle(teamTasksSchema())),
      );
    }
  });
});
