import { canonicalSchema, enumType, schema, span, type Schema } from '@schemawright/ir';
import { col, idx, rel, tbl, withProvider } from './schemas.js';

/**
 * A recipe box: cooks own recipes; ingredients, steps and one required nutrition record are owned by a recipe;
 * tags, likes and follows are pure links; favourites carry a note; meal plan entries link cooks and recipes with
 * a date; activity logs grow without bound.
 */
export function recipeBoxSchema(): Schema {
  const at = (line: number) => ({ origin: span('architecture.md', line, 1), rule: 'test/hand-built' });
  const id = () => col('id', { kind: 'string' }, { default: { kind: 'uuid' } });
  const fk = (name: string) => col(name, { kind: 'string' });
  const createdAt = () => col('created_at', { kind: 'datetime' }, { default: { kind: 'now' } });
  const updatedAt = () => col('updated_at', { kind: 'datetime' }, { autoUpdate: true });
  const unit = enumType({ ...at(1), name: 'unit', values: [{ name: 'g', label: 'grams' }, { name: 'ml', label: 'millilitres' }, { name: 'piece', label: 'piece' }] });
  const join = (name: string, a: string, b: string) => tbl(name, [fk(a), fk(b), createdAt()], { primaryKey: [a, b], role: 'join', indexes: [idx(name, [b])] });
  const tables = [
    tbl('cooks', [id(), col('email', { kind: 'string' }, { unique: true }), col('display_name', { kind: 'string' }), createdAt(), updatedAt()]),
    tbl('recipes', [id(), fk('cook_id'), col('title', { kind: 'string' }), col('servings', { kind: 'int', bits: 32 }), createdAt(), updatedAt()], { indexes: [idx('recipes', ['cook_id'])] }),
    tbl('ingredients', [
      id(), fk('recipe_id'), col('name', { kind: 'string' }), col('quantity', { kind: 'float' }), col('unit', { kind: 'enum', enumName: 'unit' }, { default: { kind: 'enum', value: 'g' } }),
      col('note', { kind: 'text' }, { nullable: true }), col('position', { kind: 'int', bits: 32 }), createdAt(), updatedAt(),
    ], { indexes: [idx('ingredients', ['recipe_id'])] }),
    tbl('steps', [id(), fk('recipe_id'), col('instruction', { kind: 'text' }), col('position', { kind: 'int', bits: 32 }), createdAt()], { uniques: [['recipe_id', 'position']] }),
    tbl('nutrition_facts', [id(), fk('recipe_id'), col('calories', { kind: 'int', bits: 32 }), col('measured_on', { kind: 'date' }, { nullable: true })]),
    tbl('tags', [id(), col('name', { kind: 'string' }, { unique: true })]),
    join('recipe_tags', 'recipe_id', 'tag_id'),
    join('follows', 'follower_id', 'followee_id'),
    join('recipe_likes', 'cook_id', 'recipe_id'),
    tbl('favorites', [fk('cook_id'), fk('recipe_id'), col('note', { kind: 'string' })], { primaryKey: ['cook_id', 'recipe_id'], role: 'join' }),
    tbl('meal_plan_entries', [id(), fk('cook_id'), fk('recipe_id'), col('planned_on', { kind: 'date' })]),
    tbl('cook_activity_logs', [id(), fk('cook_id'), col('action', { kind: 'string' }), createdAt()]),
  ];
  const relations = [
    rel('recipes', ['cook_id'], 'cooks', { fromOptional: true }),
    rel('ingredients', ['recipe_id'], 'recipes', { fromOptional: false }),
    rel('steps', ['recipe_id'], 'recipes', { fromOptional: false }),
    rel('nutrition_facts', ['recipe_id'], 'recipes', { one: true, fromOptional: false }),
    rel('recipe_tags', ['recipe_id'], 'recipes'),
    rel('recipe_tags', ['tag_id'], 'tags'),
    rel('follows', ['follower_id'], 'cooks'),
    rel('follows', ['followee_id'], 'cooks'),
    rel('recipe_likes', ['cook_id'], 'cooks'),
    rel('recipe_likes', ['recipe_id'], 'recipes'),
    rel('favorites', ['cook_id'], 'cooks'),
    rel('favorites', ['recipe_id'], 'recipes', { onDelete: 'restrict' }),
    rel('meal_plan_entries', ['cook_id'], 'cooks'),
    rel('meal_plan_entries', ['recipe_id'], 'recipes'),
    rel('cook_activity_logs', ['cook_id'], 'cooks'),
  ];
  return withProvider(canonicalSchema(schema({ name: 'Recipe Box', tables, relations, enums: [unit] })), 'mongodb');
}
