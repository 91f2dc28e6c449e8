import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, Fact } from '../src/facts.js';
import { collectJsonExamples } from '../src/collect/json-examples.js';
import { entityFromLabel } from '../src/collect/code/json-names.js';
import { COLLECTORS } from '../src/collect/index.js';

const collect = (text: string) => collectJsonExamples(parseDocument({ path: 'prd.md', text }));
const attr = (facts: readonly Fact[], name: string): AttributeFact => {
  const f = facts.find((x): x is AttributeFact => x.kind === 'attribute' && x.name === name);
  if (!f) throw new Error(`no attribute ${name}`);
  return f;
};

const HOTEL = `# Hotel

## Reservation

Example record:

\`\`\`json
{
  "id": "0b6f6c1e-3d2a-4c7e-9a51-2f4a8e3b9d10",
  "guestId": "g_123",
  "roomNumber": 12,
  "nightlyRate": 129.5,
  "checkIn": "2024-05-01",
  "createdAt": "2024-04-20T10:00:00Z",
  "paid": false,
  "notes": null,
  "extras": { "breakfast": true },
}
\`\`\`
`;

describe('collectJsonExamples', () => {
  const r = collect(HOTEL);

  it('states the entity the heading names, with low confidence', () => {
    expect(r.diagnostics).toEqual([]);
    const entity = r.value[0]!;
    expect(entity).toMatchObject({ kind: 'entity', name: 'Reservation', rule: 'collect/json-example', source: 'code', confidence: 0.6 });
    expect(entity.span.start.line).toBe(8);
    expect(r.value.every((f) => f.confidence <= 0.7)).toBe(true);
  });

  it('types each field from its value and places it on its line', () => {
    expect(attr(r.value, 'id')).toMatchObject({ type: { kind: 'uuid' }, primaryKey: true });
    expect(attr(r.value, 'id').span.start).toEqual({ line: 9, column: 4 });
    expect(attr(r.value, 'roomNumber').type).toEqual({ kind: 'int', bits: 32 });
    expect(attr(r.value, 'nightlyRate').type).toEqual({ kind: 'decimal', precision: 10, scale: 2 });
    expect(attr(r.value, 'checkIn').type).toEqual({ kind: 'date' });
    expect(attr(r.value, 'createdAt').type).toEqual({ kind: 'datetime' });
    expect(attr(r.value, 'paid').type).toEqual({ kind: 'boolean' });
    expect(attr(r.value, 'extras').type).toEqual({ kind: 'json' });
    expect(attr(r.value, 'extras').span.start.line).toBe(17);
  });

  it('leaves the type of a null example open but marks it nullable', () => {
    const notes = attr(r.value, 'notes');
    expect(notes.type).toBeUndefined();
    expect(notes.nullable).toBe(true);
  });

  it('reads `<x>Id` keys as references to `<x>`', () => {
    expect(attr(r.value, 'guestId')).toMatchObject({ type: { kind: 'string' }, references: { entity: 'guest' } });
  });

  it('prefers a `// Name` comment, and reads type placeholders', () => {
    const c = collect(['## API', '', '```jsonc', '// Guest', '{ "id": "uuid", "email": "string", "joinedAt": "ISO", "visits": 3 }', '```'].join('\n'));
    expect(c.value[0]).toMatchObject({ kind: 'entity', name: 'Guest', confidence: 0.7 });
    expect(attr(c.value, 'id').type).toEqual({ kind: 'uuid' });
    expect(attr(c.value, 'email').type).toEqual({ kind: 'string' });
    expect(attr(c.value, 'joinedAt').type).toEqual({ kind: 'datetime' });
    expect(attr(c.value, 'email').span.start).toEqual({ line: 5, column: 18 });
  });

  it('reads the first record of an array under a label paragraph that names it', () => {
    const c = collect(['Sample room records (seed):', '', '```json', '[', '  { "id": 1, "floor": 2 },', '  { "id": 2, "floor": 3 }', ']', '```'].join('\n'));
    expect(c.value.map((f) => (f.kind === 'entity' || f.kind === 'attribute' ? f.name : ''))).toEqual(['Room', 'id', 'floor']);
    expect(c.value[0]!.confidence).toBe(0.7);
  });

  it('skips API shapes, unnamed blocks, records without an id key and untagged non-JSON', () => {
    const c = collect(
      [
        '```json',
        '{ "id": 9 }',
        '```',
        '',
        '## Booking',
        '',
        'Response:',
        '',
        '```json',
        '{ "id": 1, "ok": true }',
        '```',
        '',
        '## Dependencies',
        '',
        '```json',
        '{ "dependencies": { "zod": "3.0.0" } }',
        '```',
        '',
        '## Floor',
        '',
        '```json',
        '{ "level": 2, "wing": "east" }',
        '```',
        '',
        '```',
        '[draft] -> [live]',
        '```',
      ].join('\n'),
    );
    expect(c).toEqual({ value: [], diagnostics: [] });
  });

  it('warns about a JSON block it cannot parse when a heading names its entity', () => {
    const c = collect(['## Suite', '', '```json', '{ "id": 4, "beds": }', '```'].join('\n'));
    expect(c.value).toEqual([]);
    expect(c.diagnostics).toHaveLength(1);
    expect(c.diagnostics[0]).toMatchObject({ code: 'extract/code-block-unparsed', severity: 'warning', span: { start: { line: 4, column: 1 } } });
    expect(c.diagnostics[0]!.message).toContain('example of Suite');
  });
});

describe('entityFromLabel', () => {
  it('names entities and recognises API shapes by the label words table', () => {
    expect(entityFromLabel('Product shape (Response):')).toEqual({ entity: 'Product' });
    expect(entityFromLabel('**Example order items**')).toEqual({ entity: 'OrderItem' });
    expect(entityFromLabel('3.2 Invoice')).toEqual({ entity: 'Invoice' });
    expect(entityFromLabel('Create order request')).toBe('api');
    expect(entityFromLabel('Data model overview')).toBeUndefined();
    expect(entityFromLabel('Create order')).toBeUndefined();
    expect(entityFromLabel('用户')).toBeUndefined();
  });
});

describe('code-block collectors', () => {
  it('are all registered', () => {
    const names = COLLECTORS.map(([name]) => name);
    for (const n of ['sql-ddl', 'prisma-models', 'typescript-types', 'json-examples']) expect(names).toContain(n);
  });
});
