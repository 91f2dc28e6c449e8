import { describe, expect, it } from 'vitest';
import { span } from '@schemawright/ir';
import { codes, columnOf, facts, resolveChecked, tableOf } from './resolve-fact-builder.js';

describe('resolve: columns (rule 3)', () => {
  it('merges property by property, each from the best rank that states it, and reports conflicts', () => {
    const erd = facts('architecture.md', 'erd');
    const prd = facts('prd.md', 'field-table');
    const erdScore = erd.attr('Team', 'score', { type: { kind: 'int', bits: 32 } });
    const prdScore = prd.attr('team', 'Score', { rawType: 'string', nullable: true, description: 'Points so far' });
    const { schema, diagnostics } = resolveChecked([erd.entity('TEAM'), erdScore, prd.entity('Team'), prdScore]);
    const c = columnOf(schema, 'teams', 'score');
    expect(c.type).toEqual({ kind: 'int', bits: 32 });
    expect(c.nullable).toBe(true);
    expect(c.description).toBe('Points so far');
    expect(c.label).toBe('score');
    expect(c.origin).toEqual(erdScore.span);
    const conflict = diagnostics.find((d) => d.code === 'resolve/conflict');
    expect(conflict?.message).toBe('teams.score type differs between sources: int (kept, erd at architecture.md:1:1) vs string (field-table at prd.md:1:1)');
    expect(conflict?.span).toEqual(erdScore.span);
    expect(conflict?.related).toEqual([prdScore.span]);
  });

  it('does not call uuid and string a conflict (Prisma spells uuid keys as String)', () => {
    const prisma = facts('schema.md', 'prisma');
    const sql = facts('db.md', 'sql');
    const { schema, diagnostics } = resolveChecked([prisma.entity('Task'), prisma.attr('Task', 'id', { rawType: 'String', primaryKey: true }), sql.attr('Task', 'id', { rawType: 'uuid' })]);
    expect(columnOf(schema, 'tasks', 'id').type).toEqual({ kind: 'uuid' });
    expect(codes(diagnostics)).not.toContain('resolve/conflict');
  });

  it('keeps a lower-ranked length for a string the winner left unsized', () => {
    const erd = facts('architecture.md', 'erd');
    const prd = facts('prd.md', 'field-table');
    const { schema, diagnostics } = resolveChecked([erd.entity('Quiz'), erd.attr('Quiz', 'title', { rawType: 'string' }), prd.attr('Quiz', 'title', { rawType: 'varchar(80)' })]);
    expect(columnOf(schema, 'quizzes', 'title').type).toEqual({ kind: 'string', maxLength: 80 });
    expect(codes(diagnostics)).not.toContain('resolve/conflict');
  });

  it('orders columns by first mention with key columns first and timestamps last', () => {
    const a = facts('a.md');
    const b = facts('b.md');
    const input = [
      b.attr('Book', 'id'),
      a.entity('Book'),
      a.attr('Book', 'title'),
      a.attr('Book', 'isbn'),
      b.attr('Book', 'pageCount'),
      a.attr('Book', 'subtitle'),
    ];
    const { schema } = resolveChecked(input);
    expect(tableOf(schema, 'books').columns.map((c) => c.name)).toEqual(['id', 'title', 'isbn', 'subtitle', 'page_count', 'created_at', 'updated_at']);
    expect(columnOf(schema, 'books', 'page_count').label).toBe('pageCount');
  });
});

describe('resolve: types (rule 4)', () => {
  const typeOf = (name: string, extra: Parameters<ReturnType<typeof facts>['attr']>[2] = {}) => {
    const f = facts();
    const { schema, diagnostics } = resolveChecked([f.entity('Thing'), f.attr('Thing', name, extra)]);
    return { type: columnOf(schema, 'things', name).type, diagnostics };
  };

  it('keeps a stated type and reads a raw one', () => {
    expect(typeOf('score', { type: { kind: 'float' } }).type).toEqual({ kind: 'float' });
    expect(typeOf('total', { rawType: 'DECIMAL(12, 4)' }).type).toEqual({ kind: 'decimal', precision: 12, scale: 4 });
  });

  it('infers from the name when no type is given', () => {
    const cases: [string, unknown][] = [
      // an id of no table here is an outside identifier: text (linked ids take their target's key type)
      ['owner_ref_id', { kind: 'string' }],
      ['published_at', { kind: 'datetime' }],
      ['is_public', { kind: 'boolean' }],
      ['email_enabled', { kind: 'boolean' }],
      ['due_date', { kind: 'date' }],
      ['unit_price', { kind: 'decimal', precision: 10, scale: 2 }],
      ['number_of_seats', { kind: 'int', bits: 32 }],
      ['duration_minutes', { kind: 'int', bits: 32 }],
      ['bio', { kind: 'text' }],
      ['settings', { kind: 'json' }],
      ['slug', { kind: 'string' }],
      ['colour', { kind: 'string' }],
    ];
    for (const [name, type] of cases) expect(typeOf(name).type, name).toEqual(type);
  });

  it('says so when a written type is unreadable, then infers from the name', () => {
    const { type, diagnostics } = typeOf('created_on', { rawType: 'moment_t' });
    expect(type).toEqual({ kind: 'datetime' });
    expect(diagnostics.filter((d) => d.code === 'extract/unknown-type').map((d) => d.message)).toEqual([
      'unknown type "moment_t" for things.created_on; typed from the column name instead (string when the name says nothing)',
    ]);
    expect(codes(typeOf('nickname').diagnostics)).not.toContain('extract/unknown-type');
  });
});

describe('resolve: null-ness from names', () => {
  it('makes an event timestamp nullable when no source says, and keeps what a source states', () => {
    const erd = facts('architecture.md', 'erd');
    const sql = facts('schema.md', 'sql');
    const input = [
      erd.entity('Invoice'),
      erd.attr('Invoice', 'paid_at', { rawType: 'timestamp' }),
      erd.attr('Invoice', 'lastRemindedAt', { rawType: 'timestamp' }),
      erd.attr('Invoice', 'due_at', { rawType: 'timestamp' }),
      erd.attr('Invoice', 'archived_at', { rawType: 'timestamp' }),
      sql.attr('Invoice', 'archived_at', { rawType: 'timestamptz', nullable: false }),
    ];
    const { schema } = resolveChecked(input);
    expect(columnOf(schema, 'invoices', 'paid_at').nullable).toBe(true);
    expect(columnOf(schema, 'invoices', 'last_reminded_at').nullable).toBe(true);
    expect(columnOf(schema, 'invoices', 'due_at').nullable).toBe(false);
    expect(columnOf(schema, 'invoices', 'archived_at').nullable).toBe(false);
  });
});

describe('resolve: primary keys (rule 5)', () => {
  it('takes a stated composite key over marked columns', () => {
    const f = facts('schema.md', 'sql');
    const input = [f.entity('Seat'), f.attr('Seat', 'row', { rawType: 'int', primaryKey: true }), f.attr('Seat', 'number', { rawType: 'int' }), f.pk('Seat', ['row', 'number'])];
    const { schema } = resolveChecked(input);
    const t = tableOf(schema, 'seats');
    expect(t.primaryKey).toEqual(['row', 'number']);
    expect(t.columns.slice(0, 2).map((c) => c.name)).toEqual(['row', 'number']);
  });

  it('uses a column named id when none is marked, moved first, with a uuid default', () => {
    const f = facts();
    const { schema, diagnostics } = resolveChecked([f.entity('Tag'), f.attr('Tag', 'label'), f.attr('Tag', 'id')]);
    const t = tableOf(schema, 'tags');
    expect(t.primaryKey).toEqual(['id']);
    expect(t.columns[0]).toMatchObject({ name: 'id', type: { kind: 'uuid' }, default: { kind: 'uuid' }, nullable: false });
    expect(codes(diagnostics)).not.toContain('resolve/default-primary-key');
  });

  it('gives integer keys autoincrement', () => {
    const f = facts();
    const { schema } = resolveChecked([f.entity('Tag'), f.attr('Tag', 'id', { rawType: 'serial' })]);
    expect(columnOf(schema, 'tags', 'id').default).toEqual({ kind: 'autoincrement' });
  });

  it('fills an unsized string id with uuid() but leaves other string keys alone', () => {
    const f = facts('types.md', 'code');
    const input = [f.entity('Habit'), f.attr('Habit', 'id', { rawType: 'string' }), f.entity('Country'), f.attr('Country', 'code', { rawType: 'string', primaryKey: true })];
    const { schema } = resolveChecked(input);
    expect(columnOf(schema, 'habits', 'id')).toMatchObject({ type: { kind: 'string' }, default: { kind: 'uuid' } });
    expect(columnOf(schema, 'countries', 'code').default).toBeUndefined();
  });

  it('adds id uuid default uuid() when the documents give no key, and says so', () => {
    const f = facts();
    const entity = f.entity('Note');
    const { schema, diagnostics } = resolveChecked([entity, f.attr('Note', 'body')]);
    const id = columnOf(schema, 'notes', 'id');
    expect(id).toMatchObject({ type: { kind: 'uuid' }, default: { kind: 'uuid' }, rule: 'resolve/default-id', origin: entity.span });
    expect(tableOf(schema, 'notes').columns.map((c) => c.name)).toEqual(['id', 'body', 'created_at', 'updated_at']);
    const d = diagnostics.find((x) => x.code === 'resolve/default-primary-key');
    expect(d?.message).toBe('notes has no primary key in the documents; added id (uuid)');
    expect(d?.span).toEqual(entity.span);
  });
});

describe('resolve: enums (rule 9)', () => {
  it('names an enum from the table and column, trims and de-duplicates values in order', () => {
    const f = facts();
    const input = [f.entity('Task'), f.attr('Task', 'status', { rawType: 'enum', enumValues: [' todo', 'doing ', 'todo', '', 'done'], default: { kind: 'string', value: 'todo' } })];
    const { schema } = resolveChecked(input);
    expect(schema.enums.map((e) => [e.name, e.values.map((v) => v.name)])).toEqual([['task_status', ['todo', 'doing', 'done']]]);
    expect(columnOf(schema, 'tasks', 'status')).toMatchObject({ type: { kind: 'enum', enumName: 'task_status' }, default: { kind: 'enum', value: 'todo' } });
  });

  it('uses a stated enum name and merges identical lists silently', () => {
    const f = facts();
    const input = [
      f.entity('Task'),
      f.entity('Bug'),
      f.attr('Task', 'priority', { enumName: 'Priority', enumValues: ['low', 'high'] }),
      f.attr('Bug', 'severity', { enumName: 'priority', enumValues: ['low', 'high'] }),
      f.enumOf('Priority', ['low', 'high']),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.enums.map((e) => e.name)).toEqual(['priority']);
    expect(columnOf(schema, 'bugs', 'severity').type).toEqual({ kind: 'enum', enumName: 'priority' });
    expect(codes(diagnostics)).not.toContain('resolve/conflict');
  });

  it('lets the higher rank win when one enum name has two value lists', () => {
    const sql = facts('schema.md', 'sql');
    const prose = facts('prd.md', 'section');
    const input = [sql.entity('Order'), sql.enumOf('order_state', ['new', 'paid']), prose.attr('Order', 'state', { enumValues: ['new', 'paid', 'lost'] })];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.enums[0]!.values.map((v) => v.name)).toEqual(['new', 'paid']);
    expect(columnOf(schema, 'orders', 'state').type).toEqual({ kind: 'enum', enumName: 'order_state' });
    expect(codes(diagnostics)).toContain('resolve/conflict');
  });

  it('merges value lists that differ only in letter case, keeping the winner spelling and naming the right source', () => {
    const prisma = facts('architecture.md', 'prisma');
    const sql = facts('schema.md', 'sql');
    const input = [
      prisma.entity('Task'), prisma.attr('Task', 'priority', { rawType: 'Priority', enumName: 'Priority' }), prisma.enumOf('Priority', ['LOW', 'HIGH']),
      sql.attr('Task', 'priority', { enumValues: ['low', 'high'] }), sql.attr('Task', 'kind', { enumName: 'Priority', enumValues: ['low', 'high', 'urgent'] }),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.enums.map((e) => [e.name, e.values.map((v) => v.name)])).toEqual([['priority', ['LOW', 'HIGH']]]);
    const conflicts = diagnostics.filter((d) => d.code === 'resolve/conflict').map((d) => d.message);
    expect(conflicts).toEqual(['enum priority values differs between sources: LOW, HIGH (kept, prisma at architecture.md:3:1) vs low, high, urgent (sql at schema.md:2:1)']);
  });

  it('types a column whose written type names a stated enum', () => {
    const f = facts('schema.md', 'prisma');
    const { schema } = resolveChecked([f.entity('User'), f.attr('User', 'role', { rawType: 'UserRole' }), f.enumOf('UserRole', ['ADMIN', 'MEMBER'])]);
    expect(columnOf(schema, 'users', 'role').type).toEqual({ kind: 'enum', enumName: 'user_role' });
  });

  it('renames an enum that would share a model name with a table', () => {
    const f = facts();
    const { schema, diagnostics } = resolveChecked([f.entity('Role'), f.entity('User'), f.attr('User', 'kind', { enumName: 'Role', enumValues: ['a', 'b'] })]);
    expect(schema.enums.map((e) => e.name)).toEqual(['role_type']);
    expect(codes(diagnostics)).toContain('resolve/reserved-name');
  });
});

describe('resolve: timestamps (rule 10)', () => {
  it('adds created_at and updated_at when absent', () => {
    const f = facts();
    const entity = f.entity('Post');
    const { schema } = resolveChecked([entity, f.attr('Post', 'id')]);
    expect(columnOf(schema, 'posts', 'created_at')).toMatchObject({ type: { kind: 'datetime' }, default: { kind: 'now' }, autoUpdate: false, rule: 'resolve/default-timestamps', origin: entity.span });
    expect(columnOf(schema, 'posts', 'updated_at')).toMatchObject({ type: { kind: 'datetime' }, autoUpdate: true, rule: 'resolve/default-timestamps' });
  });

  it('keeps stated timestamps in place, filling their default and update behaviour', () => {
    const f = facts();
    const { schema } = resolveChecked([f.entity('Post'), f.attr('Post', 'id'), f.attr('Post', 'createdAt'), f.attr('Post', 'title'), f.attr('Post', 'modified_at')]);
    expect(tableOf(schema, 'posts').columns.map((c) => c.name)).toEqual(['id', 'created_at', 'title', 'modified_at']);
    expect(columnOf(schema, 'posts', 'created_at').default).toEqual({ kind: 'now' });
  });
});

describe('resolve: provenance', () => {
  it('gives every table, column, relation and enum a span, a rule and a confidence', () => {
    const f = facts();
    const player = f.entity('Player');
    const { schema } = resolveChecked([f.entity('Team', { confidence: 0.8 }), f.attr('Team', 'level', { enumValues: ['a', 'b'] }), player, f.attr('Player', 'team_id')]);
    const all = [...schema.tables, ...schema.tables.flatMap((t) => [...t.columns, ...t.indexes]), ...schema.relations, ...schema.enums];
    for (const e of all) {
      expect(e.origin.file).toBe('architecture.md');
      expect(e.rule).not.toBe('');
      expect(e.confidence).toBeGreaterThan(0);
    }
    expect(tableOf(schema, 'teams').confidence).toBe(0.8);
    expect(tableOf(schema, 'players').origin).toEqual(player.span);
    expect(player.span).toEqual(span('architecture.md', 1, 1, 1, 20));
    expect(schema.relations.map((r) => r.rule)).toEqual(['resolve/id-column']);
  });
});
