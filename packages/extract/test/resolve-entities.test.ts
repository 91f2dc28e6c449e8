import { describe, expect, it } from 'vitest';
import { span } from '@schemawright/ir';
import { chooseDatabase } from '@schemawright/extract';
import { codes, columnOf, facts, many, one, resolveChecked, tableOf } from './resolve-fact-builder.js';

describe('resolve: confidence (rule 1)', () => {
  it('drops facts below the threshold and says so for entities and relations', () => {
    const f = facts('prd.md', 'prose');
    const input = [
      f.entity('Project', { confidence: 0.9 }),
      f.entity('Widget', { confidence: 0.3 }),
      f.attr('Widget', 'name', { confidence: 0.3 }),
      f.entity('Task', { confidence: 0.9 }),
      f.rel('Project', 'Task', { confidence: 0.4, label: 'has' }),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.tables.map((t) => t.name)).toEqual(['projects', 'tasks']);
    expect(schema.relations).toEqual([]);
    const dropped = diagnostics.filter((d) => d.code === 'resolve/low-confidence');
    expect(dropped.map((d) => d.message)).toEqual([
      'dropped entity "Widget": confidence 0.3 is below 0.5',
      'dropped relation "Project – Task": confidence 0.4 is below 0.5',
    ]);
  });

  it('honours a caller threshold', () => {
    const f = facts('prd.md', 'prose');
    const { schema } = resolveChecked([f.entity('Project', { confidence: 0.6 })], 0.7);
    expect(schema.tables).toEqual([]);
  });
});

describe('resolve: entities (rule 2)', () => {
  it('merges names that share an entity key; label, table name and origin come from the best rank', () => {
    const prd = facts('prd.md', 'prose');
    const arch = facts('architecture.md', 'erd');
    const input = [
      prd.entity('order items', { purpose: 'Lines of an order.' }),
      arch.entity('ORDER_ITEM'),
      arch.entity('OrderItems', { source: 'section', purpose: 'One line of a customer order.' }),
    ];
    const { schema } = resolveChecked(input);
    const t = tableOf(schema, 'order_items');
    expect(t.label).toBe('ORDER_ITEM');
    expect(t.purpose).toBe('One line of a customer order.');
    expect(t.origin).toEqual(span('architecture.md', 1, 1, 1, 20));
    expect(t.rule).toBe('test/entity');
  });

  it('uses the stated table name of the best-ranked fact that has one', () => {
    const f = facts();
    const input = [f.entity('Person', { source: 'sql', tableName: 'tbl_People' }), f.entity('person', { source: 'prose', tableName: 'humans' })];
    const { schema } = resolveChecked(input);
    expect(schema.tables.map((t) => t.name)).toEqual(['tbl_people']);
  });

  it('breaks ties between equal ranks by span, never by input order', () => {
    const a = facts('a.md');
    const b = facts('b.md');
    const late = b.entity('Category', { purpose: 'from b' });
    const early = a.entity('CATEGORIES', { purpose: 'from a' });
    const { schema } = resolveChecked([late, early]);
    const t = tableOf(schema, 'categories');
    expect(t.label).toBe('CATEGORIES');
    expect(t.purpose).toBe('from a');
  });

  it('declares an entity from an attribute of an undeclared one, with the attribute span', () => {
    const f = facts('prd.md', 'field-table');
    const attr = f.attr('Invoice', 'number', { rawType: 'varchar(20)' });
    const { schema } = resolveChecked([attr]);
    const t = tableOf(schema, 'invoices');
    expect(t.origin).toEqual(attr.span);
    expect(columnOf(schema, 'invoices', 'number').type).toEqual({ kind: 'string', maxLength: 20 });
  });
});

describe('resolve: entities by table name', () => {
  it('merges an entity named by another entity\'s stated table name, with its columns, keys and relations', () => {
    const prisma = facts('architecture.md', 'prisma');
    const sql = facts('schema.md', 'sql');
    const input = [
      prisma.entity('Member', { tableName: 'crew_members' }),
      prisma.attr('Member', 'id', { rawType: 'String', primaryKey: true }),
      prisma.attr('Member', 'nickname', { rawType: 'String' }),
      sql.entity('crew_members', { tableName: 'crew_members' }),
      sql.attr('crew_members', 'nickname', { rawType: 'varchar(30)' }),
      sql.attr('crew_members', 'joined_on', { rawType: 'date' }),
      sql.entity('shifts', { tableName: 'shifts' }),
      sql.attr('shifts', 'id', { rawType: 'serial', primaryKey: true }),
      sql.attr('shifts', 'member_id', { rawType: 'uuid', references: { entity: 'crew_members' } }),
      sql.index('crew_members', ['joined_on'], false),
    ];
    const { schema } = resolveChecked(input);
    expect(schema.tables.map((t) => t.name)).toEqual(['crew_members', 'shifts']);
    const crew = tableOf(schema, 'crew_members');
    expect(crew.label).toBe('Member');
    expect(crew.columns.map((c) => c.name)).toEqual(['id', 'nickname', 'joined_on', 'created_at', 'updated_at']);
    expect(columnOf(schema, 'crew_members', 'nickname').type).toEqual({ kind: 'string', maxLength: 30 });
    expect(crew.indexes.map((i) => i.columns)).toEqual([['joined_on']]);
    expect(schema.relations.map((r) => `${r.from.table}.${r.from.columns.join()} -> ${r.to.table}`)).toEqual(['shifts.member_id -> crew_members']);
  });

  it('leaves a table name two entities claim alone', () => {
    const f = facts('schema.md', 'prisma');
    const input = [f.entity('Pilot', { tableName: 'people' }), f.entity('Guest', { tableName: 'people' }), f.entity('Person', { source: 'table-list' })];
    const { schema, diagnostics } = resolveChecked(input);
    // the two claims still clash on the table name (suffix), and Person stays its own entity
    expect(schema.tables.map((t) => t.label).sort()).toEqual(['Guest', 'Person', 'Pilot']);
    expect(codes(diagnostics)).not.toContain('resolve/conflict');
  });
});

describe('resolve: database choice', () => {
  it('passes the signal facts to chooseDatabase and keeps its choice', () => {
    const f = facts();
    const signals = [f.signal('database', 'mysql'), f.signal('orm', 'drizzle')];
    const { schema } = resolveChecked([f.entity('User'), ...signals]);
    expect(schema.database).toEqual(chooseDatabase(signals).value);
  });

  it('weighs signals below the confidence cut: the choice has its own scale', () => {
    const arch = facts('architecture.md', 'prose');
    // "MySQL or MariaDB-compatible storage" twice: alternatives (0.4) are below the 0.5 fact cut
    const input = [arch.entity('Ledger', { source: 'erd' }), arch.signal('database', 'mysql', { confidence: 0.4 }), arch.signal('database', 'mysql', { confidence: 0.4 })];
    expect(resolveChecked(input).schema.database.provider).toBe('mysql');
  });
});

describe('resolve: empty (rule 11)', () => {
  it('warns and returns an empty schema when there are no entities', () => {
    const f = facts();
    const { schema, diagnostics } = resolveChecked([f.enumOf('status', ['open', 'closed'])]);
    expect(schema.tables).toEqual([]);
    expect(schema.relations).toEqual([]);
    expect(schema.enums).toEqual([]);
    expect(codes(diagnostics)).toEqual(['resolve/empty-schema']);
    expect(diagnostics[0]!.severity).toBe('warning');
  });
});

describe('resolve: prose beside a data model', () => {
  const model = () => {
    const erd = facts('architecture.md', 'erd');
    return [erd.entity('Hive'), erd.entity('Apiary'), erd.entity('Inspection'), erd.rel('Apiary', 'Hive', { source: 'erd' })];
  };

  it('leaves out entities only prose proposes, with their facts, and says so', () => {
    const prose = facts('prd.md', 'prose');
    const swarm = prose.entity('Swarm', { confidence: 0.7 });
    const input = [...model(), swarm, prose.attr('Swarm', 'size'), prose.rel('Hive', 'Swarm'), prose.attr('Hive', 'queen_marked'), prose.rel('Apiary', 'Inspection')];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.tables.map((t) => t.name)).toEqual(['apiaries', 'hives', 'inspections']);
    // prose about the model's own entities stays
    expect(columnOf(schema, 'hives', 'queen_marked')).toBeDefined();
    expect(schema.relations.map((r) => `${r.from.table}->${r.to.table}`).sort()).toEqual(['hives->apiaries', 'inspections->apiaries']);
    const d = diagnostics.filter((x) => x.code === 'resolve/prose-only-entity');
    expect(d.map((x) => x.message)).toEqual(['left out "Swarm": only prose suggests it, and the documents define the data model (3 entities)']);
    expect(d[0]!.span).toEqual(swarm.span);
    expect(codes(diagnostics)).not.toContain('resolve/unknown-relation-target');
  });

  it('keeps prose entities when the documents define no model (fewer than three structured entities)', () => {
    const erd = facts('architecture.md', 'erd');
    const prose = facts('prd.md', 'prose');
    const { schema } = resolveChecked([erd.entity('Hive'), erd.entity('Apiary'), prose.entity('Swarm', { confidence: 0.7 })]);
    expect(schema.tables.map((t) => t.name)).toEqual(['apiaries', 'hives', 'swarms']);
  });

  it('keeps a prose entity the model names anywhere (a relation end, a referenced table)', () => {
    const prose = facts('prd.md', 'prose');
    const sql = facts('schema.md', 'sql');
    const input = [...model(), sql.attr('Inspection', 'keeper_id', { references: { entity: 'keepers' } }), prose.entity('Keeper', { confidence: 0.7 })];
    const { schema } = resolveChecked(input);
    expect(schema.tables.map((t) => t.name)).toContain('keepers');
  });
});

describe('resolve: prose beside exact code', () => {
  it('adds no prose column or relation to tables Prisma or SQL declare, and keeps prose about other tables', () => {
    const prisma = facts('schema.md', 'prisma');
    const list = facts('prd.md', 'table-list');
    const prose = facts('prd.md', 'prose');
    const input = [
      prisma.entity('Vet'), prisma.attr('Vet', 'id', { rawType: 'String', primaryKey: true }),
      prisma.entity('Visit'), prisma.attr('Visit', 'id', { rawType: 'String', primaryKey: true }),
      prisma.attr('Visit', 'vetId', { rawType: 'String', references: { entity: 'Vet' } }),
      list.entity('clinics'), list.attr('clinics', 'id'),
      prose.attr('Vet', 'favourite_colour'), prose.rel('Vet', 'Visit', { aEnd: many, bEnd: one }),
      prose.attr('clinics', 'opening_hours'), prose.rel('clinics', 'Vet', { aEnd: one, bEnd: many }), prose.rel('Vet', 'clinics', { aEnd: one, bEnd: many, label: 'runs' }),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    // "a vet has many visits" read backwards joins the Prisma relation and loses to its foreign key, visibly
    expect(diagnostics.filter((d) => d.code === 'resolve/conflict').map((d) => d.message)).toEqual([
      'direction of Vet – Visit differs between sources: foreign key vet_id (kept, prisma at schema.md:5:1) vs many – one (prose at prd.md:2:1)',
    ]);
    // "a clinic has many vets" would put clinic_id into the Prisma model: left out; "a vet runs clinics" stays
    expect(tableOf(schema, 'vets').columns.map((c) => c.name)).toEqual(['id', 'created_at', 'updated_at']);
    expect(tableOf(schema, 'clinics').columns.map((c) => c.name)).toEqual(['id', 'opening_hours', 'vet_id', 'created_at', 'updated_at']);
    expect(schema.relations.map((r) => `${r.from.table}->${r.to.table}`).sort()).toEqual(['clinics->vets', 'visits->vets']);
  });
});
