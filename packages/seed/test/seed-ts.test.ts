import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitPrisma, prismaDmmf } from '@schemawright/emit';
import { isImplicitJunction, type Schema } from '@schemawright/ir';
import { emitSeedTs, generateRows, planSeed } from '@schemawright/seed';
import { allShapes, withProvider } from '../../emit/test/helpers/schemas.js';
import { requiredCycleSchema, seedFixtures, shopSchema } from './helpers/fixtures.js';

const filesOf = (s: Schema, options = {}) => {
  const plan = planSeed(s, options).value;
  return emitSeedTs(s, plan, generateRows(s, plan).value);
};

interface Dmmf {
  datamodel: { models: { name: string; fields: { name: string; kind: string; type: string }[] }[]; enums: { name: string; values: { name: string }[] }[] };
}

/** Every `X.createMany({ data: [...] })` call: the client property and each row's property names and literal texts. */
function createManyCalls(source: string): { accessor: string; rows: Map<string, string>[] }[] {
  const file = ts.createSourceFile('seed.ts', source, ts.ScriptTarget.ES2022, true);
  const calls: { accessor: string; rows: Map<string, string>[] }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'createMany' && ts.isPropertyAccessExpression(node.expression.expression)) {
      const arg = node.arguments[0] as ts.ObjectLiteralExpression;
      const data = arg.properties.find((p) => p.name?.getText() === 'data') as ts.PropertyAssignment;
      const rows = (data.initializer as ts.ArrayLiteralExpression).elements.map(
        (e) => new Map((e as ts.ObjectLiteralExpression).properties.map((p) => [p.name!.getText().replace(/^"|"$/g, ''), (p as ts.PropertyAssignment).initializer.getText()])),
      );
      calls.push({ accessor: node.expression.expression.name.text, rows });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

describe('seed.ts', () => {
  it('is valid TypeScript for every shape and provider', () => {
    for (const [name, s] of [...seedFixtures(), ...allShapes()]) {
      for (const provider of ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'mongodb'] as const) {
        const out = ts.transpileModule(filesOf(withProvider(s, provider), { defaultRows: 3 })['seed.ts'], { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
        expect(out.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), `${name} on ${provider}`).toEqual([]);
      }
    }
  });

  it('uses the models, fields and enum identifiers of the emitted schema.prisma, in plan order', () => {
    for (const [name, s] of [...seedFixtures(), ...allShapes()]) {
      const dmmf = prismaDmmf(emitPrisma(s).value) as Dmmf;
      const plan = planSeed(s).value;
      const calls = createManyCalls(filesOf(s)['seed.ts']);
      const models = calls.map((c) => dmmf.datamodel.models.find((m) => m.name.charAt(0).toLowerCase() + m.name.slice(1) === c.accessor));
      expect(models.every((m) => m !== undefined), `${name}: ${calls.map((c) => c.accessor).join(', ')}`).toBe(true);
      const relaxed = new Set(plan.deferred.filter((d) => d.required).map((d) => d.table));
      // a relaxed cycle table and Prisma's implicit many-to-many tables (no model) go in as SQL
      const implicit = new Set(s.tables.filter(isImplicitJunction).map((t) => t.name));
      expect(calls).toHaveLength(plan.tables.filter((t) => t.rows > 0 && !relaxed.has(t.table) && !implicit.has(t.table)).length);
      calls.forEach((c, i) => {
        const model = models[i]!;
        for (const row of c.rows) {
          for (const [field, text] of row) {
            const f = model.fields.find((x) => x.name === field);
            expect(f, `${name}: ${model.name}.${field}`).toBeDefined();
            if (f!.kind === 'enum' && text !== 'null') expect(dmmf.datamodel.enums.find((e) => e.name === f!.type)!.values.map((v) => v.name)).toContain(JSON.parse(text));
          }
        }
      });
    }
  });

  it("fills Prisma's implicit many-to-many tables by SQL: they have no model to call", () => {
    const shape = allShapes().find(([n]) => n === 'implicit-many-to-many')![1];
    const seedTs = filesOf(shape)['seed.ts'];
    for (const t of ['_CollectorToPiece', '_CollectorLikesPiece', '_UserFollowsUser']) {
      expect(seedTs).toContain(`$executeRawUnsafe(${JSON.stringify(`INSERT INTO "${t}" ("A", "B")`).slice(0, -1)}`);
    }
    expect(seedTs).not.toMatch(/collectorToPiece\.createMany|userFollowsUser\.createMany/);
  });

  it('writes each Prisma type in the form the client takes', () => {
    const row = createManyCalls(filesOf(shopSchema())['seed.ts']).find((c) => c.accessor === 'product')!.rows[0]!;
    expect(row.get('price')).toMatch(/^"\d+\.\d{2}"$/);
    expect(row.get('viewCount')).toMatch(/^\d+n$/);
    expect(row.get('isActive')).toMatch(/^(true|false)$/);
    expect(row.get('categoryId')).toMatch(/^\d+$/);
    const customer = createManyCalls(filesOf(shopSchema())['seed.ts']).find((c) => c.accessor === 'customer')!.rows[0]!;
    expect(customer.get('createdAt')).toMatch(/^new Date\("2024-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z"\)$/);
    const all = filesOf(allShapes().find(([n]) => n === 'all-types')![1])['seed.ts'];
    expect(all).toMatch(/payload: \{"/);
    expect(all).toMatch(/blob: (Buffer\.from\("[0-9a-f]{16}", 'hex'\)|null)/);
    expect(all).toMatch(/alarm: (new Date\("1970-01-01T\d{2}:\d{2}:00\.000Z"\)|null)/);
  });

  it('connects through the driver adapter of the provider and runs in one transaction', () => {
    const pg = filesOf(shopSchema())['seed.ts'];
    expect(pg).toContain("import { PrismaPg } from '@prisma/adapter-pg';");
    // a null Json field is Prisma.DbNull, so the shop (nullable metadata) imports the Prisma namespace too
    expect(pg).toContain('metadata: Prisma.DbNull');
    expect(pg).toContain("import { Prisma, PrismaClient } from '../generated/prisma/client.js';");
    expect(filesOf(requiredCycleSchema())['seed.ts']).toContain("import { PrismaClient } from '../generated/prisma/client.js';");
    expect(pg).toContain('await prisma.$transaction(');
    expect(pg.endsWith('});\n')).toBe(true);
    expect(filesOf(withProvider(shopSchema(), 'mysql'))['seed.ts']).toContain('new PrismaMariaDb(url)');
    expect(filesOf(withProvider(shopSchema(), 'sqlite'))['seed.ts']).toContain('new PrismaBetterSqlite3({ url })');
    const mongo = filesOf(withProvider(shopSchema(), 'mongodb'))['seed.ts'];
    expect(mongo).toContain('const prisma = new PrismaClient();');
    expect(mongo).not.toContain('$transaction');
  });

  it('closes cycles with updateMany, and goes through SQL only where the client cannot', () => {
    const knot = filesOf(requiredCycleSchema())['seed.ts'];
    expect(knot).toContain('await tx.$executeRawUnsafe("ALTER TABLE \\"alphas\\" ALTER COLUMN \\"beta_id\\" DROP NOT NULL;");');
    expect(knot).toMatch(/await tx\.\$executeRawUnsafe\("INSERT INTO \\"alphas\\"/);
    expect(knot).toMatch(/await tx\.alpha\.updateMany\(\{ where: \{ id: 1 \}, data: \{ betaId: \d+ \} \}\);/);
    expect(knot.indexOf('SET NOT NULL')).toBeGreaterThan(knot.lastIndexOf('updateMany'));
  });

  it('wires prisma.config.ts for Prisma 7', () => {
    const config = filesOf(shopSchema())['prisma.config.ts'];
    expect(config).toContain("import { defineConfig, env } from 'prisma/config';");
    expect(config).toContain("schema: 'schema.prisma',");
    expect(config).toContain("seed: 'tsx seed.ts',");
    expect(config).toContain("url: env('DATABASE_URL'),");
    expect(ts.transpileModule(config, { reportDiagnostics: true }).diagnostics).toEqual([]);
  });
});
