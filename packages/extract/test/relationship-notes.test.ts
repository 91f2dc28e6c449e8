import { describe, expect, it } from 'vitest';
import { collectRelationshipNotes } from '../src/collect/relationship-notes.js';
import { parseDocument } from '../src/document.js';
import type { EntityFact, Fact, RelationFact } from '../src/facts.js';

const collect = (text: string) => collectRelationshipNotes(parseDocument({ path: 'architecture.md', text }));
const rels = (facts: readonly Fact[]) => facts.filter((f): f is RelationFact => f.kind === 'relation');
const named = (facts: readonly Fact[]) => facts.filter((f): f is EntityFact => f.kind === 'entity').map((e) => [e.name, e.confidence]);
const summary = (facts: readonly Fact[]) => rels(facts).map((r) => [r.a, r.b, r.aEnd?.cardinality, r.bEnd?.cardinality, r.fkOn]);

const ONE = { cardinality: 'one', optional: false };
const MANY = { cardinality: 'many', optional: true };

describe('collectRelationshipNotes: verb phrases', () => {
  it('reads `has many` and `belongs to` with ends per direction and the FK side', () => {
    const { value, diagnostics } = collect('- Author has many Books\n- Chapter belongs to Book\n- Library has many Shelves, Rooms and Members\n');
    expect(rels(value).slice(0, 2)).toEqual([
      expect.objectContaining({ a: 'Author', b: 'Books', aEnd: ONE, bEnd: MANY, fkOn: 'b', confidence: 1, source: 'note', rule: 'collect/relationship-note' }),
      expect.objectContaining({ a: 'Chapter', b: 'Book', aEnd: MANY, bEnd: ONE, fkOn: 'a' }),
    ]);
    expect(summary(value).slice(2).map((r) => r[1])).toEqual(['Shelves', 'Rooms', 'Members']);
    expect(rels(value)[1]!.span.start).toEqual({ line: 2, column: 1 });
    expect(diagnostics).toEqual([]);
  });

  it('names both ends as entities once each, less sure than the relation', () => {
    expect(named(collect('- Author has many Books\n- Book belongs to Author\n').value)).toEqual([
      ['Author', 0.8],
      ['Books', 0.8],
    ]);
  });

  it('leaves full sentences to prose', () => {
    expect(collect('Users have many projects.\n\n- A **Tenant** has many users\n- Each order belongs to a customer\n').value).toEqual([]);
  });

  it('leaves subjectless bullets to the entity-section collector', () => {
    expect(collect('- Has many Tasks\n- Belongs to Project\n').value).toEqual([]);
  });
});

describe('collectRelationshipNotes: cardinality notations', () => {
  it('reads pairs, crow feet and bracketed ends', () => {
    const text = [
      '- User 1:N Task',
      '- Student ↔ Course (N:N)',
      '- Author 1—* Essay',
      '- Team (1) — (N) Member',
      '- Organization (1) ──< Users (many)',
      '- Passport 0..1 — 1 Citizen',
      '- Customer one-to-many Invoice',
      '- Project — Task: one-to-many',
      '- Warehouse 1 → N Bin',
    ].join('\n');
    expect(summary(collect(text).value)).toEqual([
      ['User', 'Task', 'one', 'many', 'b'],
      ['Student', 'Course', 'many', 'many', undefined],
      ['Author', 'Essay', 'one', 'many', 'b'],
      ['Team', 'Member', 'one', 'many', 'b'],
      ['Organization', 'Users', 'one', 'many', 'b'],
      ['Passport', 'Citizen', 'one', 'one', undefined],
      ['Customer', 'Invoice', 'one', 'many', 'b'],
      ['Project', 'Task', 'one', 'many', 'b'],
      ['Warehouse', 'Bin', 'one', 'many', 'b'],
    ]);
    expect(rels(collect('- Passport 0..1 — 1 Citizen\n').value)[0]!.aEnd).toEqual({ cardinality: 'one', optional: true });
  });

  it('reads `(one-to-many, optional)` after an arrow as stated, with the parent end optional', () => {
    const { value, diagnostics } = collect('- Region → Store (one-to-many, optional)\n');
    expect(rels(value)).toEqual([expect.objectContaining({ a: 'Region', b: 'Store', aEnd: { cardinality: 'one', optional: true }, bEnd: MANY, fkOn: 'b', confidence: 1 })]);
    expect(diagnostics).toEqual([]);
  });

  it('reads notes inside a plain fenced block with line spans', () => {
    const { value } = collect('## Key Relationships\n\n```\nDepot (1) ──< Vans (many)\nVan (1) ──< Routes (many)\n```\n');
    expect(summary(value)).toEqual([
      ['Depot', 'Vans', 'one', 'many', 'b'],
      ['Van', 'Routes', 'one', 'many', 'b'],
    ]);
    expect(rels(value).map((r) => r.span.start.line)).toEqual([4, 5]);
  });

  it('reads From | To | Cardinality and Relationship | Type tables', () => {
    const text = '| From | To | Cardinality |\n|---|---|---|\n| Garden | Bed | 1:N |\n\n| Relationship | Type |\n|---|---|\n| Bed ↔ Plant | many-to-many |\n';
    expect(summary(collect(text).value)).toEqual([
      ['Garden', 'Bed', 'one', 'many', 'b'],
      ['Bed', 'Plant', 'many', 'many', undefined],
    ]);
  });
});

describe('collectRelationshipNotes: arrows', () => {
  it('reads bare arrows under a relationships heading as assumed one-to-many, and says so', () => {
    const { value, diagnostics } = collect('## Relationships\n\n- Board → Column → Card\n');
    expect(summary(value)).toEqual([
      ['Board', 'Column', 'one', 'many', 'b'],
      ['Column', 'Card', 'one', 'many', 'b'],
    ]);
    expect(rels(value).every((r) => r.confidence === 0.6)).toBe(true);
    expect(named(value).map(([, c]) => c)).toEqual([0.6, 0.6, 0.6]);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['extract/ambiguous-cardinality', 'warning'],
      ['extract/ambiguous-cardinality', 'warning'],
    ]);
  });

  it('ignores arrows that describe flows elsewhere', () => {
    const text = '## Architecture\n\n- Browser → API → Database\n- Submit → `auth.signUp()` or retry\n\n## Relationships\n\n- camera capture → OCR service → pre-filled form\n';
    expect(collect(text)).toEqual({ value: [], diagnostics: [] });
  });

  it('reads a foreign-key note under an entity heading, with its delete rule', () => {
    const { value } = collect('### reviews\n\n- `book_id` → `books.id`, ON DELETE CASCADE\n- `editor_id` → `users.id`, ON DELETE SET NULL\n');
    expect(rels(value)).toEqual([
      expect.objectContaining({ a: 'reviews', b: 'books', fkOn: 'a', fkColumns: ['book_id'], onDelete: 'cascade', bEnd: ONE }),
      expect.objectContaining({ a: 'reviews', b: 'users', fkColumns: ['editor_id'], onDelete: 'set-null', bEnd: { cardinality: 'one', optional: true } }),
    ]);
    expect(named(value)).toEqual([]);
  });
});

describe('collectRelationshipNotes: index notes', () => {
  it('reads keyword index notes anywhere under an entity and named ones under an Indexes label', () => {
    const text = '### memberships\n\n**Constraints**:\n\n- uk_member_club: UNIQUE(`member_id`, `club_id`) — one membership per club\n\n**Indexes**:\n\n- idx_club_joined (club_id, joined_at)\n- INDEX(member_id)\n';
    const indexes = collect(text).value.filter((f) => f.kind === 'index');
    expect(indexes).toEqual([
      expect.objectContaining({ entity: 'memberships', name: 'uk_member_club', columns: ['member_id', 'club_id'], unique: true, rule: 'collect/index-note', source: 'note' }),
      expect.objectContaining({ entity: 'memberships', name: 'idx_club_joined', columns: ['club_id', 'joined_at'], unique: false }),
      expect.objectContaining({ entity: 'memberships', columns: ['member_id'], unique: false }),
    ]);
  });

  it('does not read field bullets or unlabeled named lists as indexes', () => {
    expect(collect('### Slot\n\n- index (int)\n- position (a, b)\n').value).toEqual([]);
  });
});

describe('collectRelationshipNotes: containment trees', () => {
  const tree = ['```', 'Workspace', ' │', ' ├── Project (many per workspace)', ' │    └── Task', ' │', ' ├── Each member is invited by email', ' │    └── Invite', ' └── Member', '```'].join('\n');

  it('reads parent-child edges under a data-model heading, skipping prose nodes and their children', () => {
    const { value } = collect(`## Data Model\n\n${tree}\n`);
    expect(summary(value)).toEqual([
      ['Workspace', 'Project', 'one', 'many', 'b'],
      ['Project', 'Task', 'one', 'many', 'b'],
      ['Workspace', 'Member', 'one', 'many', 'b'],
    ]);
    expect(rels(value).every((r) => r.confidence === 0.8)).toBe(true);
    expect(rels(value)[1]!.span.start.line).toBe(7);
    expect(named(value)).toEqual([
      ['Workspace', 0.7],
      ['Project', 0.7],
      ['Task', 0.7],
      ['Member', 0.7],
    ]);
  });

  it('ignores trees outside data sections and file trees', () => {
    expect(collect(`## Navigation\n\n${tree}\n`).value).toEqual([]);
    expect(collect('## Data Model\n\n```\nsrc\n├── models\n│   └── user.ts\n└── index.ts\n```\n').value).toEqual([]);
  });
});
