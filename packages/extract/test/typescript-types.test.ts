import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, Fact, RelationFact } from '../src/facts.js';
import { collectTypeScriptTypes } from '../src/collect/typescript-types.js';

const collect = (text: string) => collectTypeScriptTypes(parseDocument({ path: 'model.md', text }));
const attr = (facts: readonly Fact[], entity: string, name: string, rule = 'collect/typescript-type'): AttributeFact => {
  const f = facts.find((x): x is AttributeFact => x.kind === 'attribute' && x.entity === entity && x.name === name && x.rule === rule);
  if (!f) throw new Error(`no attribute ${entity}.${name}`);
  return f;
};
const where = (f: Fact): string => `${f.span.start.line}:${f.span.start.column}`;

// An events app: interfaces, a literal union, an enum, a value object, UI/API shapes, and zod in another block.
const EVENTS = `# Events

## Types

\`\`\`typescript
export interface Venue {
  id: string // UUID
  name: string
  capacity: number
  latitude: number
  ticketPrice: number
  openedOn: Date
  tags: string[]
  address: Address
  events: Event[]
}

interface Address {
  street: string
  city: string
}

export interface Event {
  id: string
  title: string
  status: 'draft' | 'published' | 'cancelled'
  venueId: string
  venue: Venue
  organizerId?: string | null
  kind: EventKind
  notes?: string // internal only
  attendees: Attendee[]
}

enum EventKind { TALK = 'talk', WORKSHOP = 'workshop' }

type Attendee = {
  id: string
  email: string
  events: Event[]
  mood: string // happy, neutral
}

interface EventCardProps { title: string }
interface CreateEventRequest { title: string }
interface VenueStats { total: number }
\`\`\`

## Validation

\`\`\`ts
export const OrganizerSchema = z.object({
  id: z.string().uuid(),
  name: z.string().max(80),
  rating: z.number().optional(),
  payout: z.number(),
  level: z.enum(['new', 'trusted']),
  joinedAt: z.coerce.date(),
}).strict()

export const CreateOrganizerSchema = z.object({ name: z.string() })
\`\`\`
`;

describe('collectTypeScriptTypes', () => {
  const r = collect(EVENTS);
  const facts = r.value;
  const entities = facts.filter((f) => f.kind === 'entity');

  it('states entities with confidence by what they look like, and skips API, UI and value shapes', () => {
    expect(r.diagnostics).toEqual([]);
    expect(entities.map((e) => [e.kind === 'entity' && e.name, e.confidence])).toEqual([
      ['Venue', 0.85],
      ['Event', 0.85],
      ['Attendee', 0.85],
      ['VenueStats', 0.45],
      ['Organizer', 0.8],
    ]);
    expect(facts.every((f) => f.source === 'code')).toBe(true);
  });

  it('spans each entity at its declared name and each field at its name', () => {
    expect(where(entities[0]!)).toBe('6:18');
    expect(where(attr(facts, 'Venue', 'capacity'))).toBe('9:3');
    expect(where(entities[4]!)).toBe('52:14');
    expect(where(attr(facts, 'Organizer', 'name'))).toBe('54:3');
  });

  it('types fields: comments, numbers by name, dates, arrays and value objects', () => {
    expect(attr(facts, 'Venue', 'id')).toMatchObject({ type: { kind: 'uuid' }, primaryKey: true, nullable: false, description: 'UUID' });
    expect(attr(facts, 'Venue', 'capacity').type).toEqual({ kind: 'int', bits: 32 });
    expect(attr(facts, 'Venue', 'latitude').type).toEqual({ kind: 'float' });
    expect(attr(facts, 'Venue', 'ticketPrice').type).toEqual({ kind: 'decimal', precision: 10, scale: 2 });
    expect(attr(facts, 'Venue', 'openedOn').type).toEqual({ kind: 'datetime' });
    expect(attr(facts, 'Venue', 'tags').type).toEqual({ kind: 'json' });
    expect(attr(facts, 'Venue', 'address')).toMatchObject({ type: { kind: 'json' }, rawType: 'Address' });
  });

  it('reads optionality, literal unions and enums', () => {
    expect(attr(facts, 'Event', 'title').nullable).toBe(false);
    expect(attr(facts, 'Event', 'organizerId').nullable).toBe(true);
    expect(attr(facts, 'Event', 'notes')).toMatchObject({ nullable: true, description: 'internal only' });
    expect(attr(facts, 'Event', 'status')).toMatchObject({ type: { kind: 'string' }, enumValues: ['draft', 'published', 'cancelled'] });
    expect(attr(facts, 'Event', 'kind')).toMatchObject({ type: { kind: 'enum', enumName: 'EventKind' }, enumName: 'EventKind' });
    const e = facts.find((f) => f.kind === 'enum');
    expect(e).toMatchObject({ name: 'EventKind', values: ['talk', 'workshop'] });
    expect(where(e!)).toBe('35:6');
  });

  it('relates entities once per pair: FK side for one-to-many, sorted side for many-to-many', () => {
    const rels = facts.filter((f): f is RelationFact => f.kind === 'relation').map((x) => [x.a, x.b, x.aEnd?.cardinality, x.bEnd?.cardinality, x.fkOn, x.fkColumns]);
    expect(rels).toEqual([
      ['Event', 'Venue', 'many', 'one', 'a', ['venueId']],
      ['Attendee', 'Event', 'many', 'many', undefined, undefined],
    ]);
  });

  it('references an entity from a `<name>Id` field, across blocks, unless a relation field holds it', () => {
    expect(attr(facts, 'Event', 'organizerId').references).toEqual({ entity: 'Organizer' });
    expect(attr(facts, 'Event', 'venueId').references).toBeUndefined();
  });

  it('reads zod chains', () => {
    expect(attr(facts, 'Organizer', 'id').type).toEqual({ kind: 'uuid' });
    expect(attr(facts, 'Organizer', 'name').type).toEqual({ kind: 'string', maxLength: 80 });
    expect(attr(facts, 'Organizer', 'rating')).toMatchObject({ type: { kind: 'float' }, nullable: true });
    expect(attr(facts, 'Organizer', 'payout').type).toEqual({ kind: 'decimal', precision: 10, scale: 2 });
    expect(attr(facts, 'Organizer', 'level').enumValues).toEqual(['new', 'trusted']);
    expect(attr(facts, 'Organizer', 'joinedAt').type).toEqual({ kind: 'datetime' });
  });

  it('reads a value list from a comment as a separate, less certain fact', () => {
    expect(attr(facts, 'Attendee', 'mood', 'collect/typescript-type').description).toBeUndefined();
    expect(attr(facts, 'Attendee', 'mood', 'collect/comment-values')).toMatchObject({ enumValues: ['happy', 'neutral'], confidence: 0.6 });
  });
});

describe('collectTypeScriptTypes on other shapes', () => {
  it('folds an extended base into its entities and does not state the base itself', () => {
    const r = collect(['```ts', 'interface Base { id: string; createdAt: Date }', 'interface Invoice extends Base { total: number; paid: boolean }', '```'].join('\n'));
    expect(r.value.filter((f) => f.kind === 'entity').map((f) => [f.kind === 'entity' && f.name, f.confidence])).toEqual([['Invoice', 0.85]]);
    const names = r.value.filter((f): f is AttributeFact => f.kind === 'attribute').map((f) => `${f.name}@${f.span.start.line}`);
    expect(names).toEqual(['id@2', 'createdAt@2', 'total@3', 'paid@3']);
  });

  it('reads a one-to-one from the side that holds the key, once', () => {
    const r = collect(['```ts', 'interface Account { id: string; profile?: Profile }', 'interface Profile { id: string; accountId: string; account: Account }', '```'].join('\n'));
    const rels = r.value.filter((f): f is RelationFact => f.kind === 'relation');
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({ a: 'Profile', b: 'Account', aEnd: { cardinality: 'one' }, bEnd: { cardinality: 'one', optional: false }, fkColumns: ['accountId'] });
  });

  it('relates to an undeclared type with lower confidence, and reads an undeclared *Status as an enum', () => {
    const r = collect(['```typescript', 'interface Shipment { id: string; carrier: Carrier; state: ShipmentStatus }', '```'].join('\n'));
    expect(r.value.find((f) => f.kind === 'relation')).toMatchObject({ a: 'Shipment', b: 'Carrier', confidence: 0.6 });
    expect(attr(r.value, 'Shipment', 'state')).toMatchObject({ type: { kind: 'enum', enumName: 'ShipmentStatus' } });
  });

  it('ignores non-TypeScript fences, code without declarations and broken code', () => {
    expect(collect(['```tsx', 'interface Item { id: string }', '```', '```ts', 'export async function load() { return fetch("/x") }', '```', '```ts', 'interface {', '```'].join('\n'))).toEqual({ value: [], diagnostics: [] });
  });
});
