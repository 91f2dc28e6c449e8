import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalSchema, column, relation, schema, span, table, type Relation, type Schema, type Table } from '@schemawright/ir';
import { emitMermaid, MERMAID_RESERVED_ENTITIES } from '@schemawright/emit';
import { allShapes, manyToManySchema, oneToOneSchema, selfRelationSchema, teamTasksSchema } from './helpers/schemas.js';

type MermaidApi = { parse(text: string): Promise<unknown> };
let mermaid: MermaidApi;
beforeAll(async () => {
  mermaid = (await import('mermaid')).default as unknown as MermaidApi;
});

const at = { origin: span('erd.md', 1, 1), rule: 'test/mermaid' };
const uuid = (name: string, nullable = false) => column({ ...at, name, type: { kind: 'uuid' }, nullable });
const entity = (name: string, extra: string[] = []): Table =>
  table({ ...at, name, columns: [uuid('id'), ...extra.map((c) => uuid(c))], primaryKey: ['id'] });

function rel(from: string, cols: string[], to: string, fromEnd: ['one' | 'many', boolean], toEnd: ['one' | 'many', boolean], label?: string): Relation {
  return relation({
    ...at,
    name: `${from}_${cols.join('_')}_fkey`,
    from: { table: from, columns: cols, cardinality: fromEnd[0], optional: fromEnd[1] },
    to: { table: to, columns: ['id'], cardinality: toEnd[0], optional: toEnd[1] },
    onDelete: 'cascade',
    ...(label === undefined ? {} : { label }),
  });
}

function build(tables: Table[], relations: Relation[]): Schema {
  return canonicalSchema(schema({ name: 'Test', tables, relations, enums: [] }));
}

/** The relationship lines only, without indentation. */
function relationLines(text: string): string[] {
  return text.split('\n').filter((l) => / : "/.test(l)).map((l) => l.trim());
}

describe('emitMermaid', () => {
  it('emits diagrams mermaid 11 parses for every shape, in both junction styles', async () => {
    // the parser is strict: a keyword as an entity name fails, so a pass below means something
    await expect(mermaid.parse('erDiagram\n    CLASS {\n        uuid id PK\n    }\n')).rejects.toThrow();
    for (const [name, s] of allShapes()) {
      for (const junctions of ['entity', 'collapse'] as const) {
        const text = emitMermaid(s, { junctions });
        await expect(mermaid.parse(text), `${name} (${junctions})`).resolves.toBeTruthy();
        expect(text.startsWith('erDiagram\n')).toBe(true);
        expect(text.endsWith('}\n') || text.endsWith('"\n')).toBe(true);
        expect(text.endsWith('\n\n')).toBe(false);
      }
    }
  });

  it('prints the exact markers for every combination of end cardinality and optionality', () => {
    const ends: [string, ['one' | 'many', boolean], string, string][] = [
      ['one-required', ['one', false], '||', '||'],
      ['one-optional', ['one', true], '|o', 'o|'],
      ['many-required', ['many', false], '}|', '|{'],
      ['many-optional', ['many', true], '}o', 'o{'],
    ];
    for (const [toName, toEnd, left] of ends) {
      for (const [fromName, fromEnd, , right] of ends) {
        const s = build([entity('parents'), entity('children', ['parent_id'])], [rel('children', ['parent_id'], 'parents', fromEnd, toEnd, 'holds')]);
        expect(relationLines(emitMermaid(s)), `${toName} / ${fromName}`).toEqual([`PARENT ${left}..${right} CHILD : "holds"`]);
      }
    }
  });

  it('draws identifying relations with -- and others with ..', () => {
    const lines = relationLines(emitMermaid(manyToManySchema()));
    expect(lines).toContain('POST ||--o{ POST_TAG : "has"');
    expect(lines).toContain('TAG ||--o{ POST_TAG : "has"');
    expect(relationLines(emitMermaid(teamTasksSchema()))).toEqual([
      'USER ||..o{ PROJECT : "owns"',
      'USER |o..o{ TASK : "is assigned"',
      'PROJECT ||..o{ TASK : "contains"',
      'USER ||..o{ TASK : "reports"',
    ]);
  });

  it('keeps self relations and two relations between one pair apart with derived labels', () => {
    expect(relationLines(emitMermaid(selfRelationSchema()))).toEqual(['EMPLOYEE |o..o{ EMPLOYEE : "manager of"', 'EMPLOYEE |o..o{ EMPLOYEE : "mentor of"']);
    const s = build([entity('users'), entity('messages', ['sender_id', 'recipient_id'])], [
      rel('messages', ['sender_id'], 'users', ['many', true], ['one', false]),
      rel('messages', ['recipient_id'], 'users', ['many', true], ['one', false]),
    ]);
    expect(relationLines(emitMermaid(s))).toEqual(['USER ||..o{ MESSAGE : "recipient of"', 'USER ||..o{ MESSAGE : "sender of"']);
  });

  it('writes attributes as type name keys "comment", one-to-one keys marked UK', () => {
    const text = emitMermaid(oneToOneSchema());
    expect(text).toContain('\n    PROFILE {\n        uuid id PK\n        uuid user_id FK, UK\n        text bio "optional"\n    }\n');
    expect(text).toContain('        string(20) number UK\n');
    const tasks = emitMermaid(teamTasksSchema());
    expect(tasks).toContain('        task_status status "one of: todo, in_progress, done"\n');
    expect(tasks).toContain('        uuid assignee_id FK "optional"\n');
    expect(emitMermaid(manyToManySchema())).toContain('        uuid post_id PK, FK\n');
  });

  it('names entities in UPPER_SNAKE singular and keeps them clear of Mermaid keywords', async () => {
    const names = ['project_members', 'people', 'persons', '2fa_codes', 'заказы', ...MERMAID_RESERVED_ENTITIES.map((w) => w.toLowerCase())];
    const s = build(names.map((n) => entity(n)), [rel('project_members', ['id'], 'people', ['one', true], ['one', false])]);
    const text = emitMermaid(s);
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
    const entities = text.split('\n').filter((l) => l.endsWith(' {')).map((l) => l.trim().slice(0, -2));
    expect(entities).toContain('PROJECT_MEMBER');
    expect(entities).toContain('PERSON');
    expect(entities).toContain('PERSONS');
    expect(entities).toContain('T_2FA_CODE');
    expect(entities).toContain('ЗАКАЗЫ');
    expect(entities).toContain('CLASS_ENTITY');
    expect(entities).toContain('END_ENTITY');
    expect(new Set(entities).size).toBe(entities.length);
  });

  it('quotes every label and comment safely', async () => {
    const t = table({
      ...at,
      name: 'notes',
      columns: [uuid('id'), column({ ...at, name: 'pk', type: { kind: 'text' }, description: 'says "hi"\non two lines' }), column({ ...at, name: 'owner id', type: { kind: 'unknown', raw: 'geometry(Point, 4326)' } })],
      primaryKey: ['id'],
    });
    const s = build([t], [rel('notes', ['owner id'], 'notes', ['many', true], ['one', true], 'links "to"')]);
    const text = emitMermaid(s);
    expect(text).toContain(`        text pk_ "says 'hi' on two lines"\n`);
    expect(text).toContain('        geometry_Point_4326_ owner_id FK\n');
    expect(relationLines(text)).toEqual([`NOTE |o..o{ NOTE : "links 'to'"`]);
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
  });

  it('collapses a junction without own columns into one many-to-many line on request', () => {
    const text = emitMermaid(manyToManySchema(), { junctions: 'collapse' });
    expect(text).not.toContain('POST_TAG');
    expect(relationLines(text)).toContain('POST }o--o{ TAG : "post tags"');
    // a junction with columns of its own stays an entity with its two relations
    expect(text).toContain('ENROLLMENT {');
    expect(relationLines(text)).toContain('COURSE ||--o{ ENROLLMENT : "has"');
  });

  it('walks the schema in its canonical order', () => {
    const s = teamTasksSchema();
    const entities = emitMermaid(s).split('\n').filter((l) => l.endsWith(' {')).map((l) => l.trim());
    expect(entities).toEqual(['PROJECT {', 'TASK {', 'USER {']);
    expect(emitMermaid(s)).toBe(emitMermaid(teamTasksSchema()));
  });
});
