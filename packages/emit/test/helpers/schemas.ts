/**
 * Hand-built IR schemas covering every shape the emitters must handle. Built only with the IR factories and
 * returned canonical, so every emitter test (and other packages' tests) can share them. Keep exports stable.
 */
import {
  canonicalSchema,
  column,
  databaseChoice,
  enumType,
  index,
  reason,
  relation,
  schema,
  span,
  table,
  type Column,
  type DatabaseProvider,
  type DefaultValue,
  type Index,
  type ReferentialAction,
  type Relation,
  type ScalarType,
  type Schema,
  type Table,
} from '@schemawright/ir';

const RULE = 'test/hand-built';
let line = 0;
/** Each element gets its own line so spans are distinct; every shape starts again at line 1, so it is the same on every call. */
const at = () => ({ origin: span('prd.md', ++line, 1), rule: RULE });
const restart = () => {
  line = 0;
};

type ColumnOptions = { nullable?: boolean; unique?: boolean; default?: DefaultValue; autoUpdate?: boolean; label?: string };

/** A column with a test origin. */
export function col(name: string, type: ScalarType, options: ColumnOptions = {}): Column {
  return column({ ...at(), name, type, ...options });
}

const UUID: ScalarType = { kind: 'uuid' };
const id = () => col('id', UUID, { default: { kind: 'uuid' } });
const createdAt = () => col('created_at', { kind: 'datetime' }, { default: { kind: 'now' } });
const updatedAt = () => col('updated_at', { kind: 'datetime' }, { autoUpdate: true });
const fk = (name: string, nullable = false) => col(name, UUID, { nullable });

/** An index named the way Prisma names it by default. */
export function idx(tableName: string, columns: readonly string[], unique = false): Index {
  return index({ ...at(), name: `${tableName}_${columns.join('_')}_${unique ? 'key' : 'idx'}`, columns, unique, reason: 'foreign key lookups' });
}

/** A table with a test origin. */
export function tbl(
  name: string,
  columns: readonly Column[],
  options: { primaryKey?: readonly string[]; uniques?: readonly (readonly string[])[]; indexes?: readonly Index[]; role?: 'entity' | 'join' } = {},
): Table {
  return table({ ...at(), name, columns, primaryKey: options.primaryKey ?? ['id'], uniques: options.uniques ?? [], indexes: options.indexes ?? [], role: options.role ?? 'entity' });
}

/**
 * A relation named `${from}_${columns}_fkey`. `one` makes it one-to-one (from.cardinality 'one');
 * `fromOptional` says whether a target row may have no holder rows.
 */
export function rel(
  fromTable: string,
  fromColumns: readonly string[],
  toTable: string,
  options: { onDelete?: ReferentialAction; one?: boolean; optional?: boolean; fromOptional?: boolean; toColumns?: readonly string[]; label?: string } = {},
): Relation {
  return relation({
    ...at(),
    name: `${fromTable}_${fromColumns.join('_')}_fkey`,
    from: { table: fromTable, columns: fromColumns, cardinality: options.one ? 'one' : 'many', optional: options.fromOptional ?? true },
    to: { table: toTable, columns: options.toColumns ?? ['id'], cardinality: 'one', optional: options.optional ?? false },
    onDelete: options.onDelete ?? 'cascade',
    ...(options.label !== undefined ? { label: options.label } : {}),
  });
}

function build(name: string, tables: Table[], relations: Relation[], enums: ReturnType<typeof enumType>[] = []): Schema {
  return canonicalSchema(schema({ name, tables, relations, enums }));
}

/** Users, projects, tasks: 1-N with cascade, an optional FK with set-null, two relations between tasks and users, an enum, indexes. */
export function teamTasksSchema(): Schema {
  restart();
  const statusEnum = enumType({ ...at(), name: 'task_status', values: [{ name: 'todo', label: 'To do' }, { name: 'in_progress', label: 'In progress' }, { name: 'done', label: 'Done' }] });
  const users = tbl('users', [id(), col('email', { kind: 'string', maxLength: 255 }, { unique: true }), col('display_name', { kind: 'string', maxLength: 120 }), createdAt(), updatedAt()]);
  const projects = tbl('projects', [id(), col('name', { kind: 'string', maxLength: 200 }), col('description', { kind: 'text' }, { nullable: true }), fk('owner_id'), createdAt()], {
    indexes: [idx('projects', ['owner_id'])],
  });
  const tasks = tbl(
    'tasks',
    [
      id(),
      fk('project_id'),
      fk('assignee_id', true),
      fk('reporter_id'),
      col('title', { kind: 'string', maxLength: 200 }),
      col('status', { kind: 'enum', enumName: 'task_status' }, { default: { kind: 'enum', value: 'todo' } }),
      col('priority', { kind: 'int', bits: 32 }, { default: { kind: 'number', value: 0 } }),
      col('due_date', { kind: 'date' }, { nullable: true }),
      createdAt(),
      updatedAt(),
    ],
    { indexes: [idx('tasks', ['assignee_id']), idx('tasks', ['project_id', 'status'])] },
  );
  return build(
    'Team Tasks',
    [users, projects, tasks],
    [
      rel('projects', ['owner_id'], 'users', { onDelete: 'restrict', label: 'owns' }),
      rel('tasks', ['project_id'], 'projects', { onDelete: 'cascade', label: 'contains' }),
      rel('tasks', ['assignee_id'], 'users', { onDelete: 'set-null', optional: true, label: 'is assigned' }),
      rel('tasks', ['reporter_id'], 'users', { onDelete: 'restrict', label: 'reports' }),
    ],
    [statusEnum],
  );
}

/** Employees with an optional manager (self relation) and an optional mentor (a second self relation). */
export function selfRelationSchema(): Schema {
  restart();
  const employees = tbl('employees', [id(), col('full_name', { kind: 'string' }), fk('manager_id', true), fk('mentor_id', true)], {
    indexes: [idx('employees', ['manager_id'])],
  });
  return build('Org Chart', [employees], [
    rel('employees', ['manager_id'], 'employees', { onDelete: 'set-null', optional: true }),
    rel('employees', ['mentor_id'], 'employees', { onDelete: 'no-action', optional: true }),
  ]);
}

/** One-to-one: every user has at most one profile (FK unique by the relation), and an optional 1-1 passport. */
export function oneToOneSchema(): Schema {
  restart();
  const users = tbl('users', [id(), col('email', { kind: 'string' }, { unique: true })]);
  const profiles = tbl('profiles', [id(), fk('user_id'), col('bio', { kind: 'text' }, { nullable: true })]);
  const passports = tbl('passports', [id(), fk('holder_id', true), col('number', { kind: 'string', maxLength: 20 }, { unique: true })]);
  return build('Profiles', [users, profiles, passports], [
    rel('profiles', ['user_id'], 'users', { one: true, onDelete: 'cascade' }),
    rel('passports', ['holder_id'], 'users', { one: true, optional: true, onDelete: 'set-null' }),
  ]);
}

/** Many-to-many lowered to join tables: one without own columns, one with (enrolled_at, grade). */
export function manyToManySchema(): Schema {
  restart();
  const posts = tbl('posts', [id(), col('title', { kind: 'string' })]);
  const tags = tbl('tags', [id(), col('label', { kind: 'string', maxLength: 50 }, { unique: true })]);
  const postTags = tbl('post_tags', [fk('post_id'), fk('tag_id')], { primaryKey: ['post_id', 'tag_id'], role: 'join', indexes: [idx('post_tags', ['tag_id'])] });
  const students = tbl('students', [id(), col('name', { kind: 'string' })]);
  const courses = tbl('courses', [id(), col('code', { kind: 'string', maxLength: 12 }, { unique: true })]);
  const enrollments = tbl(
    'enrollments',
    [fk('student_id'), fk('course_id'), col('enrolled_at', { kind: 'datetime' }, { default: { kind: 'now' } }), col('grade', { kind: 'decimal', precision: 4, scale: 2 }, { nullable: true })],
    { primaryKey: ['student_id', 'course_id'], role: 'join' },
  );
  return build('Catalog', [posts, tags, postTags, students, courses, enrollments], [
    rel('post_tags', ['post_id'], 'posts'),
    rel('post_tags', ['tag_id'], 'tags'),
    rel('enrollments', ['student_id'], 'students'),
    rel('enrollments', ['course_id'], 'courses', { onDelete: 'restrict' }),
  ]);
}

/**
 * Prisma's implicit many-to-many tables (`_AToB`, columns `A`, `B`): the default name between an integer
 * and a uuid key, a second one of the same pair under its own name next to a 1-N of that pair, and a
 * self relation.
 */
export function implicitManyToManySchema(): Schema {
  restart();
  const collectors = tbl('collectors', [col('id', { kind: 'int', bits: 32 }, { default: { kind: 'autoincrement' } }), col('name', { kind: 'string' })]);
  const pieces = tbl('pieces', [id(), col('title', { kind: 'string' }), col('owner_id', { kind: 'int', bits: 32 }, { nullable: true })], { indexes: [idx('pieces', ['owner_id'])] });
  const users = tbl('users', [id(), col('handle', { kind: 'string' }, { unique: true })]);
  const junction = (name: string, a: ScalarType, b: ScalarType) =>
    tbl(name, [col('A', a), col('B', b)], { primaryKey: ['A', 'B'], role: 'join', indexes: [index({ ...at(), name: `${name}_B_index`, columns: ['B'], unique: false, reason: 'foreign key' })] });
  const int: ScalarType = { kind: 'int', bits: 32 };
  return build('Gallery', [collectors, pieces, users, junction('_CollectorToPiece', int, UUID), junction('_CollectorLikesPiece', int, UUID), junction('_UserFollowsUser', UUID, UUID)], [
    rel('pieces', ['owner_id'], 'collectors', { onDelete: 'set-null' }),
    rel('_CollectorToPiece', ['A'], 'collectors'),
    rel('_CollectorToPiece', ['B'], 'pieces'),
    rel('_CollectorLikesPiece', ['A'], 'collectors'),
    rel('_CollectorLikesPiece', ['B'], 'pieces'),
    rel('_UserFollowsUser', ['A'], 'users'),
    rel('_UserFollowsUser', ['B'], 'users'),
  ]);
}

/** A composite primary key referenced by a composite foreign key, and a composite unique. */
export function compositeKeySchema(): Schema {
  restart();
  const warehouses = tbl('warehouses', [col('region', { kind: 'string', maxLength: 8 }), col('code', { kind: 'string', maxLength: 8 }), col('label', { kind: 'string' })], {
    primaryKey: ['region', 'code'],
  });
  const bins = tbl(
    'bins',
    [col('id', { kind: 'int', bits: 32 }, { default: { kind: 'autoincrement' } }), col('warehouse_region', { kind: 'string', maxLength: 8 }), col('warehouse_code', { kind: 'string', maxLength: 8 }), col('shelf', { kind: 'int', bits: 32 })],
    { uniques: [['warehouse_region', 'warehouse_code', 'shelf']] },
  );
  return build('Storage', [warehouses, bins], [rel('bins', ['warehouse_region', 'warehouse_code'], 'warehouses', { toColumns: ['region', 'code'], onDelete: 'cascade' })]);
}

/** One column per scalar type, with a literal default of each kind. */
export function allTypesSchema(): Schema {
  restart();
  const mood = enumType({ ...at(), name: 'mood', values: [{ name: 'happy', label: 'Happy' }, { name: 'sad', label: 'Sad' }] });
  const samples = tbl('samples', [
    col('id', { kind: 'int', bits: 64 }, { default: { kind: 'autoincrement' } }),
    col('short_text', { kind: 'string', maxLength: 40 }, { default: { kind: 'string', value: "it's \"quoted\"" } }),
    col('plain_text', { kind: 'string' }),
    col('long_text', { kind: 'text' }, { nullable: true }),
    col('small_count', { kind: 'int', bits: 32 }, { default: { kind: 'number', value: 7 } }),
    col('big_count', { kind: 'int', bits: 64 }, { default: { kind: 'number', value: 0 } }),
    col('price', { kind: 'decimal', precision: 10, scale: 2 }, { default: { kind: 'number', value: 9.5 } }),
    col('ratio', { kind: 'float' }, { default: { kind: 'number', value: 0.25 } }),
    col('active', { kind: 'boolean' }, { default: { kind: 'boolean', value: true } }),
    col('birthday', { kind: 'date' }, { nullable: true }),
    col('happened_at', { kind: 'datetime' }, { default: { kind: 'now' } }),
    col('alarm', { kind: 'time' }, { nullable: true }),
    col('external_id', { kind: 'uuid' }, { unique: true }),
    col('payload', { kind: 'json' }, { default: { kind: 'json', value: '{"a":1}' } }),
    col('blob', { kind: 'bytes' }, { nullable: true }),
    col('feeling', { kind: 'enum', enumName: 'mood' }, { default: { kind: 'enum', value: 'sad' } }),
    col('legacy', { kind: 'unknown', raw: 'geometry' }, { nullable: true }),
    updatedAt(),
  ]);
  return build('All Types', [samples], [], [mood]);
}

/**
 * Names Prisma rejects or that clash: a table whose model would be `String`, a model and an enum with the same
 * PascalCase name, names starting with digits, a non-Latin name, enum values that are not identifiers, a
 * column clashing with the relation field its FK would get, and columns that camelCase to the same name.
 */
export function awkwardNamesSchema(): Schema {
  restart();
  const status = enumType({
    ...at(),
    name: 'status',
    values: [{ name: 'in progress', label: 'In progress' }, { name: '2nd-try', label: '2nd try' }, { name: 'готово', label: 'Готово' }, { name: 'in_progress', label: 'in_progress' }],
  });
  const statuses = tbl('statuses', [id(), col('status', { kind: 'enum', enumName: 'status' }, { default: { kind: 'enum', value: 'in progress' } })]);
  const strings = tbl('strings', [id(), col('value', { kind: 'string' })]);
  const models = tbl('3d_models', [id(), col('2fa_enabled', { kind: 'boolean' }), col('select', { kind: 'string' }), fk('owner_id'), col('owner', { kind: 'string' }), col('userId', { kind: 'string' }), col('user_id', { kind: 'string' })]);
  const orders = tbl('заказы', [id(), col('сумма', { kind: 'decimal', precision: 12, scale: 2 }), fk('status_id')]);
  return build('Awkward', [statuses, strings, models, orders], [rel('3d_models', ['owner_id'], 'strings'), rel('заказы', ['status_id'], 'statuses')], [status]);
}

/** Foreign keys in a cycle: each department has an optional head employee, each employee a department. */
export function cyclicSchema(): Schema {
  restart();
  const departments = tbl('departments', [id(), col('name', { kind: 'string', maxLength: 80 }, { unique: true }), fk('head_id', true)]);
  const employees = tbl('employees', [id(), col('name', { kind: 'string' }), fk('department_id')], { indexes: [idx('employees', ['department_id'])] });
  return build('Departments', [departments, employees], [
    rel('departments', ['head_id'], 'employees', { one: true, optional: true, onDelete: 'set-null' }),
    rel('employees', ['department_id'], 'departments', { onDelete: 'cascade' }),
  ]);
}

/** Every shape above, by name: iterate it to test an emitter on all of them. */
export function allShapes(): ReadonlyArray<readonly [string, Schema]> {
  return [
    ['team-tasks', teamTasksSchema()],
    ['self-relation', selfRelationSchema()],
    ['one-to-one', oneToOneSchema()],
    ['many-to-many', manyToManySchema()],
    ['implicit-many-to-many', implicitManyToManySchema()],
    ['composite-key', compositeKeySchema()],
    ['all-types', allTypesSchema()],
    ['awkward-names', awkwardNamesSchema()],
    ['cyclic', cyclicSchema()],
  ];
}

/** Every provider the IR names. */
export const ALL_PROVIDERS: readonly DatabaseProvider[] = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb', 'mongodb'];

/** The same schema for another database provider. */
export function withProvider(s: Schema, provider: DatabaseProvider): Schema {
  return { ...s, database: databaseChoice({ provider, orm: 'prisma', named: true, reasons: [reason(`test uses ${provider}`)] }) };
}
