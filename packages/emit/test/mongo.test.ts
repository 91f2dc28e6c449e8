import { canonicalSchema, enumType, schema, span, type Schema } from '@schemawright/ir';
import { describe, expect, it } from 'vitest';
import { emitPrismaMongo } from '../src/mongo/index.js';
import { formatPrismaSchema, prismaDmmf, validatePrismaSchema } from '../src/prisma/index.js';
import { recipeBoxSchema } from './helpers/recipe-box.js';
import { allShapes, col, compositeKeySchema, cyclicSchema, idx, manyToManySchema, oneToOneSchema, rel, selfRelationSchema, tbl, teamTasksSchema, withProvider } from './helpers/schemas.js';

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
  nativeType: [string, string[]] | null;
  default?: { name: string; args: unknown[] } | string | number | boolean;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel { name: string; dbName: string | null; fields: DmmfField[]; uniqueFields: string[][] }
interface Dmmf { datamodel: { models: DmmfModel[]; types: DmmfModel[]; enums: { name: string }[] } }

const dmmfOf = (text: string) => prismaDmmf(text) as Dmmf;
const find = (list: DmmfModel[], name: string) => {
  const m = list.find((x) => x.name === name);
  if (!m) throw new Error(`no ${name} in ${list.map((x) => x.name).join(', ')}`);
  return m;
};
const field = (m: DmmfModel, name: string) => {
  const f = m.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${m.name}.${name} in ${m.fields.map((x) => x.name).join(', ')}`);
  return f;
};
const OBJECT_ID: [string, string[]] = ['ObjectId', []];


/** Checks every output must pass: Prisma's validator, `prisma format`, one trailing newline, same bytes twice. */
function expectValidOutput(s: Schema): string {
  const out = emitPrismaMongo(s);
  expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(validatePrismaSchema(out.value)).toBeUndefined();
  expect(formatPrismaSchema(out.value)).toBe(out.value);
  expect(out.value.endsWith('}\n')).toBe(true);
  expect(out.value).toContain('datasource db {\n  provider = "mongodb"\n}\n');
  expect(emitPrismaMongo(s).value).toBe(out.value);
  return out.value;
}

/** Every model's id is MongoDB's generated ObjectId `_id`. */
function expectObjectIds(d: Dmmf): void {
  for (const m of d.datamodel.models) {
    const ids = m.fields.filter((f) => f.isId);
    expect(ids.length, m.name).toBe(1);
    expect(ids[0]).toMatchObject({ type: 'String', dbName: '_id', nativeType: OBJECT_ID, default: { name: 'auto' } });
  }
}

describe('emitPrismaMongo on the shared shapes', () => {
  for (const [name, shape] of allShapes()) {
    it(`${name}: valid, formatted, deterministic, ObjectId ids, every table a collection or accounted for`, () => {
      const s = withProvider(shape, 'mongodb');
      const d = dmmfOf(expectValidOutput(s));
      expectObjectIds(d);
      // every table is a collection, or a note says where it went (an embedded type or id lists)
      const notes = emitPrismaMongo(s).diagnostics.filter((x) => x.code === 'emit/mongo-document').map((x) => x.message);
      const collections = d.datamodel.models.map((m) => m.dbName ?? m.name);
      expect([...collections, ...notes.map((n) => n.split(' ')[1])].sort()).toEqual(s.tables.map((t) => t.name).sort());
      expect(notes.filter((n) => n.includes(' is embedded in ')).length).toBe(d.datamodel.types.length);
      // a reference field holding ObjectIds has ObjectId keys
      for (const m of d.datamodel.models) {
        for (const f of m.fields.filter((x) => x.kind === 'object' && (x.relationFromFields?.length ?? 0) > 0 && x.relationToFields?.[0] === 'id')) {
          for (const k of f.relationFromFields!) expect(field(m, k).nativeType, `${m.name}.${k}`).toEqual(OBJECT_ID);
        }
      }
    });
  }

  it('ignores the provider the schema names: the output is the MongoDB design', () => {
    const out = emitPrismaMongo(teamTasksSchema());
    expect(out.value).toBe(emitPrismaMongo(withProvider(teamTasksSchema(), 'mongodb')).value);
    expect(out.value).toContain('provider = "mongodb"');
  });

  it('many-to-many: a pure junction becomes id lists on both sides, a junction with data stays a collection', () => {
    const d = dmmfOf(emitPrismaMongo(withProvider(manyToManySchema(), 'mongodb')).value);
    expect(d.datamodel.models.map((m) => m.name)).toEqual(['Course', 'Enrollment', 'Post', 'Student', 'Tag']);
    const post = find(d.datamodel.models, 'Post');
    expect(field(post, 'tagIds')).toMatchObject({ kind: 'scalar', type: 'String', isList: true, nativeType: OBJECT_ID });
    expect(field(post, 'tags')).toMatchObject({ kind: 'object', type: 'Tag', isList: true, relationFromFields: ['tagIds'], relationToFields: ['id'] });
    expect(field(find(d.datamodel.models, 'Tag'), 'posts')).toMatchObject({ type: 'Post', isList: true, relationFromFields: ['postIds'] });
    const enrollment = find(d.datamodel.models, 'Enrollment');
    expect(enrollment.uniqueFields).toEqual([['studentId', 'courseId']]);
    expect(field(enrollment, 'studentId').nativeType).toEqual(OBJECT_ID);
    expect(field(enrollment, 'grade')).toMatchObject({ type: 'Float', isRequired: false });
  });

  it('one-to-one: an owned required child is an optional embedded document; an optional key stays a unique reference', () => {
    const d = dmmfOf(emitPrismaMongo(withProvider(oneToOneSchema(), 'mongodb')).value);
    expect(find(d.datamodel.types, 'Profile').fields.map((f) => f.name)).toEqual(['bio']);
    expect(field(find(d.datamodel.models, 'User'), 'profile')).toMatchObject({ kind: 'object', type: 'Profile', isList: false, isRequired: false });
    expect(field(find(d.datamodel.models, 'Passport'), 'holderId')).toMatchObject({ isUnique: true, isRequired: false, nativeType: OBJECT_ID });
  });

  it('composite key: an ObjectId id beside the key, which becomes unique; the owned bins are embedded without their keys', () => {
    const out = emitPrismaMongo(withProvider(compositeKeySchema(), 'mongodb'));
    const d = dmmfOf(out.value);
    const warehouse = find(d.datamodel.models, 'Warehouse');
    expect(warehouse.uniqueFields).toEqual([['region', 'code']]);
    expect(field(warehouse, 'bins')).toMatchObject({ kind: 'object', type: 'Bin', isList: true });
    expect(find(d.datamodel.types, 'Bin').fields.map((f) => f.name)).toEqual(['shelf']);
    expect(out.diagnostics.map((x) => x.message)).toContain(
      'MongoDB: bins is embedded in warehouses as Warehouse.bins (type Bin[]), since each row belongs to one row of warehouses and nothing references it; left out: id, warehouse_region, warehouse_code',
    );
  });

  it('cycles and self relations get NoAction (MongoDB emulates actions and refuses cycles); other actions are kept', () => {
    const cyclic = dmmfOf(emitPrismaMongo(withProvider(cyclicSchema(), 'mongodb')).value);
    expect(field(find(cyclic.datamodel.models, 'Department'), 'head').relationOnDelete).toBe('NoAction');
    expect(field(find(cyclic.datamodel.models, 'Employee'), 'department').relationOnDelete).toBe('Cascade');
    const self = dmmfOf(emitPrismaMongo(withProvider(selfRelationSchema(), 'mongodb')).value);
    expect(field(find(self.datamodel.models, 'Employee'), 'manager').relationOnDelete).toBe('NoAction');
    const tasks = dmmfOf(emitPrismaMongo(withProvider(teamTasksSchema(), 'mongodb')).value);
    expect(field(find(tasks.datamodel.models, 'Task'), 'assignee')).toMatchObject({ relationOnDelete: 'SetNull', relationName: 'TaskAssignee' });
    expect(field(find(tasks.datamodel.models, 'Project'), 'owner').relationOnDelete).toBe('Restrict');
  });
});

describe('emitPrismaMongo on a recipe box', () => {
  const s = recipeBoxSchema();
  const out = emitPrismaMongo(s);
  const d = dmmfOf(out.value);
  const model = (name: string) => find(d.datamodel.models, name);

  it('is valid, formatted and deterministic, with ObjectId ids', () => {
    expectValidOutput(s);
    expectObjectIds(d);
  });

  it('collections: the entities, the junction with a note, the unbounded log; no junction models for pure links', () => {
    expect(d.datamodel.models.map((m) => `${m.name}:${m.dbName}`)).toEqual([
      'CookActivityLog:cook_activity_logs', 'Cook:cooks', 'Favorite:favorites', 'MealPlanEntry:meal_plan_entries', 'Recipe:recipes', 'Tag:tags',
    ]);
  });

  it('owned data is embedded: composite types without id, parent key or timestamps, order field kept', () => {
    expect(d.datamodel.types.map((t) => t.name)).toEqual(['Ingredient', 'NutritionFact', 'Step']);
    const ingredient = find(d.datamodel.types, 'Ingredient');
    expect(ingredient.fields.map((f) => f.name)).toEqual(['name', 'quantity', 'unit', 'note', 'position']);
    expect(field(ingredient, 'unit')).toMatchObject({ kind: 'enum', type: 'Unit', default: 'g' });
    expect(field(ingredient, 'note').isRequired).toBe(false);
    expect(find(d.datamodel.types, 'Step').fields.map((f) => f.name)).toEqual(['instruction', 'position']);
    expect(field(find(d.datamodel.types, 'NutritionFact'), 'measuredOn')).toMatchObject({ dbName: 'measured_on', nativeType: ['Date', []] });
    const recipe = model('Recipe');
    expect(field(recipe, 'ingredients')).toMatchObject({ kind: 'object', type: 'Ingredient', isList: true, isRequired: true });
    expect(field(recipe, 'steps')).toMatchObject({ type: 'Step', isList: true });
    // a one-to-one every recipe has: a required embedded document
    expect(field(recipe, 'nutritionFact')).toMatchObject({ type: 'NutritionFact', isList: false, isRequired: true });
  });

  it('pure junctions are id lists, named for the key (self links too) or for the junction when the name is taken', () => {
    const recipe = model('Recipe');
    const cook = model('Cook');
    expect(field(recipe, 'tagIds')).toMatchObject({ isList: true, nativeType: OBJECT_ID });
    expect(field(recipe, 'tags')).toMatchObject({ type: 'Tag', isList: true, relationFromFields: ['tagIds'], relationToFields: ['id'] });
    expect(field(model('Tag'), 'recipes')).toMatchObject({ type: 'Recipe', relationFromFields: ['recipeIds'] });
    expect(field(cook, 'followers')).toMatchObject({ type: 'Cook', relationName: 'Follow', relationFromFields: ['followerIds'] });
    expect(field(cook, 'followees')).toMatchObject({ type: 'Cook', relationName: 'Follow', relationFromFields: ['followeeIds'] });
    expect(field(cook, 'followeeIds').nativeType).toEqual(OBJECT_ID);
    // cooks and recipes are also joined by recipes.cook_id: the link is named, and Cook.recipes is the back field
    expect(field(cook, 'recipes')).toMatchObject({ type: 'Recipe', relationFromFields: [] });
    expect(field(cook, 'recipeLikes')).toMatchObject({ type: 'Recipe', relationName: 'RecipeLike', relationFromFields: ['recipeLikeIds'] });
    expect(field(recipe, 'cooks')).toMatchObject({ type: 'Cook', relationName: 'RecipeLike', relationFromFields: ['cookIds'] });
  });

  it('references are ObjectIds with their indexes, keys and actions', () => {
    expect(field(model('Recipe'), 'cookId')).toMatchObject({ type: 'String', nativeType: OBJECT_ID, dbName: 'cook_id' });
    expect(field(model('Recipe'), 'cook').relationOnDelete).toBe('Cascade');
    expect(field(model('MealPlanEntry'), 'plannedOn').nativeType).toEqual(['Date', []]);
    expect(field(model('CookActivityLog'), 'cookId').nativeType).toEqual(OBJECT_ID);
    const favorite = model('Favorite');
    expect(favorite.uniqueFields).toEqual([['cookId', 'recipeId']]);
    expect(field(favorite, 'recipe').relationOnDelete).toBe('Restrict');
    expect(out.value).toContain('@@index([cookId])');
    expect(field(model('Cook'), 'updatedAt')).toMatchObject({ dbName: 'updated_at' });
    expect(field(model('Cook'), 'email').isUnique).toBe(true);
  });

  it('says where each embedded table and id-list junction went, in schema order', () => {
    const notes = out.diagnostics.filter((x) => x.code === 'emit/mongo-document');
    expect(notes.every((x) => x.severity === 'info')).toBe(true);
    expect(notes.map((x) => x.message)).toEqual([
      'MongoDB: follows becomes the id lists Cook.followerIds and Cook.followeeIds, since it only links cooks and cooks; left out: follower_id, followee_id, created_at',
      'MongoDB: ingredients is embedded in recipes as Recipe.ingredients (type Ingredient[]), since each row belongs to one row of recipes and nothing references it; left out: id, recipe_id, created_at, updated_at',
      'MongoDB: nutrition_facts is embedded in recipes as Recipe.nutritionFact (type NutritionFact), since each row belongs to one row of recipes and nothing references it; left out: id, recipe_id',
      'MongoDB: recipe_likes becomes the id lists Cook.recipeLikeIds and Recipe.cookIds, since it only links cooks and recipes; left out: cook_id, recipe_id, created_at',
      'MongoDB: recipe_tags becomes the id lists Recipe.tagIds and Tag.recipeIds, since it only links recipes and tags; left out: recipe_id, tag_id, created_at',
      'MongoDB: steps is embedded in recipes as Recipe.steps (type Step[]), since each row belongs to one row of recipes and nothing references it; left out: id, recipe_id, created_at',
    ]);
    expect(notes.map((x) => x.span?.file)).toEqual(Array(6).fill('prd.md'));
  });
});
