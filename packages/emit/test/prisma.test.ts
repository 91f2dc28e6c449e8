import { nameTag } from '@schemawright/ir';
import { describe, expect, it } from 'vitest';
import { emitPrisma, formatPrismaSchema, prismaDmmf, validatePrismaSchema } from '../src/prisma/index.js';
import { planPrisma } from '../src/prisma/plan.js';
import {
  ALL_PROVIDERS,
  allShapes,
  allTypesSchema,
  awkwardNamesSchema,
  compositeKeySchema,
  manyToManySchema,
  implicitManyToManySchema,
  oneToOneSchema,
  selfRelationSchema,
  teamTasksSchema,
  withProvider,
} from './helpers/schemas.js';

/** The part of Prisma's DMMF these tests read. */
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  isId: boolean;
  isUpdatedAt: boolean;
  nativeType: [string, string[]] | null;
  default?: { name: string; args: unknown[] } | string | number | boolean;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel { name: string; dbName: string | null; fields: DmmfField[]; primaryKey: { fields: string[] } | null; uniqueFields: string[][] }
interface Dmmf { datamodel: { models: DmmfModel[]; enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[]; indexes: { model: string; type: string; dbName?: string; fields: { name: string }[] }[] } }

const dmmfOf = (text: string) => prismaDmmf(text) as Dmmf;
const model = (d: Dmmf, name: string) => {
  const m = d.datamodel.models.find((x) => x.name === name);
  if (!m) throw new Error(`no model ${name} in ${d.datamodel.models.map((x) => x.name).join(', ')}`);
  return m;
};
const field = (m: DmmfModel, name: string) => {
  const f = m.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${m.name}.${name} in ${m.fields.map((x) => x.name).join(', ')}`);
  return f;
};

describe('emitPrisma on every shape and provider', () => {
  for (const provider of ALL_PROVIDERS) {
    for (const [name, shape] of allShapes()) {
      it(`${name} on ${provider}: valid, formatted, one trailing newline, deterministic`, () => {
        const s = withProvider(shape, provider);
        const out = emitPrisma(s);
        expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(validatePrismaSchema(out.value)).toBeUndefined();
        expect(formatPrismaSchema(out.value)).toBe(out.value);
        expect(out.value.endsWith('\n') && !out.value.endsWith('\n\n')).toBe(true);
        expect(out.value).toContain(`provider = "${provider}"`);
        expect(out.value).not.toContain('url');
        expect(emitPrisma(s).value).toBe(out.value);
        // every table is a model mapped to it, every relation has a field on both sides; an implicit
        // many-to-many table is no model, and its two foreign keys are one relation with a list field on each side
        const d = dmmfOf(out.value);
        const implicit = planPrisma(s).implicitTables;
        expect(d.datamodel.models.map((m) => m.dbName ?? m.name)).toEqual(s.tables.filter((t) => !implicit.has(t.name)).map((t) => t.name));
        const relationFields = d.datamodel.models.flatMap((m) => m.fields.filter((f) => f.kind === 'object'));
        expect(relationFields.length).toBe(2 * (s.relations.length - implicit.size));
        if (provider !== 'mongodb') expect(implicit.size).toBe(name === 'implicit-many-to-many' ? 3 : 0);
      });
    }
  }
});

describe('emitPrisma structure (DMMF)', () => {
  it('prints the generator and a datasource without url', () => {
    const out = emitPrisma(teamTasksSchema()).value;
    expect(out.startsWith('generator client {\n  provider = "prisma-client"\n  output   = "../generated/prisma"\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n')).toBe(true);
  });

  it('maps models, fields and native types for PostgreSQL', () => {
    const d = dmmfOf(emitPrisma(teamTasksSchema()).value);
    const task = model(d, 'Task');
    expect(task.dbName).toBe('tasks');
    expect(field(task, 'projectId').dbName).toBe('project_id');
    expect(field(task, 'title').dbName ?? null).toBeNull();
    expect(field(task, 'title').nativeType).toEqual(['VarChar', ['200']]);
    expect(field(task, 'createdAt').nativeType).toEqual(['Timestamptz', ['6']]);
    expect(field(task, 'updatedAt').isUpdatedAt).toBe(true);
    expect(field(task, 'status').kind).toBe('enum');
    expect(field(task, 'status').default).toBe('todo');
    expect(field(task, 'id').default).toMatchObject({ name: 'uuid' });
    expect(d.datamodel.enums).toEqual([{ name: 'TaskStatus', dbName: 'task_status', values: [{ name: 'todo', dbName: null }, { name: 'in_progress', dbName: null }, { name: 'done', dbName: null }] }]);
    expect(d.datamodel.indexes.filter((i) => i.model === 'Task' && i.type === 'normal').map((i) => i.fields.map((f) => f.name))).toEqual([['assigneeId'], ['projectId', 'status']]);
  });

  it('gives both sides of each relation, names the two relations between tasks and users, keeps onDelete', () => {
    const d = dmmfOf(emitPrisma(teamTasksSchema()).value);
    const task = model(d, 'Task');
    const user = model(d, 'User');
    expect(field(task, 'project')).toMatchObject({ type: 'Project', isRequired: true, relationFromFields: ['projectId'], relationToFields: ['id'], relationOnDelete: 'Cascade' });
    expect(field(task, 'assignee')).toMatchObject({ type: 'User', isRequired: false, relationName: 'TaskAssignee', relationOnDelete: 'SetNull' });
    expect(field(task, 'reporter')).toMatchObject({ type: 'User', isRequired: true, relationName: 'TaskReporter', relationOnDelete: 'Restrict' });
    expect(field(user, 'tasksAsAssignee')).toMatchObject({ type: 'Task', isList: true, relationName: 'TaskAssignee' });
    expect(field(user, 'tasksAsReporter')).toMatchObject({ type: 'Task', isList: true, relationName: 'TaskReporter' });
    expect(field(user, 'projects')).toMatchObject({ type: 'Project', isList: true, relationName: 'ProjectToUser' });
    expect(field(model(d, 'Project'), 'owner')).toMatchObject({ relationOnDelete: 'Restrict', relationName: 'ProjectToUser' });
  });

  it('names self relations and their back fields', () => {
    const d = dmmfOf(emitPrisma(selfRelationSchema()).value);
    const e = model(d, 'Employee');
    expect(field(e, 'manager')).toMatchObject({ type: 'Employee', isRequired: false, relationName: 'EmployeeManager', relationFromFields: ['managerId'], relationOnDelete: 'SetNull' });
    expect(field(e, 'mentor')).toMatchObject({ relationName: 'EmployeeMentor', relationOnDelete: 'NoAction' });
    expect(field(e, 'employeesAsManager')).toMatchObject({ isList: true, relationName: 'EmployeeManager' });
    expect(field(e, 'employeesAsMentor')).toMatchObject({ isList: true, relationName: 'EmployeeMentor' });
  });

  it('makes one-to-one keys unique and the back field a single optional field', () => {
    const d = dmmfOf(emitPrisma(oneToOneSchema()).value);
    expect(field(model(d, 'Profile'), 'userId').isUnique).toBe(true);
    expect(field(model(d, 'Profile'), 'user')).toMatchObject({ isRequired: true, relationOnDelete: 'Cascade' });
    expect(field(model(d, 'Passport'), 'holderId')).toMatchObject({ isUnique: true, isRequired: false });
    expect(field(model(d, 'Passport'), 'holder')).toMatchObject({ isRequired: false, relationOnDelete: 'SetNull' });
    expect(field(model(d, 'User'), 'profile')).toMatchObject({ type: 'Profile', isList: false, isRequired: false });
    expect(field(model(d, 'User'), 'passport')).toMatchObject({ type: 'Passport', isList: false, isRequired: false });
  });

  it('keeps join tables as explicit models with a compound id, with or without own columns', () => {
    const d = dmmfOf(emitPrisma(manyToManySchema()).value);
    const postTag = model(d, 'PostTag');
    expect(postTag.dbName).toBe('post_tags');
    expect(postTag.primaryKey?.fields).toEqual(['postId', 'tagId']);
    expect(field(model(d, 'Post'), 'postTags')).toMatchObject({ type: 'PostTag', isList: true });
    expect(field(model(d, 'Tag'), 'postTags')).toMatchObject({ type: 'PostTag', isList: true });
    const enrollment = model(d, 'Enrollment');
    expect(enrollment.primaryKey?.fields).toEqual(['studentId', 'courseId']);
    expect(field(enrollment, 'grade').nativeType).toEqual(['Decimal', ['4', '2']]);
    expect(field(enrollment, 'course').relationOnDelete).toBe('Restrict');
  });

  it('references a compound primary key with a compound foreign key', () => {
    const d = dmmfOf(emitPrisma(compositeKeySchema()).value);
    expect(model(d, 'Warehouse').primaryKey?.fields).toEqual(['region', 'code']);
    const bin = model(d, 'Bin');
    expect(field(bin, 'warehouse')).toMatchObject({ relationFromFields: ['warehouseRegion', 'warehouseCode'], relationToFields: ['region', 'code'] });
    expect(bin.uniqueFields).toEqual([['warehouseRegion', 'warehouseCode', 'shelf']]);
    expect(field(bin, 'id').default).toMatchObject({ name: 'autoincrement' });
  });

  it('prints every scalar type and literal default', () => {
    const out = emitPrisma(allTypesSchema());
    expect(out.diagnostics).toEqual([]);
    const s = model(dmmfOf(out.value), 'Sample');
    const types = Object.fromEntries(s.fields.map((f) => [f.name, [f.type, f.nativeType?.[0] ?? null]]));
    expect(types).toMatchObject({
      id: ['BigInt', null], shortText: ['String', 'VarChar'], plainText: ['String', null], longText: ['String', 'Text'],
      smallCount: ['Int', null], bigCount: ['BigInt', null], price: ['Decimal', 'Decimal'], ratio: ['Float', null],
      active: ['Boolean', null], birthday: ['DateTime', 'Date'], happenedAt: ['DateTime', 'Timestamptz'], alarm: ['DateTime', 'Time'],
      externalId: ['String', 'Uuid'], payload: ['Json', null], blob: ['Bytes', null], feeling: ['Mood', null], legacy: ['String', null],
    });
    expect(out.value).toContain(`@default("it's \\"quoted\\"")`);
    expect(out.value).toContain('@default("{\\"a\\":1}")');
    expect(field(s, 'price').default).toBe(9.5);
    expect(field(s, 'active').default).toBe(true);
    expect(field(s, 'feeling').default).toBe('sad');
  });

  it('turns reserved and invalid names into identifiers with @map', () => {
    const out = emitPrisma(awkwardNamesSchema());
    // names without a Latin form get a stable tag of the original (not a position, which moves as tables come and go)
    const orders = `Model${nameTag('заказы')}`;
    const amount = `field${nameTag('сумма')}`;
    expect(out.diagnostics.map((x) => x.code)).toEqual(['extract/non-latin-name', 'extract/non-latin-name']);
    expect(out.value).toContain('/// заказы');
    const d = dmmfOf(out.value);
    expect(d.datamodel.models.map((m) => [m.name, m.dbName])).toEqual([
      ['Model3dModel', '3d_models'], ['Status', 'statuses'], ['StringModel', 'strings'], [orders, 'заказы'],
    ]);
    expect(d.datamodel.enums[0]).toMatchObject({ name: 'StatusEnum', dbName: 'status' });
    expect(d.datamodel.enums[0]!.values).toEqual([
      { name: 'in_progress2', dbName: 'in progress' }, { name: 'value_2nd_try', dbName: '2nd-try' }, { name: `value_${nameTag('готово')}`, dbName: 'готово' }, { name: 'in_progress', dbName: null },
    ]);
    const m = model(d, 'Model3dModel');
    expect(field(m, 'field2faEnabled').dbName).toBe('2fa_enabled');
    expect(field(m, 'select').dbName ?? null).toBeNull();
    expect(field(m, 'userId').dbName ?? null).toBeNull();
    expect(field(m, 'userIdField').dbName).toBe('user_id');
    expect(field(m, 'owner').kind).toBe('scalar');
    expect(field(m, 'ownerRelation')).toMatchObject({ kind: 'object', type: 'StringModel', relationFromFields: ['ownerId'] });
    expect(field(model(d, orders), amount).dbName).toBe('сумма');
    expect(field(model(d, 'Status'), 'status').default).toBe('in_progress2');
  });
});

describe("emitPrisma: Prisma's implicit many-to-many tables", () => {
  it('prints list fields on both models instead of a model, named where Prisma needs it', () => {
    const out = emitPrisma(implicitManyToManySchema());
    expect(out.diagnostics).toEqual([]);
    expect(out.value).not.toMatch(/model CollectorToPiece|@@map\("_/);
    const d = dmmfOf(out.value);
    expect(d.datamodel.models.map((m) => m.name)).toEqual(['Collector', 'Piece', 'User']);
    const lists = (model: string) =>
      d.datamodel.models.find((m) => m.name === model)!.fields.filter((f) => f.kind === 'object').map((f) => `${f.name}:${f.type}${f.isList ? '[]' : ''}:${f.relationName}`);
    // Collector and Piece share a 1-N and two many-to-many: every relation of the pair carries its name
    expect(lists('Collector')).toEqual([
      'piecesAsOwner:Piece[]:PieceOwner',
      'piecesAsCollectorLikesPiece:Piece[]:CollectorLikesPiece',
      'piecesAsCollectorToPiece:Piece[]:CollectorToPiece',
    ]);
    expect(lists('Piece')).toEqual([
      'owner:Collector:PieceOwner',
      'collectorsAsCollectorLikesPiece:Collector[]:CollectorLikesPiece',
      'collectorsAsCollectorToPiece:Collector[]:CollectorToPiece',
    ]);
    // a self relation is always named; A pairs with the field whose name sorts first
    expect(lists('User')).toEqual(['usersAsUserFollowsUser:User[]:UserFollowsUser', 'usersOfUserFollowsUser:User[]:UserFollowsUser']);
  });

  it('leaves out the default name when the pair has no other relation, and prints a model for a table Prisma would not make', () => {
    const s = implicitManyToManySchema();
    const only = { ...s, tables: s.tables.filter((t) => t.name !== '_CollectorLikesPiece' && t.name !== '_UserFollowsUser'), relations: s.relations.filter((r) => r.from.table === '_CollectorToPiece') };
    const out = emitPrisma(only).value;
    expect(out).toContain('pieces Piece[]\n');
    expect(out).toContain('collectors Collector[]\n');
    // A must reference the model sorting first: swapped, Prisma would make another table, so it stays a model
    const swapped = { ...only, relations: only.relations.map((r) => ({ ...r, to: { ...r.to, table: r.to.table === 'pieces' ? 'collectors' : 'pieces', columns: ['id'] } })) };
    const typed = { ...swapped, tables: swapped.tables.map((t) => (t.name === '_CollectorToPiece' ? { ...t, columns: [{ ...t.columns[1]!, name: 'A' }, { ...t.columns[0]!, name: 'B' }] } : t)) };
    const printed = emitPrisma(typed);
    expect(printed.value).toContain('@@map("_CollectorToPiece")');
    expect(printed.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  });
});
