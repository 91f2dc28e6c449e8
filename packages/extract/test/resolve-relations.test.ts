import { describe, expect, it } from 'vitest';
import type { Relation, Schema } from '@schemawright/ir';
import { codes, columnOf, facts, many, one, oneOrMore, resolveChecked, tableOf, zeroOrOne } from './resolve-fact-builder.js';

/** `from(cols) -> to(cols)` for compact relation assertions. */
const arrow = (r: Relation): string => `${r.from.table}(${r.from.columns.join(',')}) -> ${r.to.table}(${r.to.columns.join(',')})`;
const relationNamed = (s: Schema, name: string): Relation => {
  const r = s.relations.find((x) => x.name === name);
  expect(r, name).toBeDefined();
  return r!;
};

describe('resolve: one-to-many (rule 6)', () => {
  it('puts a new FK on the many side, typed like the referenced key, with Prisma names', () => {
    const f = facts();
    const input = [
      f.rel('Project', 'Task', { aEnd: one, bEnd: many, label: 'contains', identifying: true }),
      f.entity('Project'),
      f.attr('Project', 'id', { rawType: 'bigint', primaryKey: true }),
      f.entity('Task'),
      f.attr('Task', 'title'),
    ];
    const { schema } = resolveChecked(input);
    const r = relationNamed(schema, 'tasks_project_id_fkey');
    expect(r).toMatchObject({
      label: 'contains',
      from: { table: 'tasks', columns: ['project_id'], cardinality: 'many', optional: true },
      to: { table: 'projects', columns: ['id'], cardinality: 'one', optional: false },
      onDelete: 'cascade',
      origin: input[0]!.span,
      rule: 'test/relation',
    });
    expect(columnOf(schema, 'tasks', 'project_id')).toMatchObject({ type: { kind: 'int', bits: 64 }, nullable: false, rule: 'resolve/foreign-key' });
    expect(columnOf(schema, 'tasks', 'project_id').default).toBeUndefined();
    expect(tableOf(schema, 'tasks').columns.map((c) => c.name)).toEqual(['id', 'title', 'project_id', 'created_at', 'updated_at']);
  });

  it('reuses an existing <target>_id column and reads relations from <x>_id names alone', () => {
    const f = facts();
    const input = [f.entity('Board'), f.entity('Card'), f.attr('Card', 'board_id', { nullable: true }), f.attr('Card', 'owner_team_id'), f.entity('Team')];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual(['cards(board_id) -> boards(id)', 'cards(owner_team_id) -> teams(id)']);
    expect(relationNamed(schema, 'cards_board_id_fkey')).toMatchObject({ rule: 'resolve/id-column', onDelete: 'set-null', to: { optional: true } });
    expect(relationNamed(schema, 'cards_owner_team_id_fkey').onDelete).toBe('restrict');
    expect(codes(diagnostics)).not.toContain('extract/ambiguous-cardinality');
  });

  it('links a column with a stated target, singular or plural', () => {
    const f = facts('prd.md', 'section');
    const input = [f.entity('Quiz'), f.entity('Team'), f.attr('Team', 'host', { references: { entity: 'quizzes', onDelete: 'no-action' } })];
    const { schema } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual(['teams(host) -> quizzes(id)']);
    expect(schema.relations[0]!.onDelete).toBe('no-action');
  });

  it('reports an _id column that names no entity and keeps it plain, as text unless a source typed it', () => {
    const f = facts();
    const { schema, diagnostics } = resolveChecked([f.entity('Payment'), f.attr('Payment', 'stripe_charge_id'), f.attr('Payment', 'batch_id', { rawType: 'uuid' })]);
    expect(schema.relations).toEqual([]);
    expect(columnOf(schema, 'payments', 'stripe_charge_id').type).toEqual({ kind: 'string' });
    expect(columnOf(schema, 'payments', 'batch_id').type).toEqual({ kind: 'uuid' });
    expect(diagnostics.filter((d) => d.code === 'resolve/unknown-fk-target').map((d) => d.message)).toEqual([
      'column payments.stripe_charge_id looks like a foreign key but no table "stripe_charge" exists; kept as a plain column',
      'column payments.batch_id looks like a foreign key but no table "batch" exists; kept as a plain column',
    ]);
  });

  it('drops a relation to an undefined entity with a warning', () => {
    const f = facts();
    const input = [f.entity('Order'), f.rel('Order', 'Voucher', { aEnd: many, bEnd: one }), f.attr('Order', 'coupon', { references: { entity: 'Coupon' } })];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.relations).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'resolve/unknown-relation-target').map((d) => d.message)).toEqual([
      'relation from Order to unknown entity "Voucher"; dropped',
      'relation from orders.coupon to unknown entity "Coupon"; dropped',
    ]);
  });

  it('guesses missing ends with a warning: a is one, b is many', () => {
    const f = facts('prd.md', 'prose');
    const input = [f.entity('Author'), f.entity('Book'), f.rel('Author', 'Book', { label: 'writes' })];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual(['books(author_id) -> authors(id)']);
    expect(diagnostics.find((d) => d.code === 'extract/ambiguous-cardinality')?.message).toBe(
      'cardinality of Author – Book is not stated; assuming one-to-many',
    );
  });

  it('completes one stated end as the form implies', () => {
    const f = facts('prd.md', 'prose');
    const input = [f.entity('Team'), f.entity('Player'), f.rel('Player', 'Team', { aEnd: many })];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual(['players(team_id) -> teams(id)']);
    expect(codes(diagnostics)).toContain('extract/ambiguous-cardinality');
  });

  it('chooses delete actions: optional → set-null, required contained → cascade, else restrict, stated wins', () => {
    const f = facts();
    const input = [
      f.entity('Shop'), f.entity('Shelf'), f.entity('Item'), f.entity('Clerk'), f.entity('Note'),
      f.rel('Shop', 'Shelf', { aEnd: one, bEnd: many, label: 'has many' }),
      f.rel('Shelf', 'Item', { aEnd: zeroOrOne, bEnd: many, label: 'holds' }),
      f.rel('Shop', 'Clerk', { aEnd: one, bEnd: many, label: 'employs' }),
      f.rel('Clerk', 'Note', { aEnd: one, bEnd: many, label: 'writes', onDelete: 'cascade' }),
    ];
    const { schema } = resolveChecked(input);
    expect(Object.fromEntries(schema.relations.map((r) => [r.name, r.onDelete]))).toEqual({
      clerks_shop_id_fkey: 'restrict',
      items_shelf_id_fkey: 'set-null',
      notes_clerk_id_fkey: 'cascade',
      shelves_shop_id_fkey: 'cascade',
    });
  });

  it('lets the higher-ranked statement of an end win and reports the other', () => {
    const erd = facts('architecture.md', 'erd');
    const prose = facts('prd.md', 'prose');
    const input = [erd.entity('Fund'), erd.entity('Grant'), erd.rel('Fund', 'Grant', { aEnd: zeroOrOne, bEnd: many }), prose.rel('Fund', 'Grant', { aEnd: one, bEnd: many })];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.relations).toHaveLength(1);
    expect(schema.relations[0]!.to.optional).toBe(true);
    expect(columnOf(schema, 'grants', 'fund_id').nullable).toBe(true);
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['resolve/conflict', 'resolve/duplicate-relation']));
  });

  it('merges statements about one FK column and keeps the column null-ness the higher rank gave', () => {
    const sql = facts('schema.md', 'sql');
    const prose = facts('prd.md', 'prose');
    const input = [
      sql.entity('Tenant'), sql.entity('Site'), sql.attr('Site', 'tenant_id', { nullable: false, references: { entity: 'tenants' } }),
      prose.rel('Tenant', 'Site', { aEnd: zeroOrOne, bEnd: many, label: 'has' }),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual(['sites(tenant_id) -> tenants(id)']);
    expect(columnOf(schema, 'sites', 'tenant_id').nullable).toBe(false);
    expect(schema.relations[0]!.to.optional).toBe(false);
    expect(codes(diagnostics)).toContain('resolve/conflict');
    // the column's stated target and the relation line are one statement in two forms, not a duplicate
    expect(codes(diagnostics)).not.toContain('resolve/duplicate-relation');
  });
});

describe('resolve: FK columns claimed twice (rule 6)', () => {
  it('gives a column named by two relations to the higher-ranked statement and reports the other', () => {
    const erd = facts('architecture.md', 'erd');
    const sql = facts('schema.md', 'sql');
    const erdLine = erd.rel('Account', 'Post', { aEnd: one, bEnd: many, fkColumns: ['author_id'] });
    const sqlColumn = sql.attr('Post', 'author_id', { references: { entity: 'users' } });
    const { schema, diagnostics } = resolveChecked([erd.entity('Account'), erd.entity('Post'), erdLine, sql.entity('User'), sqlColumn]);
    expect(schema.relations.map(arrow)).toEqual(['posts(author_id) -> users(id)']);
    const d = diagnostics.filter((x) => x.code === 'resolve/conflict').find((x) => x.message.startsWith('posts.author_id foreign key target'));
    expect(d?.message).toBe('posts.author_id foreign key target differs between sources: users (kept, sql at schema.md:1:1) vs accounts (erd at architecture.md:1:1)');
    expect(d?.related).toEqual([erdLine.span]);
  });
});

describe('resolve: one-to-one (rule 6)', () => {
  it('puts the FK on the optional side with a unique key', () => {
    const f = facts();
    const input = [f.entity('Person'), f.entity('Passport'), f.rel('Person', 'Passport', { aEnd: one, bEnd: zeroOrOne, label: 'holds' })];
    const { schema } = resolveChecked(input);
    const r = relationNamed(schema, 'passports_person_id_fkey');
    expect(r.from).toEqual({ table: 'passports', columns: ['person_id'], cardinality: 'one', optional: true });
    expect(r.to.optional).toBe(false);
    expect(columnOf(schema, 'passports', 'person_id').unique).toBe(true);
    expect(tableOf(schema, 'passports').indexes).toEqual([]);
  });

  it('honours fkOn, else falls back to b', () => {
    const f = facts();
    const input = [
      f.entity('Car'), f.entity('Engine'), f.entity('Desk'), f.entity('Lamp'),
      f.rel('Car', 'Engine', { aEnd: zeroOrOne, bEnd: zeroOrOne, fkOn: 'a' }),
      f.rel('Desk', 'Lamp', { aEnd: one, bEnd: one }),
    ];
    const { schema } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual(['cars(engine_id) -> engines(id)', 'lamps(desk_id) -> desks(id)']);
    expect(columnOf(schema, 'cars', 'engine_id')).toMatchObject({ nullable: true, unique: true });
    expect(relationNamed(schema, 'cars_engine_id_fkey').onDelete).toBe('set-null');
  });

  it('uses the existing FK column to decide the holder, whatever the statement order', () => {
    const f = facts();
    const input = [f.rel('Patient', 'Medical Record', { aEnd: one, bEnd: one, label: 'has exactly one' }), f.entity('Patient'), f.entity('Medical Record'), f.attr('Medical Record', 'patient_id')];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual(['medical_records(patient_id) -> patients(id)']);
    expect(schema.relations[0]!.from.cardinality).toBe('one');
    expect(columnOf(schema, 'medical_records', 'patient_id').unique).toBe(true);
    expect(codes(diagnostics)).not.toContain('resolve/conflict');
  });

  it('treats a unique FK column as one-to-one', () => {
    const f = facts();
    const { schema } = resolveChecked([f.entity('User'), f.entity('Profile'), f.attr('Profile', 'user_id', { unique: true })]);
    expect(schema.relations[0]!.from.cardinality).toBe('one');
  });
});

describe('resolve: roles (rule 6)', () => {
  it('names a self relation from its label, else parent_id', () => {
    const f = facts();
    const input = [
      f.entity('Employee'), f.entity('Category'),
      f.rel('Employee', 'Employee', { aEnd: zeroOrOne, bEnd: many, label: 'manages' }),
      f.rel('Category', 'Category', { aEnd: zeroOrOne, bEnd: many }),
    ];
    const { schema } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual(['categories(parent_id) -> categories(id)', 'employees(manager_id) -> employees(id)']);
    expect(columnOf(schema, 'employees', 'manager_id').nullable).toBe(true);
  });

  it('finds existing role columns for two relations between one pair', () => {
    const f = facts();
    const input = [
      f.rel('AIRPORT', 'FLIGHT', { aEnd: one, bEnd: many, label: 'arrives at' }),
      f.rel('AIRPORT', 'FLIGHT', { aEnd: one, bEnd: many, label: 'departs from' }),
      f.rel('MEMBER', 'MESSAGE', { aEnd: one, bEnd: many, label: 'sends' }),
      f.rel('MEMBER', 'MESSAGE', { aEnd: one, bEnd: many, label: 'receives' }),
      f.entity('AIRPORT'), f.entity('FLIGHT'), f.attr('FLIGHT', 'departure_airport_id'), f.attr('FLIGHT', 'arrival_airport_id'),
      f.entity('MEMBER'), f.entity('MESSAGE'), f.attr('MESSAGE', 'sender_id'), f.attr('MESSAGE', 'recipient_id'),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.relations.map((r) => `${r.label}: ${arrow(r)}`)).toEqual([
      'arrives at: flights(arrival_airport_id) -> airports(id)',
      'departs from: flights(departure_airport_id) -> airports(id)',
      'receives: messages(recipient_id) -> members(id)',
      'sends: messages(sender_id) -> members(id)',
    ]);
    expect(codes(diagnostics)).not.toContain('resolve/unknown-fk-target');
    expect(tableOf(schema, 'flights').columns.map((c) => c.name)).toEqual(['id', 'departure_airport_id', 'arrival_airport_id', 'created_at', 'updated_at']);
  });

  it('adds role-named columns for a second relation between one pair', () => {
    const f = facts();
    const input = [
      f.entity('City'), f.entity('Route'),
      f.rel('City', 'Route', { aEnd: one, bEnd: many, label: 'departs from' }),
      f.rel('City', 'Route', { aEnd: one, bEnd: many, label: 'ends in' }),
      f.entity('Member'), f.entity('Task'),
      f.rel('Member', 'Task', { aEnd: one, bEnd: many, label: 'creates' }),
      f.rel('Member', 'Task', { aEnd: zeroOrOne, bEnd: many, label: 'assigned to' }),
    ];
    const { schema } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual([
      'routes(city_id) -> cities(id)',
      'routes(ends_in_city_id) -> cities(id)',
      'tasks(assignee_member_id) -> members(id)',
      'tasks(member_id) -> members(id)',
    ]);
    expect(columnOf(schema, 'tasks', 'assignee_member_id').nullable).toBe(true);
  });

  it('matches labels to created_by-style columns', () => {
    const f = facts();
    const input = [
      f.rel('USER', 'TASKS', { aEnd: one, bEnd: many, label: 'creates' }),
      f.rel('USER', 'TASKS', { aEnd: one, bEnd: many, label: 'assigned_to' }),
      f.entity('USER'), f.entity('TASKS'), f.attr('TASKS', 'created_by', { rawType: 'uuid' }), f.attr('TASKS', 'assigned_to', { rawType: 'uuid' }),
    ];
    const { schema } = resolveChecked(input);
    expect(schema.relations.map(arrow)).toEqual(['tasks(assigned_to) -> users(id)', 'tasks(created_by) -> users(id)']);
  });
});

describe('resolve: FK indexes (rule 8)', () => {
  it('indexes FK columns that no key, unique or index already leads with', () => {
    const f = facts();
    const input = [
      f.entity('Shelf'), f.entity('Book'), f.entity('Entry'),
      f.attr('Entry', 'shelf_id', { primaryKey: true }), f.attr('Entry', 'book_id', { primaryKey: true }),
      f.entity('Review'), f.attr('Review', 'book_id'), f.attr('Review', 'reader_id'), f.attr('Review', 'stars'), f.entity('Reader'),
      f.index('Review', ['reader_id', 'created_at'], false),
    ];
    const { schema } = resolveChecked(input);
    expect(tableOf(schema, 'entries').indexes.map((i) => [i.name, i.columns, i.reason])).toEqual([['entries_book_id_idx', ['book_id'], 'foreign key']]);
    expect(tableOf(schema, 'reviews').indexes.map((i) => [i.name, i.reason])).toEqual([
      ['reviews_book_id_idx', 'foreign key'],
      ['reviews_reader_id_created_at_idx', 'stated in the documents'],
    ]);
  });

  it('applies stated indexes and uniques', () => {
    const f = facts('schema.md', 'sql');
    const input = [
      f.entity('Slot'), f.attr('Slot', 'id'), f.attr('Slot', 'room'), f.attr('Slot', 'starts_at'), f.attr('Slot', 'code'),
      f.index('Slot', ['room', 'starts_at'], true), f.index('Slot', ['code'], true), f.index('Slot', ['starts_at'], false, { name: 'slot_start' }),
      f.index('Slot', ['missing'], false),
    ];
    const { schema } = resolveChecked(input);
    const t = tableOf(schema, 'slots');
    expect(t.uniques).toEqual([['room', 'starts_at']]);
    expect(columnOf(schema, 'slots', 'code').unique).toBe(true);
    expect(t.indexes.map((i) => [i.name, i.columns, i.reason])).toEqual([['slot_start', ['starts_at'], 'stated in the documents']]);
  });
});

describe('resolve: conflicts name both places', () => {
  it('null-ness: the column statement wins over the relation end, and both are named', () => {
    const sql = facts('schema.md', 'sql');
    const erd = facts('architecture.md', 'erd');
    const column = sql.attr('Task', 'project_id', { nullable: true, references: { entity: 'projects' } });
    const line = erd.rel('Project', 'Task', { aEnd: one, bEnd: many });
    const { schema, diagnostics } = resolveChecked([sql.entity('Project'), sql.entity('Task'), column, line]);
    expect(columnOf(schema, 'tasks', 'project_id').nullable).toBe(true);
    const d = diagnostics.find((x) => x.code === 'resolve/conflict' && x.message.includes('null-ness'))!;
    expect(d.message).toBe(
      'tasks.project_id null-ness differs between sources: optional (kept, column tasks.project_id, sql at schema.md:1:1) vs required (relation, erd at architecture.md:1:1)',
    );
    expect(d.span).toEqual(column.span);
    expect(d.related).toEqual([line.span]);
  });

  it('cardinality: a unique foreign key wins over a statement that made its side many', () => {
    const sql = facts('schema.md', 'sql');
    const erd = facts('architecture.md', 'erd');
    const column = sql.attr('Profile', 'user_id', { unique: true, references: { entity: 'users' } });
    const line = erd.rel('User', 'Profile', { aEnd: one, bEnd: many });
    const { schema, diagnostics } = resolveChecked([sql.entity('User'), sql.entity('Profile'), column, line]);
    expect(schema.relations[0]!.from.cardinality).toBe('one');
    const d = diagnostics.find((x) => x.code === 'resolve/conflict' && x.message.startsWith('cardinality of'))!;
    expect(d.message).toBe(
      'cardinality of Profile in User – Profile differs between sources: one (kept, unique profiles.user_id, sql at schema.md:1:1) vs many (relation, erd at architecture.md:1:1)',
    );
    expect(d.span).toEqual(column.span);
    expect(d.related).toEqual([line.span]);
  });

  it('direction: the statement that fixed the foreign key wins over the ends that point the other way', () => {
    const sql = facts('schema.md', 'sql');
    const note = facts('prd.md', 'note');
    const column = sql.attr('Task', 'project_id', { references: { entity: 'projects' } });
    const line = note.rel('Project', 'Task', { aEnd: many, bEnd: one, fkOn: 'b', fkColumns: ['project_id'] });
    const { schema, diagnostics } = resolveChecked([sql.entity('Project'), sql.entity('Task'), column, line]);
    expect(schema.relations.map(arrow)).toEqual(['tasks(project_id) -> projects(id)']);
    const d = diagnostics.find((x) => x.code === 'resolve/conflict' && x.message.startsWith('direction of'))!;
    expect(d.message).toBe('direction of Project – Task differs between sources: foreign key project_id (kept, sql at schema.md:1:1) vs many – one (note at prd.md:1:1)');
    expect(d.span).toEqual(column.span);
    expect(d.related).toEqual([line.span]);
  });
});
