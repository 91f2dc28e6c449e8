import { describe, expect, it } from 'vitest';
import { collectEntitySections } from '../src/collect/entity-sections.js';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, EntityFact, Fact, RelationFact } from '../src/facts.js';

const collect = (text: string) => collectEntitySections(parseDocument({ path: 'docs/architecture.md', text }));
const entities = (facts: readonly Fact[]) => facts.filter((f): f is EntityFact => f.kind === 'entity');
const attributes = (facts: readonly Fact[]) => facts.filter((f): f is AttributeFact => f.kind === 'attribute');
const relations = (facts: readonly Fact[]) => facts.filter((f): f is RelationFact => f.kind === 'relation');
const attr = (facts: readonly Fact[], name: string) => attributes(facts).find((a) => a.name === name);

const ONE = { cardinality: 'one', optional: false };
const MANY = { cardinality: 'many', optional: true };

describe('collectEntitySections: fields', () => {
  const doc = [
    '# Shelf app',
    '',
    '## Data Model',
    '',
    '### Reader',
    '',
    'A person who borrows books. They sign in with email.',
    '',
    '- id (uuid, PK)',
    '- email: string, unique',
    '- `club_id` — FK to clubs',
    '- level: enum (novice, expert)',
    '- nickname: varchar(40)?',
    '- joined_at: timestamp, default now()',
    '',
    'Relationships:',
    '',
    '- Has many Loans',
    '- Belongs to Club',
    '- Has one Profile',
    '- Many-to-many with Genres',
    '',
  ].join('\n');
  const { value, diagnostics } = collect(doc);

  it('names the entity after the heading, with the first sentence as purpose and full confidence', () => {
    expect(entities(value)).toEqual([
      expect.objectContaining({ name: 'Reader', purpose: 'A person who borrows books.', confidence: 1, source: 'section', rule: 'collect/entity-section' }),
    ]);
    expect(entities(value)[0]!.span.start).toEqual({ line: 5, column: 1 });
    expect(diagnostics).toEqual([]);
  });

  it('reads types, keys, foreign keys, enums, nullability and defaults from the bullets', () => {
    expect(attr(value, 'id')).toMatchObject({ entity: 'Reader', type: { kind: 'uuid' }, rawType: 'uuid', primaryKey: true });
    expect(attr(value, 'email')).toMatchObject({ type: { kind: 'string' }, unique: true });
    expect(attr(value, 'club_id')).toMatchObject({ references: { entity: 'clubs' } });
    expect(attr(value, 'level')).toMatchObject({ enumValues: ['novice', 'expert'] });
    expect(attr(value, 'level')!.type).toBeUndefined();
    expect(attr(value, 'nickname')).toMatchObject({ type: { kind: 'string', maxLength: 40 }, nullable: true });
    expect(attr(value, 'joined_at')).toMatchObject({ type: { kind: 'datetime' }, default: { kind: 'now' } });
    expect(attr(value, 'email')!.span.start.line).toBe(10);
  });

  it('reads the Relationships bullets with the section entity as subject', () => {
    const rels = relations(value).map((r) => [r.a, r.b, r.aEnd, r.bEnd, r.fkOn]);
    expect(rels).toEqual([
      ['Reader', 'Loans', ONE, MANY, 'b'],
      ['Reader', 'Club', MANY, ONE, 'a'],
      ['Reader', 'Profile', ONE, { cardinality: 'one', optional: true }, 'b'],
      ['Reader', 'Genres', MANY, MANY, undefined],
    ]);
  });
});

describe('collectEntitySections: heading forms', () => {
  it('strips numbering and reads a snake_case table heading as the table name', () => {
    const { value } = collect('## Entities\n\n#### 2. Order Item\n\n- quantity: int\n- unit_price: decimal(10,2)\n\n### order_lines table\n\n- id: bigint, PK\n- note: text\n');
    expect(entities(value).map((e) => [e.name, e.tableName])).toEqual([
      ['Order Item', undefined],
      ['order_lines', 'order_lines'],
    ]);
    expect(attr(value, 'unit_price')!.type).toEqual({ kind: 'decimal', precision: 10, scale: 2 });
  });

  it('reads a bold pseudo-heading followed by a field list', () => {
    const { value } = collect('## Models\n\n**Chore**\n- id: uuid\n- title: string\n- done: boolean\n\n**Household**\n- id: uuid\n- name: string\n');
    expect(entities(value).map((e) => e.name)).toEqual(['Chore', 'Household']);
    expect(attributes(value).filter((a) => a.entity === 'Household').map((a) => a.name)).toEqual(['id', 'name']);
  });

  it('reads a labeled list item with a nested field list', () => {
    const { value } = collect('### Schema changes\n\n* **Invoice Model**:\n    * `state`: Enum `[\'OPEN\', \'PAID\']`\n    * `paidAt`: DateTime (set on payment)\n');
    expect(entities(value).map((e) => e.name)).toEqual(['Invoice']);
    expect(attr(value, 'state')).toMatchObject({ entity: 'Invoice', enumValues: ['OPEN', 'PAID'] });
    expect(attr(value, 'paidAt')).toMatchObject({ type: { kind: 'datetime' }, description: 'set on payment' });
  });

  it('reads a nested Relationships item inside the field list and an Enums label', () => {
    const { value } = collect('## Data Model\n\n### Ticket\n\n- id: uuid\n- priority: string\n- Relationships:\n  - Belongs to Queue\n\nEnums:\n\n- priority: low, normal, urgent\n');
    expect(relations(value).map((r) => [r.a, r.b])).toEqual([['Ticket', 'Queue']]);
    expect(attributes(value).filter((a) => a.name === 'priority').map((a) => a.enumValues)).toEqual([undefined, ['low', 'normal', 'urgent']]);
  });
});

describe('collectEntitySections: guesses', () => {
  it('accepts bare field names only under a data-model heading, with lower confidence and a diagnostic', () => {
    const inModel = collect('## Data Model\n\n### Badge\n\n- label\n- icon_url\n- earned_at\n');
    expect(entities(inModel.value)).toEqual([expect.objectContaining({ name: 'Badge', confidence: 0.8 })]);
    expect(inModel.diagnostics.map((d) => d.code)).toEqual(['extract/ambiguous-entity']);
    const outside = collect('## Screens\n\n### Badge\n\n- label\n- icon_url\n- earned_at\n');
    expect(outside.value).toEqual([]);
  });

  it('accepts a heading with only a relationships list at 0.9 outside a data model', () => {
    const { value, diagnostics } = collect('### Shelf\n\n**Relationships**:\n\n- Has many Books\n');
    expect(entities(value)).toEqual([expect.objectContaining({ name: 'Shelf', confidence: 0.9 })]);
    expect(relations(value)).toEqual([expect.objectContaining({ a: 'Shelf', b: 'Books', confidence: 0.9 })]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'extract/ambiguous-entity', severity: 'info' })]);
  });

  it('warns about a relationship bullet it cannot read, and marks a conditional parent optional', () => {
    const { value, diagnostics } = collect('## Data Model\n\n### Drill\n\n- id: uuid\n\n**Relationships**:\n\n- Belongs to Coach (if custom)\n- Sometimes shared with friends\n');
    expect(relations(value)[0]).toMatchObject({ b: 'Coach', bEnd: { cardinality: 'one', optional: true }, fkOn: 'a' });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'extract/unparsed-relationship', severity: 'warning' })]);
    expect(diagnostics[0]!.message).toContain('Sometimes shared with friends');
  });

  it('lets a section word such as Questions through only with typed fields', () => {
    expect(entities(collect('### Questions\n\n- id: uuid\n- prompt: text\n').value).map((e) => e.name)).toEqual(['Questions']);
    expect(collect('## Data Model\n\n### Questions\n\n- Pricing\n- Launch date\n').value).toEqual([]);
  });
});

describe('collectEntitySections: not entities', () => {
  it('ignores feature lists, user stories, risks, tech stack and business rules', () => {
    const text = [
      '## Features',
      '',
      '### Dashboard',
      '',
      '- Weekly summary chart',
      '- Export to CSV',
      '',
      '## User Stories',
      '',
      '- As a reader, I want to reserve a book so that I can pick it up later',
      '',
      '## Risks',
      '',
      '- Data loss: nightly backups',
      '- Vendor lock-in: keep SQL portable',
      '',
      '## Tech Stack',
      '',
      '- PostgreSQL',
      '- Redis',
      '',
      '### Business Rules',
      '',
      '- email must be unique',
      '- title: required, max 80 characters',
      '',
    ].join('\n');
    const { value, diagnostics } = collect(text);
    expect(value).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('does not read a data-model heading itself as an entity', () => {
    const { value } = collect('## Data Model\n\n- id: uuid\n- name: string\n');
    expect(entities(value)).toEqual([]);
  });
});
