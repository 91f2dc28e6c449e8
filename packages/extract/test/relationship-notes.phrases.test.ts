import { describe, expect, it } from 'vitest';
import { readForeignKeyNote } from '../src/collect/markdown/fk-note.js';
import { readRelationNote } from '../src/collect/markdown/relation-note.js';
import { readRelationTarget } from '../src/collect/markdown/relation-target.js';
import { readContainmentTree } from '../src/collect/markdown/tree.js';
import { RELATIONSHIP_PHRASE_KEYS } from '../src/infer/relationship-phrases.js';

const strict = { looseNames: false, arrows: false };
const loose = { looseNames: true, arrows: true };

describe('relationship phrases', () => {
  it('tries longer phrases first', () => {
    expect(RELATIONSHIP_PHRASE_KEYS.indexOf('belongs to many')).toBeLessThan(RELATIONSHIP_PHRASE_KEYS.indexOf('belongs to'));
    expect(readRelationNote('Post belongs to many Tags', strict)).toEqual([
      expect.objectContaining({ a: 'Post', b: 'Tags', aEnd: { cardinality: 'many', optional: true }, bEnd: { cardinality: 'many', optional: true } }),
    ]);
  });

  it('keeps a trailing remark as the label', () => {
    expect(readRelationNote('Team has many Players: a roster', strict)).toEqual([expect.objectContaining({ a: 'Team', b: 'Players', label: 'a roster' })]);
  });

  it('accepts lower-case and marked names only where the section vouches for them', () => {
    expect(readRelationNote('team has many players', strict)).toBeUndefined();
    expect(readRelationNote('team has many players', loose)).toHaveLength(1);
    expect(readRelationNote('`team` has many `players`', strict)).toHaveLength(1);
    expect(readRelationNote('order_items belongs to orders', strict)).toHaveLength(1);
  });

  it('does not read hyphenated words as connectors', () => {
    expect(readRelationNote('Sign-up Form', loose)).toBeUndefined();
  });
});

describe('subjectless relationship bullets', () => {
  it('reads phrase-first bullets, several targets, and pair-only bullets', () => {
    expect(readRelationTarget('Has many Comments and Reactions')).toMatchObject({ targets: ['Comments', 'Reactions'], fkOn: 'target' });
    expect(readRelationTarget('Used in many Playlists')).toMatchObject({ targets: ['Playlists'], targetEnd: { cardinality: 'many' } });
    expect(readRelationTarget('Orders (1:N)')).toMatchObject({ targets: ['Orders'], subjectEnd: { cardinality: 'one' }, targetEnd: { cardinality: 'many' }, fkOn: 'target' });
    expect(readRelationTarget('→ Warehouse (many-to-one)')).toMatchObject({ targets: ['Warehouse'], fkOn: 'subject' });
    expect(readRelationTarget('Is shown on the dashboard')).toBeUndefined();
  });
});

describe('foreign-key notes', () => {
  it('needs a column and a table.column target', () => {
    expect(readForeignKeyNote('`author_id` → `authors.id`，`ON DELETE RESTRICT`')).toEqual({ column: 'author_id', table: 'authors', refColumn: 'id', onDelete: 'restrict' });
    expect(readForeignKeyNote('owner_id references users(id)')).toEqual({ column: 'owner_id', table: 'users', refColumn: 'id' });
    expect(readForeignKeyNote('Author → Book')).toBeUndefined();
    expect(readForeignKeyNote('Save → api.client.post()')).toBeUndefined();
  });
});

describe('containment trees', () => {
  it('tolerates a drifted column and keeps the root for top-level branches', () => {
    const edges = readContainmentTree(['Club', ' ├── Teams', ' │    └── Players', '  ├── Seasons', ' └── Sponsors'].join('\n'));
    expect(edges?.map((e) => [e.parent, e.child])).toEqual([
      ['Club', 'Teams'],
      ['Teams', 'Players'],
      ['Club', 'Seasons'],
      ['Club', 'Sponsors'],
    ]);
  });

  it('reads `+--` and `` `-- `` branches and refuses lines without branches', () => {
    expect(readContainmentTree('Garden\n+-- Bed\n`-- Shed')?.map((e) => e.child)).toEqual(['Bed', 'Shed']);
    expect(readContainmentTree('Garden\nBed\nShed')).toBeUndefined();
  });
});
