import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, Fact, RelationFact } from '../src/facts.js';
import { collectPrismaModels } from '../src/collect/prisma-models.js';

const collect = (text: string) => collectPrismaModels(parseDocument({ path: 'arch.md', text }));
const attr = (facts: readonly Fact[], entity: string, name: string, rule = 'collect/prisma-model'): AttributeFact => {
  const f = facts.find((x): x is AttributeFact => x.kind === 'attribute' && x.entity === entity && x.name === name && x.rule === rule);
  if (!f) throw new Error(`no attribute ${entity}.${name}`);
  return f;
};
const relations = (facts: readonly Fact[]): RelationFact[] => facts.filter((f): f is RelationFact => f.kind === 'relation');
const where = (f: Fact): string => `${f.span.start.line}:${f.span.start.column}`;

// A recipe site, written the way architecture documents write Prisma (config blocks, comments, native types).
const RECIPES = `# Recipes

\`\`\`prisma
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

/// A person who publishes recipes
model Cook {
  id        String   @id @default(uuid()) @db.Uuid
  email     String   @unique @db.VarChar(255)
  level     CookLevel @default(HOME)
  mood      String   @default("calm") // calm, busy, away
  bio       String?  // Shown on the profile
  joinedAt  DateTime @default(now()) @map("joined_at")
  editedAt  DateTime @updatedAt
  recipes   Recipe[]
  profile   Profile?

  @@map("cooks")
}

model Recipe {
  id        Int      @id @default(autoincrement())
  title     String   @db.VarChar(120)
  price     Decimal  @db.Decimal(8, 2)
  steps     String[]
  cookId    String   @db.Uuid
  cook      Cook     @relation(fields: [cookId], references: [id], onDelete: Cascade)
  tags      Tag[]
  parentId  Int?
  parent    Recipe?  @relation("Variants", fields: [parentId], references: [id])
  variants  Recipe[] @relation("Variants")

  @@unique([cookId, title], map: "recipes_cook_title_key")
  @@index([title])
}

model Tag {
  name    String   @id
  recipes Recipe[]
}

model Profile {
  cookId String @id
  cook   Cook   @relation(fields: [cookId], references: [id])
}

model Rating {
  recipeId Int
  cookId   String
  stars    Int  @default(5)

  @@id([recipeId, cookId])
}

enum CookLevel {
  HOME
  PRO
}
\`\`\`
`;

describe('collectPrismaModels', () => {
  const r = collect(RECIPES);
  const facts = r.value;

  it('parses without diagnostics, at full confidence from the prisma source', () => {
    expect(r.diagnostics).toEqual([]);
    expect(facts.every((f) => f.source === 'prisma' && f.rule === 'collect/prisma-model' ? f.confidence === 1 : true)).toBe(true);
  });

  it('states models with @@map as table name and /// as purpose, spanned at the model line', () => {
    const cook = facts.find((f) => f.kind === 'entity' && f.name === 'Cook');
    expect(cook).toMatchObject({ tableName: 'cooks', purpose: 'A person who publishes recipes' });
    expect(where(cook!)).toBe('10:7');
    expect(facts.filter((f) => f.kind === 'entity').map((f) => f.kind === 'entity' && f.name)).toEqual(['Cook', 'Recipe', 'Tag', 'Profile', 'Rating']);
  });

  it('reads scalar fields: types, native types, optionality, keys, defaults, @updatedAt', () => {
    expect(attr(facts, 'Cook', 'id')).toMatchObject({ type: { kind: 'uuid' }, rawType: 'Uuid', primaryKey: true, nullable: false, default: { kind: 'uuid' } });
    expect(where(attr(facts, 'Cook', 'id'))).toBe('11:3');
    expect(attr(facts, 'Cook', 'email')).toMatchObject({ type: { kind: 'string', maxLength: 255 }, unique: true });
    expect(attr(facts, 'Cook', 'bio')).toMatchObject({ type: { kind: 'string' }, nullable: true, description: 'Shown on the profile' });
    expect(attr(facts, 'Cook', 'joined_at')).toMatchObject({ type: { kind: 'datetime' }, default: { kind: 'now' } });
    // facts name database columns: a field's @map is its column
    expect(facts.some((f) => f.kind === 'attribute' && f.name === 'joinedAt')).toBe(false);
    expect(attr(facts, 'Cook', 'editedAt').autoUpdate).toBe(true);
    expect(attr(facts, 'Recipe', 'id')).toMatchObject({ type: { kind: 'int', bits: 32 }, default: { kind: 'autoincrement' } });
    expect(attr(facts, 'Recipe', 'price').type).toEqual({ kind: 'decimal', precision: 8, scale: 2 });
    expect(attr(facts, 'Recipe', 'steps')).toMatchObject({ type: { kind: 'json' }, rawType: 'String[]' });
    expect(attr(facts, 'Rating', 'stars').default).toEqual({ kind: 'number', value: 5 });
  });

  it('reads enums and enum-typed fields with enum defaults', () => {
    expect(facts.find((f) => f.kind === 'enum')).toMatchObject({ name: 'CookLevel', values: ['HOME', 'PRO'] });
    expect(attr(facts, 'Cook', 'level')).toMatchObject({ type: { kind: 'enum', enumName: 'CookLevel' }, enumName: 'CookLevel', default: { kind: 'enum', value: 'HOME' } });
  });

  it('reads a value list from a trailing comment as a separate, less certain fact', () => {
    expect(attr(facts, 'Cook', 'mood', 'collect/comment-values')).toMatchObject({ enumValues: ['calm', 'busy', 'away'], confidence: 0.6 });
    expect(attr(facts, 'Cook', 'mood').description).toBeUndefined();
  });

  it('states @@id, @@unique and @@index on their own lines', () => {
    expect(facts.find((f) => f.kind === 'primary-key')).toMatchObject({ entity: 'Rating', columns: ['recipeId', 'cookId'] });
    const unique = facts.find((f) => f.kind === 'index' && f.unique);
    expect(unique).toMatchObject({ entity: 'Recipe', columns: ['cookId', 'title'], name: 'recipes_cook_title_key' });
    expect(where(unique!)).toBe('36:13');
    expect(facts.find((f) => f.kind === 'index' && !f.unique)).toMatchObject({ entity: 'Recipe', columns: ['title'] });
  });

  it('gives relation fields no attributes', () => {
    expect(facts.some((f) => f.kind === 'attribute' && ['recipes', 'profile', 'cook', 'tags', 'parent', 'variants'].includes(f.name))).toBe(false);
  });

  it('states one relation per pair, from the side holding the foreign key', () => {
    const rels = relations(facts).map((x) => ({ a: x.a, b: x.b, aEnd: x.aEnd, bEnd: x.bEnd, fkOn: x.fkOn, fkColumns: x.fkColumns, onDelete: x.onDelete, label: x.label }));
    expect(rels).toEqual([
      { a: 'Recipe', b: 'Cook', aEnd: { cardinality: 'many', optional: true }, bEnd: { cardinality: 'one', optional: false }, fkOn: 'a', fkColumns: ['cookId'], onDelete: 'cascade', label: undefined },
      { a: 'Recipe', b: 'Tag', aEnd: { cardinality: 'many', optional: true }, bEnd: { cardinality: 'many', optional: true }, fkOn: undefined, fkColumns: undefined, onDelete: undefined, label: undefined },
      { a: 'Recipe', b: 'Recipe', aEnd: { cardinality: 'many', optional: true }, bEnd: { cardinality: 'one', optional: true }, fkOn: 'a', fkColumns: ['parentId'], onDelete: undefined, label: 'Variants' },
      { a: 'Profile', b: 'Cook', aEnd: { cardinality: 'one', optional: true }, bEnd: { cardinality: 'one', optional: false }, fkOn: 'a', fkColumns: ['cookId'], onDelete: undefined, label: undefined },
    ]);
    expect(where(relations(facts)[0]!)).toBe('30:3');
  });
});

describe('collectPrismaModels on loose documents', () => {
  it('reads an untagged block with models, and relations to models no block declares', () => {
    const r = collect(['```', 'model Invoice {', '  id       Int @id', '  client   Client @relation(fields: [clientId], references: [id])', '  clientId Int', '  lines    InvoiceLine[]', '}', '```'].join('\n'));
    expect(r.diagnostics).toEqual([]);
    expect(relations(r.value).map((x) => [x.a, x.b, x.fkOn, x.aEnd?.cardinality, x.bEnd?.cardinality])).toEqual([
      ['Invoice', 'Client', 'a', 'many', 'one'],
      ['InvoiceLine', 'Invoice', 'a', 'many', 'one'],
    ]);
  });

  it('reads a singular back field named in the plural as the many side', () => {
    const r = collect(['```prisma', 'model Owner {', '  id   Int @id', '  pets Pet @relation("Keeps")', '}', 'model Pet {', '  id      Int @id', '  ownerId Int', '  owner   Owner @relation("Keeps", fields: [ownerId], references: [id])', '}', '```'].join('\n'));
    expect(relations(r.value)).toHaveLength(1);
    expect(relations(r.value)[0]).toMatchObject({ a: 'Pet', b: 'Owner', aEnd: { cardinality: 'many' }, label: 'Keeps' });
  });

  it('leaves out a line prisma-ast rejects, with a warning there, and keeps the rest', () => {
    const r = collect(['```prisma', 'model Note {', '  id    Int @id', '  body  String', '  ...', '  tags  String[]', '}', '', 'enum Mood {', '  HAPPY', '}', '```'].join('\n'));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'extract/code-block-unparsed', severity: 'warning' });
    expect(r.diagnostics[0]!.message).toContain('line left out');
    expect(r.diagnostics[0]!.span?.start.line).toBe(5);
    expect(r.value.filter((f) => f.kind === 'attribute').map((f) => f.kind === 'attribute' && `${f.name}@${f.span.start.line}`)).toEqual(['id@3', 'body@4', 'tags@6']);
    expect(r.value.find((f) => f.kind === 'enum')).toMatchObject({ name: 'Mood', values: ['HAPPY'] });
  });

  it('gives up a block whose header is broken, with a diagnostic, never a throw', () => {
    const r = collect(['```prisma', 'model {', '  id Int @id', '}', 'model Kept {', '  id Int @id', '}', '```'].join('\n'));
    expect(r.diagnostics.map((d) => d.span?.start.line)).toEqual([2]);
    expect(r.value.filter((f) => f.kind === 'entity').map((f) => f.kind === 'entity' && f.name)).toEqual(['Kept']);
  });

  it('reads nothing from config-only blocks and non-prisma fences', () => {
    expect(collect(['```prisma', 'datasource db {', '  provider = "mysql"', '}', '```', '```ts', 'model Foo {', '}', '```'].join('\n'))).toEqual({ value: [], diagnostics: [] });
  });
});
