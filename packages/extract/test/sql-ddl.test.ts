import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, Fact } from '../src/facts.js';
import { collectSqlDdl } from '../src/collect/sql-ddl.js';

const collect = (text: string) => collectSqlDdl(parseDocument({ path: 'docs/arch.md', text }));
const attr = (facts: readonly Fact[], entity: string, name: string, rule = 'collect/sql-ddl'): AttributeFact => {
  const f = facts.find((x): x is AttributeFact => x.kind === 'attribute' && x.entity === entity && x.name === name && x.rule === rule);
  if (!f) throw new Error(`no attribute ${entity}.${name}`);
  return f;
};
const where = (f: Fact): string => `${f.span.start.line}:${f.span.start.column}`;

// A library: PostgreSQL with the enum type declared after the table that uses it.
const POSTGRES = `# Library

## Schema

\`\`\`sql
-- members of the library
CREATE TABLE IF NOT EXISTS members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  handle varchar(40) NOT NULL UNIQUE, -- public name
  tier member_tier NOT NULL DEFAULT 'basic',
  joined_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE loans (
  id bigserial PRIMARY KEY,
  member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  book_id integer REFERENCES books (id) ON DELETE SET NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'returned', 'lost')),
  fee numeric(8,2) DEFAULT 0
);

CREATE TABLE loan_tags (
  loan_id bigint NOT NULL,
  tag_id integer NOT NULL,
  PRIMARY KEY (loan_id, tag_id),
  UNIQUE (tag_id, loan_id)
);

CREATE TYPE member_tier AS ENUM ('basic', 'gold');
CREATE UNIQUE INDEX idx_members_handle ON members (handle);

ALTER TABLE loan_tags
  ADD CONSTRAINT fk_loan_tags_loan
  FOREIGN KEY (loan_id)
  REFERENCES loans(id)
  ON DELETE RESTRICT;
\`\`\`
`;

describe('collectSqlDdl on PostgreSQL', () => {
  const r = collect(POSTGRES);
  const facts = r.value;

  it('parses every statement without a diagnostic and with full confidence', () => {
    expect(r.diagnostics).toEqual([]);
    expect(facts.every((f) => f.source === 'sql' && f.confidence === 1)).toBe(true);
  });

  it('states each table as an entity with its SQL name, on the CREATE line', () => {
    const entities = facts.filter((f) => f.kind === 'entity');
    expect(entities.map((e) => [e.kind === 'entity' && e.tableName, where(e)])).toEqual([
      ['members', '7:1'],
      ['loans', '14:1'],
      ['loan_tags', '22:1'],
      ['loan_tags', '32:1'],
    ]);
  });

  it('reads types, nullability, keys and defaults of each column, spanned at the column name', () => {
    const id = attr(facts, 'members', 'id');
    expect(id).toMatchObject({ type: { kind: 'uuid' }, nullable: false, primaryKey: true, default: { kind: 'uuid' } });
    expect(id.span).toEqual({ file: 'docs/arch.md', start: { line: 8, column: 3 }, end: { line: 8, column: 49 } });
    expect(attr(facts, 'members', 'handle')).toMatchObject({ type: { kind: 'string', maxLength: 40 }, nullable: false, unique: true, description: 'public name' });
    expect(attr(facts, 'members', 'joined_at')).toMatchObject({ type: { kind: 'datetime' }, default: { kind: 'now' } });
    expect(attr(facts, 'loans', 'id')).toMatchObject({ type: { kind: 'int', bits: 64 }, default: { kind: 'autoincrement' } });
    expect(attr(facts, 'loans', 'fee')).toMatchObject({ type: { kind: 'decimal', precision: 8, scale: 2 }, nullable: true, default: { kind: 'number', value: 0 } });
  });

  it('types a column by an enum type declared later in the block', () => {
    expect(attr(facts, 'members', 'tier')).toMatchObject({ type: { kind: 'enum', enumName: 'member_tier' }, enumName: 'member_tier', default: { kind: 'enum', value: 'basic' } });
    const e = facts.find((f) => f.kind === 'enum');
    expect(e).toMatchObject({ name: 'member_tier', values: ['basic', 'gold'] });
    expect(where(e!)).toBe('29:1');
  });

  it('turns CHECK (col IN (...)) into enum values', () => {
    expect(attr(facts, 'loans', 'state')).toMatchObject({ enumValues: ['open', 'returned', 'lost'], default: { kind: 'enum', value: 'open' } });
  });

  it('reads inline references with their ON DELETE action', () => {
    expect(attr(facts, 'loans', 'member_id').references).toEqual({ entity: 'members', column: 'id', onDelete: 'cascade' });
    expect(attr(facts, 'loans', 'book_id').references).toEqual({ entity: 'books', column: 'id', onDelete: 'set-null' });
  });

  it('states composite keys and uniques as their own facts on their lines', () => {
    const pk = facts.find((f) => f.kind === 'primary-key');
    expect(pk).toMatchObject({ entity: 'loan_tags', columns: ['loan_id', 'tag_id'] });
    expect(where(pk!)).toBe('25:16');
    expect(attr(facts, 'loan_tags', 'loan_id')).toMatchObject({ nullable: false, primaryKey: false });
    const indexes = facts.filter((f) => f.kind === 'index');
    expect(indexes).toMatchObject([
      { entity: 'loan_tags', columns: ['tag_id', 'loan_id'], unique: true },
      { entity: 'members', columns: ['handle'], unique: true, name: 'idx_members_handle' },
    ]);
  });

  it('reads ALTER TABLE … FOREIGN KEY as a reference on the line naming the column', () => {
    const fk = facts.filter((f): f is AttributeFact => f.kind === 'attribute' && f.entity === 'loan_tags' && f.name === 'loan_id' && f.references !== undefined);
    expect(fk).toHaveLength(1);
    expect(fk[0]!.references).toEqual({ entity: 'loans', column: 'id', onDelete: 'restrict' });
    expect(where(fk[0]!)).toBe('34:16');
  });
});

describe('collectSqlDdl on other dialects', () => {
  it('reads MySQL noise: backticks, AUTO_INCREMENT, ENGINE, inline ENUM, KEY, ON UPDATE, COMMENT', () => {
    const r = collect(
      [
        '```mysql',
        'CREATE TABLE `posts` (',
        '  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,',
        "  `kind` ENUM('note','link') NOT NULL DEFAULT 'note',",
        "  `pinned` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'shown first',",
        '  `edited_at` DATETIME DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,',
        '  PRIMARY KEY (`id`),',
        '  KEY `idx_kind` (`kind`)',
        ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
        '```',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(attr(r.value, 'posts', 'id')).toMatchObject({ type: { kind: 'int', bits: 64 }, primaryKey: true, nullable: false, default: { kind: 'autoincrement' } });
    expect(where(attr(r.value, 'posts', 'id'))).toBe('3:4');
    const kind = attr(r.value, 'posts', 'kind');
    expect(kind).toMatchObject({ enumValues: ['note', 'link'], default: { kind: 'enum', value: 'note' } });
    expect(kind.type).toBeUndefined();
    expect(attr(r.value, 'posts', 'pinned')).toMatchObject({ type: { kind: 'boolean' }, default: { kind: 'boolean', value: false }, description: 'shown first' });
    expect(attr(r.value, 'posts', 'edited_at')).toMatchObject({ autoUpdate: true, default: { kind: 'now' } });
    expect(r.value.find((f) => f.kind === 'index')).toMatchObject({ columns: ['kind'], unique: false, name: 'idx_kind' });
  });

  it('reads SQLite AUTOINCREMENT from an untagged block that starts with CREATE', () => {
    const r = collect(['```', 'CREATE TABLE notes (', '  id INTEGER PRIMARY KEY AUTOINCREMENT,', "  created_at TEXT DEFAULT (datetime('now'))", ');', '```'].join('\n'));
    expect(r.diagnostics).toEqual([]);
    expect(attr(r.value, 'notes', 'id')).toMatchObject({ primaryKey: true, default: { kind: 'autoincrement' } });
    expect(attr(r.value, 'notes', 'created_at').default).toEqual({ kind: 'now' });
  });
});

describe('collectSqlDdl when the parser rejects a statement', () => {
  const BROKEN = [
    '```sql',
    'CREATE TABLE drafts (',
    '  id uuid PRIMARY KEY,',
    '  title text NOT NULL,',
    '  ...',
    '  body text,',
    ');',
    'CREATE TABLE labels (id serial PRIMARY KEY, name varchar(20) NOT NULL);',
    '```',
  ].join('\n');

  it('warns at the statement and reads it line by line with lower confidence', () => {
    const r = collect(BROKEN);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'extract/code-block-unparsed', severity: 'warning' });
    expect(r.diagnostics[0]!.message).toContain('"CREATE TABLE drafts" was rejected by the SQL parser');
    expect(r.diagnostics[0]!.span?.start.line).toBe(2);
    const drafts = r.value.filter((f) => f.kind === 'attribute' && f.entity === 'drafts');
    expect(drafts.map((f) => [f.kind === 'attribute' && f.name, where(f), f.confidence])).toEqual([
      ['id', '3:3', 0.9],
      ['title', '4:3', 0.9],
      ['body', '6:3', 0.9],
    ]);
    expect(attr(r.value, 'drafts', 'title')).toMatchObject({ type: { kind: 'text' }, nullable: false });
  });

  it('keeps the other statements of the block parsed', () => {
    const labels = attr(collect(BROKEN).value, 'labels', 'name');
    expect(labels).toMatchObject({ confidence: 1, type: { kind: 'string', maxLength: 20 }, nullable: false });
    expect(labels.span.start).toEqual({ line: 8, column: 45 });
  });

  it('reads GENERATED … AS IDENTITY and a bare REFERENCES with the line reader', () => {
    const r = collect(
      ['```postgresql', 'CREATE TABLE events (', '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,', '  member_id uuid REFERENCES members ON DELETE CASCADE', ');', '```'].join('\n'),
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(['extract/code-block-unparsed']);
    expect(attr(r.value, 'events', 'id')).toMatchObject({ primaryKey: true, default: { kind: 'autoincrement' } });
    expect(attr(r.value, 'events', 'member_id').references).toEqual({ entity: 'members', onDelete: 'cascade' });
  });
});

describe('collectSqlDdl on everything else', () => {
  it('skips statements that declare no schema, quietly', () => {
    const r = collect(
      [
        '```sql',
        'ALTER TABLE notes ENABLE ROW LEVEL SECURITY;',
        'CREATE POLICY "own notes" ON notes FOR SELECT USING (auth.uid() = owner_id);',
        "SELECT * FROM notes WHERE state = 'open';",
        '```',
      ].join('\n'),
    );
    expect(r).toEqual({ value: [], diagnostics: [] });
  });

  it('splits statements written without semicolons', () => {
    const r = collect(['```sql', 'CREATE TABLE a (id int PRIMARY KEY)', 'CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a(id))', '```'].join('\n'));
    expect(r.diagnostics).toEqual([]);
    expect(r.value.filter((f) => f.kind === 'entity').map((f) => f.kind === 'entity' && f.name)).toEqual(['a', 'b']);
    expect(attr(r.value, 'b', 'a_id').references).toEqual({ entity: 'a', column: 'id' });
  });

  it('reads a value list in a trailing comment as a separate, less certain fact', () => {
    const r = collect(['```sql', 'CREATE TABLE tickets (', "  priority varchar(10), -- 'low' | 'high'", '  summary text -- Short, human text', ');', '```'].join('\n'));
    const hint = attr(r.value, 'tickets', 'priority', 'collect/comment-values');
    expect(hint).toMatchObject({ enumValues: ['low', 'high'], confidence: 0.6 });
    expect(attr(r.value, 'tickets', 'priority').enumValues).toBeUndefined();
    expect(attr(r.value, 'tickets', 'summary').description).toBe('Short, human text');
    expect(r.value.filter((f) => f.rule === 'collect/comment-values')).toHaveLength(1);
  });

  it('places facts of a block nested in a list item at their exact document columns', () => {
    const r = collect(['1. Create the table:', '', '   ```sql', '   CREATE TABLE tags (', '     label text NOT NULL', '   );', '   ```'].join('\n'));
    expect(where(r.value[0]!)).toBe('4:4');
    expect(attr(r.value, 'tags', 'label').span.start).toEqual({ line: 5, column: 6 });
  });
});
