import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, EntityFact, Fact, RelationFact } from '../src/facts.js';
import { collectUnfencedCode, unescapeMarkdown, unfencedCodeRuns } from '../src/collect/unfenced-code.js';
import { collectPrismaModels } from '../src/collect/prisma-models.js';
import { collectFacts } from '../src/collect/index.js';

const doc = (text: string) => parseDocument({ path: 'plan.md', text });
const entities = (facts: readonly Fact[]) => facts.filter((f): f is EntityFact => f.kind === 'entity').map((f) => f.name);
const attr = (facts: readonly Fact[], entity: string, name: string): AttributeFact => {
  const f = facts.find((x): x is AttributeFact => x.kind === 'attribute' && x.entity === entity && x.name === name);
  if (!f) throw new Error(`no attribute ${entity}.${name}`);
  return f;
};

// A chat answer pasted as text: the code block's language and its buttons became paragraphs.
const PASTED = `# Plant swap

Schema (Postgres)
prisma
Copy
Edit
model Gardener {
  id      String  @id @default(uuid())
  handle  String  @unique
  plants  Plant[]
}

model Plant {
  id         Int      @id @default(autoincrement())
  gardener   Gardener @relation(fields: [gardenerId], references: [id])
  gardenerId String
  kind       PlantKind @default(HERB)
  note       String?  // "{ watered: yes }" stays a comment
}

enum PlantKind {
  HERB
  SHRUB
}
Folder layout
bash
Copy
Edit
/app
  /plants
`;

describe('unfenced code: finding runs', () => {
  it('finds each pasted Prisma declaration from its header to its closing brace', () => {
    expect(unfencedCodeRuns(doc(PASTED))).toEqual([
      { language: 'prisma', start: 7, end: 11 },
      { language: 'prisma', start: 13, end: 19 },
      { language: 'prisma', start: 21, end: 24 },
    ]);
  });

  it('leaves fenced code to the code-block collectors', () => {
    const text = '# Fenced\n\n```prisma\nmodel Pot {\n  id Int @id\n}\n```\n\n    model Tray {\n      id Int @id\n    }\n';
    expect(unfencedCodeRuns(doc(text))).toEqual([]);
  });

  it('gives up on a declaration that never closes before a heading', () => {
    const text = 'model Seed {\n  id Int @id\n\n## Next section\n\n}\n';
    expect(unfencedCodeRuns(doc(text))).toEqual([]);
  });

  it('reads SQL statements to their semicolon, their closing parenthesis, or a blank line', () => {
    const text = [
      'Tables:', // 1
      'CREATE TABLE beds (', // 2
      '  id SERIAL PRIMARY KEY,', // 3
      "  label VARCHAR(20) DEFAULT 'a;b'", // 4
      ');', // 5
      'create index beds_label on beds (label)', // 6
      'ALTER TABLE beds ADD COLUMN area INT', // 7
      '', // 8
      'Create table rows for each bed (one per line).', // 9: prose, mixed case
    ].join('\n');
    expect(unfencedCodeRuns(doc(text))).toEqual([
      { language: 'sql', start: 2, end: 5 },
      { language: 'sql', start: 6, end: 6 },
      { language: 'sql', start: 7, end: 7 },
    ]);
  });

  it('removes the backslash escapes a markdown editor puts into pasted code', () => {
    expect(unescapeMarkdown('  created\\_at DateTime @default(now()) // \\[x\\]')).toBe('  created_at DateTime @default(now()) // [x]');
  });
});

describe('unfenced code: facts', () => {
  it('reads pasted Prisma exactly as a fenced block, with spans on the document lines', () => {
    const { value: facts, diagnostics } = collectUnfencedCode(doc(PASTED));
    expect(diagnostics).toEqual([]);
    expect(entities(facts)).toEqual(['Gardener', 'Plant']);
    const handle = attr(facts, 'Gardener', 'handle');
    expect(handle).toMatchObject({ source: 'prisma', confidence: 1, unique: true, nullable: false });
    expect(handle.span.start).toEqual({ line: 9, column: 3 });
    expect(attr(facts, 'Plant', 'kind')).toMatchObject({ type: { kind: 'enum', enumName: 'PlantKind' }, default: { kind: 'enum', value: 'HERB' } });
    expect(attr(facts, 'Plant', 'note').nullable).toBe(true);
    expect(facts.find((f) => f.kind === 'enum')).toMatchObject({ name: 'PlantKind', values: ['HERB', 'SHRUB'] });
    const rel = facts.find((f): f is RelationFact => f.kind === 'relation')!;
    expect([rel.a, rel.b].sort()).toEqual(['Gardener', 'Plant']);
  });

  it('gives the same facts as the Prisma collector gives for the same text in a fence', () => {
    const body = PASTED.split('\n').slice(6, 24).join('\n');
    const fenced = collectPrismaModels(doc(`${PASTED.split('\n').slice(0, 6).join('\n')}\n\`\`\`prisma\n${body}\n\`\`\`\n`)).value;
    const unfenced = collectUnfencedCode(doc(PASTED)).value;
    // the fence adds one line above the code: line numbers shift by one, nothing else changes
    const shift = (f: Fact) => ({ ...f, span: { ...f.span, start: { ...f.span.start, line: f.span.start.line - 1 }, end: { ...f.span.end, line: f.span.end.line - 1 } } });
    expect(fenced.map(shift)).toEqual(unfenced);
  });

  it('links a pasted model to a model of a fenced block without reading the fenced one twice', () => {
    const text = '```prisma\nmodel Shelf {\n  id Int @id\n  pots Pot[]\n}\n```\n\nmodel Pot {\n  id      Int   @id\n  shelf   Shelf @relation(fields: [shelfId], references: [id])\n  shelfId Int\n}\n';
    const facts = collectUnfencedCode(doc(text)).value;
    expect(entities(facts)).toEqual(['Pot']);
    const rel = facts.find((f): f is RelationFact => f.kind === 'relation');
    expect(rel && [rel.a, rel.b].sort()).toEqual(['Pot', 'Shelf']);
    expect(facts.some((f) => f.kind === 'attribute' && f.entity === 'Shelf')).toBe(false);
  });

  it('reads pasted SQL with the SQL collector, enum types included', () => {
    const text = [
      "CREATE TYPE bed_state AS ENUM ('fallow', 'planted');",
      '',
      'CREATE TABLE beds (',
      '  id SERIAL PRIMARY KEY,',
      '  state bed_state NOT NULL,',
      '  gardener\\_id INT REFERENCES gardeners(id)',
      ');',
    ].join('\n');
    const facts = collectUnfencedCode(doc(text)).value;
    expect(entities(facts)).toEqual(['beds']);
    expect(attr(facts, 'beds', 'state').enumName).toBe('bed_state');
    expect(attr(facts, 'beds', 'gardener_id').references?.entity).toBe('gardeners');
    expect(attr(facts, 'beds', 'id').span.start.line).toBe(4);
  });

  it('is registered, so the pipeline reads pasted code', () => {
    const facts = collectFacts([doc(PASTED)]).value;
    expect(facts.some((f) => f.kind === 'entity' && f.name === 'Gardener' && f.source === 'prisma')).toBe(true);
  });
});
