import { describe, expect, it } from 'vitest';
import { readColumnList } from '../src/collect/markdown/column-list.js';
import { readConstraints, readNoteHints } from '../src/collect/markdown/constraints.js';
import { readDefault } from '../src/collect/markdown/defaults.js';
import { cleanHeadingText, entityNameOf } from '../src/collect/markdown/entity-name.js';
import { readEnumType, readValueList } from '../src/collect/markdown/enum-values.js';
import { readFieldLine, readTypeCell } from '../src/collect/markdown/field-line.js';
import { matchHeader } from '../src/collect/markdown/tables.js';
import { FIELD_HEADER_WORDS } from '../src/infer/field-headers.js';

describe('markdown cells: constraints', () => {
  it.each([
    ['PK', { primaryKey: true }],
    ['primary key, not null', { primaryKey: true, nullable: false }],
    ['FK → users.id', { foreignKey: true, references: { entity: 'users', column: 'id' } }],
    ['FK (users)', { foreignKey: true, references: { entity: 'users' } }],
    ['references users(id) on delete set null', { foreignKey: true, references: { entity: 'users', column: 'id' }, onDelete: 'set-null' }],
    ['NOT NULL, FK', { nullable: false, foreignKey: true }],
    ['NULL', { nullable: true }],
    ['unique, indexed', { unique: true, indexed: true }],
    ['UNIQUE INDEX', { unique: true }],
    ["default 'draft'", { default: { kind: 'string', value: 'draft' } }],
    ['AUTO_INCREMENT', { default: { kind: 'autoincrement' } }],
    ['ON UPDATE CURRENT_TIMESTAMP', { autoUpdate: true }],
  ])('reads %s', (text, expected) => {
    expect(readConstraints(text)).toEqual(expected);
  });

  it('reads only safe hints from a notes cell', () => {
    expect(readNoteHints('Unique identifier')).toEqual({ primaryKey: true });
    expect(readNoteHints('Unique login email')).toEqual({ unique: true });
    expect(readNoteHints('Optional cover image')).toEqual({ nullable: true });
    expect(readNoteHints('Reference to the user who wrote it')).toEqual({});
    expect(readNoteHints('Required for login; see the auth section')).toEqual({});
  });
});

describe('markdown cells: defaults and value lists', () => {
  it.each([
    ['now()', { kind: 'now' }],
    ['CURRENT_TIMESTAMP', { kind: 'now' }],
    ['gen_random_uuid()', { kind: 'uuid' }],
    ['FALSE', { kind: 'boolean', value: false }],
    ['-1.5', { kind: 'number', value: -1.5 }],
    ["'{}'::jsonb", { kind: 'string', value: '{}' }],
    ['{}', { kind: 'json', value: '{}' }],
  ])('reads the default %s', (text, expected) => {
    expect(readDefault(text)).toEqual(expected);
  });

  it('reads no default from a dash or NULL, and an enum default from a known value', () => {
    expect(readDefault('-')).toBeUndefined();
    expect(readDefault('NULL')).toBeUndefined();
    expect(readDefault('draft', ['draft', 'live'])).toEqual({ kind: 'enum', value: 'draft' });
  });

  it.each([
    ['enum(draft, published)', ['draft', 'published']],
    ["ENUM('a','b','c')", ['a', 'b', 'c']],
    ["Enum ['OPEN', 'DONE']", ['OPEN', 'DONE']],
    ["'low' | 'high'", ['low', 'high']],
    ['active|inactive', ['active', 'inactive']],
    ['enum: S, M, L', ['S', 'M', 'L']],
  ])('reads the value list %s', (text, expected) => {
    expect(readEnumType(text)).toEqual(expected);
  });

  it('does not read a nullable union, a plain type or a single value as a value list', () => {
    expect(readEnumType('string | null')).toBeUndefined();
    expect(readEnumType('varchar(20)')).toBeUndefined();
    expect(readEnumType('enum')).toBeUndefined();
    expect(readValueList('chest, back, etc.')).toEqual(['chest', 'back']);
    expect(readValueList('just one')).toBeUndefined();
  });
});

describe('markdown cells: field lines and type cells', () => {
  it('reads the common bullet shapes', () => {
    expect(readFieldLine('id UUID PK')).toMatchObject({ name: 'id', rawType: 'UUID', constraints: { primaryKey: true }, typed: true });
    expect(readFieldLine('price: decimal(10, 2), default 0')).toMatchObject({ rawType: 'decimal(10,2)', constraints: { default: { kind: 'number', value: 0 } } });
    expect(readFieldLine('starts_at: timestamp with time zone')).toMatchObject({ rawType: 'timestamp with time zone' });
    expect(readFieldLine('tasks: Task[]')).toMatchObject({ listOf: 'Task' });
    expect(readFieldLine('owner?: User')).toMatchObject({ rawType: 'User', constraints: { nullable: true } });
    expect(readFieldLine('title*')).toMatchObject({ name: 'title', constraints: { nullable: false }, typed: true });
  });

  it('reads a described name as an untyped field, and rejects prose that starts with a word', () => {
    expect(readFieldLine('Layout: A dedicated admin layout with a sidebar')).toMatchObject({ typed: false, description: 'A dedicated admin layout with a sidebar' });
    expect(readFieldLine('Tailwind CSS')).toBeUndefined();
    expect(readFieldLine('email address of the account owner')).toBeUndefined();
    expect(readFieldLine('Next.js (SSR for public pages)')).toBeUndefined();
  });

  it('reads a type cell and refuses a type word followed by prose', () => {
    expect(readTypeCell('UUID (FK)')).toMatchObject({ rawType: 'UUID', constraints: { foreignKey: true } });
    expect(readTypeCell('String?')).toMatchObject({ rawType: 'String?', constraints: { nullable: true } });
    expect(readTypeCell('Email provider')).toMatchObject({ typed: false });
  });
});

describe('markdown cells: column lists, headers and heading names', () => {
  it('reads column lists and refuses field modifiers and English phrases', () => {
    expect(readColumnList('id, payload JSONB, status: open|closed')?.map((f) => [f.name, f.rawType, f.enumValues])).toEqual([
      ['id', undefined, undefined],
      ['payload', 'JSONB', undefined],
      ['status', undefined, ['open', 'closed']],
    ]);
    expect(readColumnList('string, unique')).toBeUndefined();
    expect(readColumnList('name, start date, end date')).toBeUndefined();
    expect(readColumnList('id')).toBeUndefined();
  });

  it('matches header words by role, exact words before prefixes', () => {
    expect(matchHeader(['Field name', 'Data type', 'Required?', 'Notes'], FIELD_HEADER_WORDS)).toEqual({ name: 0, type: 1, required: 2, notes: 3 });
    expect(matchHeader(['Column', 'Type (length)', 'Key', 'Default value'], FIELD_HEADER_WORDS)).toEqual({ name: 0, type: 1, constraints: 2, default: 3 });
  });

  it('cleans headings into entity names and refuses sections', () => {
    expect(cleanHeadingText('📌 **7. Database Tables (High-level)**')).toBe('Database Tables (High-level)');
    expect(entityNameOf('#### 2. Order Item')).toBe('Order Item');
    expect(entityNameOf('User Model')).toBe('User');
    expect(entityNameOf('users table')).toBe('users');
    expect(entityNameOf('Data Model')).toBeUndefined();
    expect(entityNameOf('Tech Stack')).toBeUndefined();
    expect(entityNameOf('How sync works')).toBeUndefined();
    expect(entityNameOf('Create Invoice')).toBeUndefined();
    expect(entityNameOf('Questions')).toBeUndefined();
    expect(entityNameOf('Questions', 'strong')).toBe('Questions');
  });
});
