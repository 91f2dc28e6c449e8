import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { embeddingsOf, emitPrismaMongo, idListJunctionsOf, prismaDmmf } from '@schemawright/emit';
import type { Schema } from '@schemawright/ir';
import { emitSeedTs, emitSeedTsMongo, generateRows, objectIdOf, planSeed, type SeedTableRows } from '@schemawright/seed';
import { generateSchema } from 'schemawright';
import { allShapes } from '../../emit/test/helpers/schemas.js';
import { seedFixtures } from './helpers/fixtures.js';

interface DmmfField { name: string; kind: string; type: string; isList: boolean }
interface DmmfModel { name: string; fields: DmmfField[] }
interface Dmmf { datamodel: { models: DmmfModel[]; types: DmmfModel[] } }

/** A literal of seed.ts as plain data: strings, numbers, booleans, arrays, objects; anything else is its source text. */
type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

function literalOf(node: ts.Expression): Literal {
  if (ts.isStringLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(node)) return node.elements.map(literalOf);
  if (ts.isObjectLiteralExpression(node)) {
    return Object.fromEntries(node.properties.map((p) => [p.name!.getText().replace(/^"|"$/g, ''), literalOf((p as ts.PropertyAssignment).initializer)]));
  }
  return `<${node.getText()}>`;
}

/** Every `prisma.X.createMany({ data: [...] })` call, in source order, with its documents as data. */
function createManyCalls(source: string): { accessor: string; docs: Record<string, Literal>[] }[] {
  const file = ts.createSourceFile('seed.ts', source, ts.ScriptTarget.ES2022, true);
  const calls: { accessor: string; docs: Record<string, Literal>[] }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isPropertyAccessExpression(node.expression.expression)) {
      const arg = literalOf(node.arguments[0]!) as { data: Record<string, Literal>[] };
      calls.push({ accessor: `${node.expression.expression.name.text}.${node.expression.name.text}`, docs: arg.data });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function recipeBox(): Schema {
  const ws = new URL('../../../examples/workspaces/recipe-box/', import.meta.url);
  const read = (p: string) => readFileSync(new URL(p, ws), 'utf8');
  const documents = ['product/prd/prd.md', 'code/architecture/architecture.md'].map((path) => ({ path, text: read(path) }));
  return generateSchema({ documents, config: JSON.parse(read('config.json')) }).schema;
}

function seedOf(s: Schema, defaultRows?: number) {
  const plan = planSeed(s, defaultRows === undefined ? {} : { defaultRows }).value;
  const rows = generateRows(s, plan).value;
  return { plan, rows, files: emitSeedTsMongo(s, plan, rows) };
}

/**
 * Checks seed.ts against the DMMF of the MongoDB schema.prisma: each call targets a model (never an embedded
 * type or an id-list junction), each key is a field of it, and a composite field holds documents whose keys
 * are fields of that type. Returns the calls by model name.
 */
function checkAgainstDmmf(name: string, s: Schema, seedTs: string): Map<string, Record<string, Literal>[]> {
  const dmmf = prismaDmmf(emitPrismaMongo(s).value) as Dmmf;
  const byModel = new Map<string, Record<string, Literal>[]>();
  for (const call of createManyCalls(seedTs)) {
    const model = dmmf.datamodel.models.find((m) => `${lowerFirst(m.name)}.createMany` === call.accessor);
    expect(model, `${name}: ${call.accessor}`).toBeDefined();
    byModel.set(model!.name, call.docs);
    for (const doc of call.docs) {
      for (const [key, value] of Object.entries(doc)) {
        const f = model!.fields.find((x) => x.name === key);
        expect(f, `${name}: ${model!.name}.${key}`).toBeDefined();
        // a relation field (kind object, a model type) is never written: references go in as ids
        const composite = dmmf.datamodel.types.some((t) => t.name === f!.type);
        expect(f!.kind !== 'object' || composite, `${name}: ${model!.name}.${key} is no relation field`).toBe(true);
        if (composite) expect(typeof value === 'object' && value !== null, `${name}: ${model!.name}.${key} holds documents`).toBe(true);
      }
      for (const f of model!.fields.filter((x) => x.kind === 'object' && dmmf.datamodel.types.some((t) => t.name === x.type))) {
        const type = dmmf.datamodel.types.find((t) => t.name === f.type)!;
        const value = doc[f.name];
        if (value === undefined) continue;
        const embedded = (f.isList ? value : [value]) as Record<string, Literal>[];
        expect(Array.isArray(embedded), `${name}: ${model!.name}.${f.name}`).toBe(true);
        for (const e of embedded) for (const key of Object.keys(e)) expect(type.fields.map((x) => x.name), `${name}: ${type.name}.${key}`).toContain(key);
      }
    }
  }
  return byModel;
}

const column = (t: SeedTableRows, name: string) => t.rows.map((r) => r[t.columns.indexOf(name)]!);

describe('seed.ts for MongoDB', () => {
  const s = recipeBox();
  const { rows, files } = seedOf(s, 6);
  const seedTs = files['seed.ts'];
  const table = (name: string) => rows.tables.find((t) => t.table === name)!;

  it('recipe-box plans ingredients and steps as embedded types and _RecipeToTag as id lists', () => {
    // the premise of the other tests: if the design changes, they must be revisited
    expect([...embeddingsOf(s).keys()]).toEqual(['ingredients', 'steps']);
    expect([...idListJunctionsOf(s).keys()]).toEqual(['_RecipeToTag']);
  });

  it('seeds collections only, in plan order, with fields the MongoDB schema.prisma has', () => {
    const calls = createManyCalls(seedTs);
    expect(calls.map((c) => c.accessor)).toEqual(['cook.createMany', 'recipe.createMany', 'mealPlanEntry.createMany', 'tag.createMany']);
    const byModel = checkAgainstDmmf('recipe-box', s, seedTs);
    expect(byModel.get('Recipe')!.every((d) => Array.isArray(d['ingredients']) && Array.isArray(d['steps']) && Array.isArray(d['tagIds']))).toBe(true);
  });

  it('embeds each parent its children, in row order, without their ids, parent keys or timestamps', () => {
    const recipes = createManyCalls(seedTs).find((c) => c.accessor === 'recipe.createMany')!.docs;
    const ingredients = table('ingredients');
    const recipeIds = column(table('recipes'), 'id');
    const owner = column(ingredients, 'recipe_id');
    recipes.forEach((doc, i) => {
      const expected = ingredients.rows.filter((_, k) => owner[k] === recipeIds[i]).map((r) => ({
        name: r[ingredients.columns.indexOf('name')],
        quantity: r[ingredients.columns.indexOf('quantity')],
        position: r[ingredients.columns.indexOf('position')],
      }));
      expect(doc['ingredients']).toEqual(expected);
    });
    expect(recipes.flatMap((d) => d['steps'] as Literal[])).toHaveLength(table('steps').rows.length);
  });

  it('writes ids, references and id lists as the same deterministic ObjectIds', () => {
    const calls = createManyCalls(seedTs);
    const docs = (accessor: string) => calls.find((c) => c.accessor === accessor)!.docs;
    const cookIds = new Set(docs('cook.createMany').map((d) => d['id']));
    const recipeIds = docs('recipe.createMany').map((d) => d['id'] as string);
    const tagIds = docs('tag.createMany').map((d) => d['id'] as string);
    for (const id of [...cookIds, ...recipeIds, ...tagIds]) expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(recipeIds).toEqual(column(table('recipes'), 'id').map(objectIdOf));
    expect(docs('recipe.createMany').every((d) => cookIds.has(d['cookId']))).toBe(true);
    expect(docs('mealPlanEntry.createMany').every((d) => recipeIds.includes(d['recipeId'] as string))).toBe(true);
    // each junction row appears once on each side, and the two sides agree
    // Prisma's implicit table: A → recipes (Recipe sorts first), B → tags
    const links = table('_RecipeToTag');
    const pairs = links.rows.map((r) => `${objectIdOf(r[links.columns.indexOf('A')]!)}>${objectIdOf(r[links.columns.indexOf('B')]!)}`);
    expect(pairs.length).toBeGreaterThan(0);
    const fromRecipes = docs('recipe.createMany').flatMap((d) => (d['tagIds'] as string[]).map((t) => `${d['id'] as string}>${t}`));
    const fromTags = docs('tag.createMany').flatMap((d) => (d['recipeIds'] as string[]).map((r) => `${r}>${d['id'] as string}`));
    expect([...fromRecipes].sort()).toEqual([...pairs].sort());
    expect([...fromTags].sort()).toEqual([...pairs].sort());
  });

  it('is byte-identical on a second run, valid TypeScript, and ends with one newline', () => {
    expect(seedOf(recipeBox(), 6).files).toEqual(files);
    expect(seedTs.endsWith('});\n') && !seedTs.endsWith('\n\n')).toBe(true);
    const out = ts.transpileModule(seedTs, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    expect(out.diagnostics).toEqual([]);
    expect(seedTs).toContain('const prisma = new PrismaClient();');
    expect(seedTs).not.toContain('$transaction');
  });

  it('shares prisma.config.ts with the relational seed', () => {
    const plan = planSeed(s).value;
    expect(files['prisma.config.ts']).toBe(emitSeedTs(s, plan, generateRows(s, plan).value)['prisma.config.ts']);
  });

  it('matches the MongoDB schema.prisma for every test shape, whatever the provider it was written for', () => {
    for (const [name, shape] of [...seedFixtures(), ...allShapes()]) {
      const { plan, files: out } = seedOf(shape, 3);
      checkAgainstDmmf(name, shape, out['seed.ts']);
      const skipped = new Set([...embeddingsOf(shape).keys(), ...idListJunctionsOf(shape).keys()]);
      const expected = plan.tables.filter((t) => t.rows > 0 && !skipped.has(t.table)).length;
      expect(createManyCalls(out['seed.ts']), name).toHaveLength(expected);
    }
  });
});

describe('objectIdOf', () => {
  it('derives 24 hex digits from uuids, integers and other keys, deterministically', () => {
    expect(objectIdOf('963F0604-6696-4483-8860-dc60a2f1f74f')).toBe('963f0604669644838860dc60');
    expect(objectIdOf(255)).toBe('0000000000000000000000ff');
    expect(objectIdOf('SKU-1')).toMatch(/^[0-9a-f]{24}$/);
    expect(objectIdOf('SKU-1')).toBe(objectIdOf('SKU-1'));
    expect(objectIdOf('SKU-1')).not.toBe(objectIdOf('SKU-2'));
  });
});
