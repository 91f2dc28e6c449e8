import { nameTag } from '@schemawright/ir';
import { describe, expect, it } from 'vitest';
import { emitTypeOrm } from '../src/typeorm/index.js';
import { allShapes, compositeKeySchema, manyToManySchema, oneToOneSchema, selfRelationSchema, teamTasksSchema, withProvider, allTypesSchema, awkwardNamesSchema } from './helpers/schemas.js';
import { clashingNamesSchema, emptySchema, ormShapes } from './orm-typecheck/shapes.js';

describe('emitTypeOrm: files', () => {
  it('writes one entity per table in schema order, then enums and the index', () => {
    expect(Object.keys(emitTypeOrm(teamTasksSchema()))).toEqual(['typeorm/project.entity.ts', 'typeorm/task.entity.ts', 'typeorm/user.entity.ts', 'typeorm/enums.ts', 'typeorm/index.ts']);
    expect(Object.keys(emitTypeOrm(awkwardNamesSchema()))).toEqual([
      'typeorm/model3d-model.entity.ts',
      'typeorm/status.entity.ts',
      'typeorm/string-model.entity.ts',
      `typeorm/model${nameTag('заказы')}.entity.ts`,
      'typeorm/enums.ts',
      'typeorm/index.ts',
    ]);
  });

  it('exports every entity and enum from the index, with an entities list in schema order', () => {
    const index = emitTypeOrm(teamTasksSchema())['typeorm/index.ts']!;
    expect(index).toContain("import { Project } from './project.entity.js';");
    expect(index).toContain("export { TaskStatus } from './enums.js';");
    expect(index).toContain('export const entities = [Project, Task, User];');
    expect(emitTypeOrm(emptySchema())['typeorm/index.ts']).toContain('export const entities: Function[] = [];');
  });

  it('is deterministic and ends every file with exactly one newline', () => {
    for (const provider of ['postgresql', 'mysql', 'sqlite'] as const) {
      for (const [, shape] of ormShapes(allShapes())) {
        const files = emitTypeOrm(withProvider(shape, provider));
        expect(emitTypeOrm(withProvider(shape, provider))).toEqual(files);
        for (const text of Object.values(files)) {
          expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
          expect(text).not.toMatch(/\r|\t| +\n/);
        }
      }
    }
  });
});

describe('emitTypeOrm: entities', () => {
  const team = emitTypeOrm(teamTasksSchema());
  const task = team['typeorm/task.entity.ts']!;

  it('maps the table, the uuid key and snake_case columns by name', () => {
    expect(task).toContain("@Entity({ name: 'tasks' })\n@Index('tasks_assignee_id_idx', ['assigneeId'])\n@Index('tasks_project_id_status_idx', ['projectId', 'status'])\nexport class Task {");
    expect(task).toContain("@PrimaryGeneratedColumn('uuid', { name: 'id', primaryKeyConstraintName: 'tasks_pkey' })\n  id!: string;");
    expect(task).toContain("@Column({ name: 'assignee_id', type: 'uuid', nullable: true })\n  assigneeId!: string | null;");
    expect(task).toContain("@Column({ name: 'title', type: 'varchar', length: 200 })");
  });

  it('uses CreateDateColumn and UpdateDateColumn for timestamps', () => {
    expect(task).toContain("@CreateDateColumn({ name: 'created_at', type: 'timestamptz' })\n  createdAt!: Date;");
    expect(task).toContain("@UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })\n  updatedAt!: Date;");
  });

  it('puts join columns and delete actions on the key holder, named relations by Prisma field names', () => {
    expect(task).toContain(
      "@ManyToOne(() => User, (user) => user.tasksAsAssignee, { nullable: true, onDelete: 'SET NULL', onUpdate: 'CASCADE' })\n" +
        "  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'tasks_assignee_id_fkey' })\n  assignee!: Relation<User> | null;",
    );
    expect(task).toContain("@ManyToOne(() => Project, (project) => project.tasks, { nullable: false, onDelete: 'CASCADE', onUpdate: 'CASCADE' })");
    expect(team['typeorm/project.entity.ts']).toContain("(user) => user.projects, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'CASCADE' })");
    const user = team['typeorm/user.entity.ts']!;
    expect(user).toContain('@OneToMany(() => Task, (task) => task.assignee)\n  tasksAsAssignee!: Relation<Task[]>;');
    expect(user).toContain('@OneToMany(() => Task, (task) => task.reporter)\n  tasksAsReporter!: Relation<Task[]>;');
    expect(user).not.toContain('JoinColumn');
  });

  it('declares enums as TypeScript string enums with the database values', () => {
    expect(team['typeorm/enums.ts']).toBe("/** The `task_status` enum. */\nexport enum TaskStatus {\n  todo = 'todo',\n  in_progress = 'in_progress',\n  done = 'done',\n}\n");
    expect(task).toContain("@Column({ name: 'status', type: 'enum', enum: TaskStatus, enumName: 'task_status', default: TaskStatus.todo })\n  status!: TaskStatus;");
    expect(task).toContain("import { TaskStatus } from './enums.js';");
    const awkward = emitTypeOrm(awkwardNamesSchema());
    expect(awkward['typeorm/enums.ts']).toContain(`in_progress2 = 'in progress',\n  value_2nd_try = '2nd-try',\n  value_${nameTag('готово')} = 'готово',`);
    expect(awkward['typeorm/status.entity.ts']).toContain('default: StatusEnum.in_progress2 })');
  });

  it('declares indexes and composite uniques with schema.sql names', () => {
    expect(task).toContain("@Index('tasks_project_id_status_idx', ['projectId', 'status'])");
    const bins = emitTypeOrm(compositeKeySchema())['typeorm/bin.entity.ts']!;
    expect(bins).toContain("@Unique('bins_warehouse_region_warehouse_code_shelf_key', ['warehouseRegion', 'warehouseCode', 'shelf'])");
    expect(team['typeorm/user.entity.ts']).toContain("@Column({ name: 'email', type: 'varchar', length: 255, unique: true })");
  });

  it('maps one-to-one with the join column on the key holder and an inverse side without one', () => {
    const files = emitTypeOrm(oneToOneSchema());
    const profile = files['typeorm/profile.entity.ts']!;
    expect(profile).toContain(
      "@OneToOne(() => User, (user) => user.profile, { nullable: false, onDelete: 'CASCADE', onUpdate: 'CASCADE' })\n  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'profiles_user_id_fkey' })\n  user!: Relation<User>;",
    );
    // TypeORM makes a @OneToOne owner's join column unique itself; a second unique would duplicate it
    expect(profile).toContain("@Column({ name: 'user_id', type: 'uuid' })");
    expect(files['typeorm/user.entity.ts']).toContain('@OneToOne(() => Profile, (profile) => profile.user)\n  profile!: Relation<Profile> | null;');
    expect(files['typeorm/passport.entity.ts']).toContain("@Column({ name: 'number', type: 'varchar', length: 20, unique: true })");
  });

  it('maps join tables as entities with a composite primary key and two ManyToOne, never ManyToMany', () => {
    const files = emitTypeOrm(manyToManySchema());
    const postTag = files['typeorm/post-tag.entity.ts']!;
    expect(postTag).toContain("@Entity({ name: 'post_tags' })");
    expect(postTag).toContain("@PrimaryColumn({ name: 'post_id', type: 'uuid', primaryKeyConstraintName: 'post_tags_pkey' })");
    expect(postTag).toContain("@PrimaryColumn({ name: 'tag_id', type: 'uuid', primaryKeyConstraintName: 'post_tags_pkey' })");
    expect(postTag.match(/@ManyToOne\(/g)).toHaveLength(2);
    expect(files['typeorm/post.entity.ts']).toContain('@OneToMany(() => PostTag, (postTag) => postTag.post)\n  postTags!: Relation<PostTag[]>;');
    expect(Object.values(files).join('\n')).not.toContain('ManyToMany');
    expect(files['typeorm/enrollment.entity.ts']).toContain("@Column({ name: 'grade', type: 'decimal', precision: 4, scale: 2, nullable: true })\n  grade!: string | null;");
  });

  it('joins composite keys column by column to the referenced properties', () => {
    expect(emitTypeOrm(compositeKeySchema())['typeorm/bin.entity.ts']).toContain(
      "@JoinColumn([{ name: 'warehouse_region', referencedColumnName: 'region', foreignKeyConstraintName: 'bins_warehouse_region_warehouse_code_fkey' }, { name: 'warehouse_code', referencedColumnName: 'code' }])",
    );
    expect(emitTypeOrm(compositeKeySchema())['typeorm/warehouse.entity.ts']).toContain("@PrimaryColumn({ name: 'region', type: 'varchar', length: 8, primaryKeyConstraintName: 'warehouses_pkey' })");
  });

  it('names both self relations from the same class', () => {
    const employee = emitTypeOrm(selfRelationSchema())['typeorm/employee.entity.ts']!;
    expect(employee).toContain("@ManyToOne(() => Employee, (employee) => employee.employeesAsManager, { nullable: true, onDelete: 'SET NULL', onUpdate: 'CASCADE' })");
    expect(employee).toContain("(employee) => employee.employeesAsMentor, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'CASCADE' })");
    expect(employee).toContain('@OneToMany(() => Employee, (employee) => employee.mentor)\n  employeesAsMentor!: Relation<Employee[]>;');
    expect(employee).not.toContain("from './employee.entity.js'");
  });

  it('follows the shared foreign key decisions: SET NULL on a required key becomes RESTRICT', () => {
    expect(emitTypeOrm(clashingNamesSchema())['typeorm/entity.entity.ts']).toContain("{ nullable: false, onDelete: 'RESTRICT', onUpdate: 'CASCADE' })");
  });

  it('aliases typeorm imports and global types that a class name takes', () => {
    const files = emitTypeOrm(clashingNamesSchema());
    const date = files['typeorm/date.entity.ts']!;
    expect(date).toContain("import { Column as TypeOrmColumn, CreateDateColumn, Entity as TypeOrmEntity, JoinColumn, OneToMany, OneToOne, PrimaryGeneratedColumn, type Relation as TypeOrmRelation, UpdateDateColumn } from 'typeorm';");
    expect(date).toContain("@TypeOrmEntity({ name: 'dates' })\nexport class Date {");
    expect(date).toContain('day!: globalThis.Date;');
    expect(files['typeorm/entity.entity.ts']).toContain("@TypeOrmIndex('entities_column_id_idx', ['columnId'])");
  });
});

describe('emitTypeOrm: providers', () => {
  it('uses MySQL column types', () => {
    const sample = emitTypeOrm(withProvider(allTypesSchema(), 'mysql'))['typeorm/sample.entity.ts']!;
    expect(sample).toContain("@PrimaryGeneratedColumn('increment', { name: 'id', type: 'bigint' })");
    expect(sample).toContain("@Column({ name: 'plain_text', type: 'varchar', length: 191 })");
    expect(sample).toContain("@Column({ name: 'external_id', type: 'char', length: 36, unique: true })");
    expect(sample).toContain("@CreateDateColumn({ name: 'happened_at', type: 'datetime', precision: 3 })");
    expect(sample).toContain("@Column({ name: 'feeling', type: 'enum', enum: Mood, default: Mood.sad })");
    expect(sample).toContain("@Column({ name: 'blob', type: 'longblob', nullable: true })\n  blob!: Buffer | null;");
    // MySQL takes a JSON default only as an expression, as schema.sql writes it
    expect(sample).toContain("@Column({ name: 'payload', type: 'json', default: () => '(\\'{\"a\":1}\\')' })");
  });

  it('uses SQLite column types with simple-enum checks', () => {
    const sample = emitTypeOrm(withProvider(allTypesSchema(), 'sqlite'))['typeorm/sample.entity.ts']!;
    expect(sample).toContain("@Column({ name: 'feeling', type: 'simple-enum', enum: Mood, default: Mood.sad })");
    // TypeORM pastes string defaults into quotes without escaping: a quote needs the raw SQL form
    expect(sample).toContain("@Column({ name: 'short_text', type: 'text', default: () => '\\'it\\'\\'s \"quoted\"\\'' })");
    expect(sample).toContain("@Column({ name: 'price', type: 'decimal', default: 9.5 })\n  price!: number;");
  });

  it('uses PostgreSQL types for the literal defaults of every kind', () => {
    const sample = emitTypeOrm(allTypesSchema())['typeorm/sample.entity.ts']!;
    expect(sample).toContain("@PrimaryGeneratedColumn('increment', { name: 'id', type: 'bigint', primaryKeyConstraintName: 'samples_pkey' })\n  id!: string;");
    expect(sample).toContain("@Column({ name: 'payload', type: 'jsonb', default: '{\"a\":1}' })\n  payload!: unknown;");
    expect(sample).toContain("@Column({ name: 'active', type: 'boolean', default: true })");
    expect(sample).toContain("@Column({ name: 'ratio', type: 'double precision', default: 0.25 })");
  });
});

describe('emitTypeOrm: other providers', () => {
  it('uses PostgreSQL column types for providers without a table of their own, as schema.sql does', () => {
    for (const provider of ['cockroachdb', 'sqlserver', 'mongodb'] as const) {
      expect(emitTypeOrm(withProvider(teamTasksSchema(), provider))).toEqual(emitTypeOrm(teamTasksSchema()));
    }
  });
});
