import { describe, expect, it } from 'vitest';
import { collectTableLists } from '../src/collect/table-lists.js';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, EntityFact, Fact, RelationFact } from '../src/facts.js';
import { spansOfNames } from '../src/collect/markdown/name-spans.js';
import { resolveSchema } from '../src/resolve/index.js';
import { span } from '@schemawright/ir';

const collect = (text: string) => collectTableLists(parseDocument({ path: 'prd.md', text }));
const entities = (facts: readonly Fact[]) => facts.filter((f): f is EntityFact => f.kind === 'entity');
const attributes = (facts: readonly Fact[]) => facts.filter((f): f is AttributeFact => f.kind === 'attribute');
const columnsOf = (facts: readonly Fact[], entity: string) => attributes(facts).filter((a) => a.entity === entity).map((a) => a.name);

describe('collectTableLists: bullets', () => {
  const text = [
    '## Storage',
    '',
    '- bookings (id, guest_id, room_id, nights, status)',
    '- `room_amenities` (room_id, amenity_id)',
    '- **guests**: id, full_name, email',
    '- Rooms (id, number, floor) — one row per physical room',
    '',
  ].join('\n');
  const { value, diagnostics } = collect(text);

  it('reads one entity per bullet, keeping snake_case names as table names', () => {
    expect(entities(value).map((e) => [e.name, e.tableName])).toEqual([
      ['bookings', 'bookings'],
      ['room_amenities', 'room_amenities'],
      ['guests', 'guests'],
      ['Rooms', undefined],
    ]);
    expect(entities(value).every((e) => e.confidence === 1 && e.source === 'table-list' && e.rule === 'collect/table-list')).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it('reads the columns, and makes `<name>_id` columns reference their entity', () => {
    expect(columnsOf(value, 'bookings')).toEqual(['id', 'guest_id', 'room_id', 'nights', 'status']);
    expect(columnsOf(value, 'guests')).toEqual(['id', 'full_name', 'email']);
    const refs = attributes(value).filter((a) => a.references).map((a) => [a.entity, a.name, a.references!.entity]);
    expect(refs).toEqual([
      ['bookings', 'guest_id', 'guest'],
      ['bookings', 'room_id', 'room'],
      ['room_amenities', 'room_id', 'room'],
      ['room_amenities', 'amenity_id', 'amenity'],
    ]);
  });

  it('keeps the text after a dash as the purpose and spans the bullet', () => {
    const rooms = entities(value).find((e) => e.name === 'Rooms')!;
    expect(rooms.purpose).toBe('one row per physical room');
    expect(rooms.span.start).toEqual({ line: 6, column: 1 });
  });

  it('reads a type written after a column name', () => {
    const { value: typed } = collect('- `audit_events` (id, actor_id, payload JSONB, tags[])\n');
    expect(attributes(typed).map((a) => [a.name, a.type?.kind])).toEqual([
      ['id', undefined],
      ['actor_id', undefined],
      ['payload', 'json'],
      ['tags', 'json'],
    ]);
  });

  it('reads a table named inside a sentence at 0.9 and says it is unsure', () => {
    const { value: found, diagnostics: d } = collect('- Login history is kept in the `sign_ins` table: (id, member_id, at_ip) for audits\n');
    expect(entities(found)).toEqual([expect.objectContaining({ name: 'sign_ins', confidence: 0.9 })]);
    expect(d.map((x) => x.code)).toEqual(['extract/ambiguous-entity']);
  });
});

describe('collectTableLists: headings with a column line', () => {
  it('reads `(id, …)` and a header-only row right under a heading', () => {
    const text = '# Tables\n\n### **Playlists**\n\n(id, owner_id, title)\n\n### tracks\n\n| id | playlist_id | position |\n\n### votes\n\n| id | track_id |\n|---|---|\n';
    const { value } = collect(text);
    expect(entities(value).map((e) => e.name)).toEqual(['Playlists', 'tracks', 'votes']);
    expect(columnsOf(value, 'tracks')).toEqual(['id', 'playlist_id', 'position']);
    expect(columnsOf(value, 'votes')).toEqual(['id', 'track_id']);
    expect(entities(value)[0]!.span.start.line).toBe(3);
  });
});

describe('collectTableLists: Table | Purpose grids', () => {
  it('reads one entity per row with purpose, columns and related entities', () => {
    const text = '| Entity | Purpose | Key Relationships |\n|---|---|---|\n| Venue | Places that host events. Owned by a company. | Events |\n| `Event` | Something people attend | Venue, Tickets |\n';
    const { value } = collect(text);
    expect(entities(value).map((e) => [e.name, e.purpose])).toEqual([
      ['Venue', 'Places that host events.'],
      ['Event', 'Something people attend'],
    ]);
    const rels = value.filter((f): f is RelationFact => f.kind === 'relation');
    expect(rels.map((r) => [r.a, r.b, r.confidence, r.aEnd, r.bEnd])).toEqual([
      ['Venue', 'Events', 0.6, undefined, undefined],
      ['Event', 'Venue', 0.6, undefined, undefined],
      ['Event', 'Tickets', 0.6, undefined, undefined],
    ]);
  });

  it('reads a Columns cell into attributes', () => {
    const { value } = collect('| Table | Description | Columns |\n|---|---|---|\n| coupons | Discount codes | id, code, percent_off |\n');
    expect(columnsOf(value, 'coupons')).toEqual(['id', 'code', 'percent_off']);
  });
});

describe('collectTableLists: not table lists', () => {
  it('yields nothing for value lists, field bullets, feature bullets, index plans and feature tables', () => {
    const text = [
      '## Enums',
      '',
      '- status: draft, published, archived',
      '- **priority**: low, high',
      '',
      '## Fields',
      '',
      '- email (string, unique)',
      '- id (uuid, PK)',
      '',
      '## Features',
      '',
      '- Create Account (name, start date, end date)',
      '- Redis (caching, sessions)',
      '- Search across title, body and tags',
      '',
      '| Table | Index | Purpose |',
      '|---|---|---|',
      '| orders | orders_user_idx | List a user orders |',
      '',
      '| Feature | Priority |',
      '|---|---|',
      '| Reports | High |',
      '',
      '### Goals',
      '',
      '(grow retention, cut churn)',
      '',
    ].join('\n');
    const { value, diagnostics } = collect(text);
    expect(value).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});

describe('collectTableLists: column spans', () => {
  it('gives every column of a bullet its own span, in written order', () => {
    const { value } = collect('- parcels (id, zone, weight_kg, courier\\_id)\n');
    const spans = attributes(value).map((a) => [a.name, a.span.start.line, a.span.start.column, a.span.end.column]);
    expect(spans).toEqual([
      ['id', 1, 12, 14],
      ['zone', 1, 16, 20],
      ['weight_kg', 1, 22, 31],
      ['courier_id', 1, 33, 44],
    ]);
  });

  it('finds columns written under their heading, and a column name repeated in the table name', () => {
    const { value } = collect('### shelf_slots\n\n(id, shelf, slot)\n');
    expect(attributes(value).map((a) => [a.name, a.span.start.line, a.span.start.column])).toEqual([
      ['id', 3, 2],
      ['shelf', 3, 6],
      ['slot', 3, 13],
    ]);
  });

  it('keeps the written order through resolve (not alphabetical)', () => {
    const doc = parseDocument({ path: 'prd.md', text: '## Data model\n\n- parcels (id, zone, amount, courier_id)\n- couriers (id, name)\n' });
    const facts = collectTableLists(doc).value;
    const { value: schema } = resolveSchema(facts, { name: 'T' });
    expect(schema.tables.find((t) => t.name === 'parcels')!.columns.map((c) => c.name)).toEqual(['id', 'zone', 'amount', 'courier_id', 'created_at', 'updated_at']);
  });
});

describe('spansOfNames', () => {
  it('searches each name after the previous one and falls back to the last position when a name is missing', () => {
    const doc = parseDocument({ path: 'a.md', text: 'x (name, id, nickname)\n' });
    const spans = spansOfNames(doc, span('a.md', 1, 1, 1, 23), ['name', 'missing', 'id', 'name']);
    expect(spans.map((s) => `${s.start.column}-${s.end.column}`)).toEqual(['4-8', '8-8', '10-12', '12-12']);
  });
});

describe('collectTableLists: untagged code blocks', () => {
  const text = [
    '## Data model', // 1
    '', // 2
    '### Kennel', // 3
    '```', // 4
    'id, shelter_id, label (e.g. "K-12"),', // 5
    'size: small|medium|large, heated, photo_urls[],', // 6
    'address: { street, city,', // 7
    '  zip }', // 8
    '```', // 9
    '', // 10
    '### Dog / Adoption', // 11
    '```', // 12
    'Dog: id, kennel_id, name, breed', // 13
    'Adoption: id, dog_id, adopter_name,', // 14
    '  adopted_on', // 15
    '```', // 16
    '', // 17
    '### Notes', // 18
    '```', // 19
    'Walk the dogs twice a day, feed them at noon', // 20
    '```', // 21
    '',
  ].join('\n');
  const { value, diagnostics } = collect(text);

  it('reads a column list in a plain block under the heading that names the table', () => {
    expect(entities(value).map((e) => [e.name, e.confidence])).toEqual([
      ['Kennel', 1],
      ['Dog', 1],
      ['Adoption', 1],
    ]);
    const kennel = attributes(value).filter((a) => a.entity === 'Kennel');
    expect(kennel.map((a) => [a.name, a.rawType ?? a.enumValues?.join('|') ?? ''])).toEqual([
      ['id', ''],
      ['shelter_id', ''],
      ['label', ''],
      ['size', 'small|medium|large'],
      ['heated', ''],
      ['photo_urls', 'array'],
      ['address', 'json'],
    ]);
    expect(kennel.map((a) => a.span.start.line)).toEqual([5, 5, 5, 6, 6, 6, 7]);
    expect(diagnostics).toEqual([]);
  });

  it('reads `Name: columns` lines as one table each, an indented line continuing the one above', () => {
    expect(columnsOf(value, 'Adoption')).toEqual(['id', 'dog_id', 'adopter_name', 'adopted_on']);
    const dog = entities(value).find((e) => e.name === 'Dog')!;
    expect([dog.span.start.line, dog.span.end.line]).toEqual([13, 13]);
    const adoption = entities(value).find((e) => e.name === 'Adoption')!;
    expect([adoption.span.start.line, adoption.span.end.line]).toEqual([14, 15]);
    expect(attributes(value).find((a) => a.name === 'adopted_on')!.span.start.line).toBe(15);
  });

  it('leaves prose and tagged code alone', () => {
    expect(entities(value).some((e) => e.name === 'Notes')).toBe(false);
    const tagged = collect('### Kennel\n```ts\nid, shelter_id, label\n```\n');
    expect(tagged.value).toEqual([]);
  });
});

describe('collectTableLists: list columns that name tables', () => {
  const text = [
    '## Data model',
    '',
    '- kennels (id, name, dogs[], walker_ids[], tags[])',
    '- dogs (id, kennel_id, name)',
    '- walkers (id, name, favourite_dog_ids[])',
    '',
  ].join('\n');
  const { value } = collect(text);
  const rels = value.filter((f): f is RelationFact => f.kind === 'relation');

  it('turns `dogs[]` beside a dogs table into "has many dogs", not a column', () => {
    expect(columnsOf(value, 'kennels')).toEqual(['id', 'name', 'tags']);
    expect(rels.find((r) => r.a === 'kennels' && r.b === 'dogs')).toMatchObject({ bEnd: { cardinality: 'many', optional: true } });
    expect(rels.find((r) => r.a === 'kennels' && r.b === 'dogs')!.aEnd).toBeUndefined();
  });

  it('turns a list of ids into a many-to-many, labelled by the words before the table name', () => {
    expect(rels.find((r) => r.a === 'kennels' && r.b === 'walkers')).toMatchObject({ aEnd: { cardinality: 'many' }, bEnd: { cardinality: 'many' } });
    expect(rels.find((r) => r.a === 'walkers' && r.b === 'dogs')).toMatchObject({ label: 'favourite', aEnd: { cardinality: 'many' } });
    expect(columnsOf(value, 'walkers')).toEqual(['id', 'name']);
  });

  it('resolves to a foreign key on the listed table and a junction for the ids', () => {
    const { value: schema } = resolveSchema(value, { name: 'T' });
    expect(schema.relations.map((r) => `${r.from.table}.${r.from.columns.join()}->${r.to.table}`).sort()).toEqual([
      '_DogToWalker.A->dogs',
      '_DogToWalker.B->walkers',
      '_KennelToWalker.A->kennels',
      '_KennelToWalker.B->walkers',
      'dogs.kennel_id->kennels',
    ]);
  });
});
