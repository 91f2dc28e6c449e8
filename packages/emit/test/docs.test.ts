import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalSchema, column, databaseChoice, reason, relation, schema, span, table, type Schema } from '@schemawright/ir';
import { emitErdDoc, emitMermaid, nativeTypeOf, type DocSignal } from '@schemawright/emit';
import { ALL_PROVIDERS, allShapes, allTypesSchema, implicitManyToManySchema, manyToManySchema, oneToOneSchema, teamTasksSchema, withProvider } from './helpers/schemas.js';

type MermaidApi = { parse(text: string): Promise<unknown> };
let mermaid: MermaidApi;
beforeAll(async () => {
  mermaid = (await import('mermaid')).default as unknown as MermaidApi;
});

const sig = (signal: string, value: string, line: number, text: string): DocSignal => ({ signal, value, text, span: span('prd.md', line, 1, line, 10) });

/** The lines of one `## ` section (without its heading). */
function section(doc: string, title: string): string[] {
  const lines = doc.split('\n');
  const start = lines.indexOf(`## ${title}`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  const body = lines.slice(start + 1, end < 0 ? undefined : end);
  while (body.at(-1) === '') body.pop();
  return body;
}

/** A design with an event log, money in a float, a tenant column and a searchable title. */
function ledgerSchema(): Schema {
  const at = (line: number) => ({ origin: span('architecture.md', line, 1), rule: 'test/ledger' });
  const orgs = table({ ...at(1), name: 'organizations', columns: [column({ ...at(2), name: 'id', type: { kind: 'uuid' } }), column({ ...at(3), name: 'slug', type: { kind: 'string' } })], primaryKey: ['id'] });
  const invoices = table({
    ...at(4),
    name: 'invoices',
    columns: [
      column({ ...at(5), name: 'id', type: { kind: 'uuid' } }),
      column({ ...at(6), name: 'organization_id', type: { kind: 'uuid' } }),
      column({ ...at(7), name: 'status', type: { kind: 'string', maxLength: 20 } }),
      column({ ...at(8), name: 'total', type: { kind: 'float' } }),
      column({ ...at(9), name: 'title', type: { kind: 'text' } }),
      column({ ...at(10), name: 'created_at', type: { kind: 'datetime' } }),
    ],
    primaryKey: ['id'],
  });
  const logs = table({
    ...at(11),
    name: 'activity_logs',
    columns: [column({ ...at(12), name: 'id', type: { kind: 'int', bits: 64 } }), column({ ...at(13), name: 'organization_id', type: { kind: 'uuid' } }), column({ ...at(14), name: 'created_at', type: { kind: 'datetime' } })],
    primaryKey: ['id'],
  });
  const fk = (from: string, line: number) =>
    relation({ ...at(line), name: `${from}_organization_id_fkey`, from: { table: from, columns: ['organization_id'], cardinality: 'many', optional: true }, to: { table: 'organizations', columns: ['id'], cardinality: 'one', optional: false }, onDelete: 'cascade' });
  return canonicalSchema(schema({ name: 'Ledger', tables: [orgs, invoices, logs], relations: [fk('invoices', 20), fk('activity_logs', 21)], enums: [] }));
}

describe('emitErdDoc: structure', () => {
  it('has the title, the diagram and every section in order', async () => {
    const s = teamTasksSchema();
    const doc = emitErdDoc(s);
    expect(doc.split('\n')[0]).toBe('# Team Tasks: entity-relationship design');
    expect(doc.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Entity-relationship diagram',
      '## Database selection',
      '## Table definitions',
      '## Relationships',
      '## Schema definition',
      '## Migration strategy',
      '## Performance',
    ]);
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(doc)![1]!;
    expect(diagram).toBe(emitMermaid(s));
    await expect(mermaid.parse(diagram)).resolves.toBeTruthy();
  });

  it('is deterministic and well-formed for every shape and provider', async () => {
    for (const [name, base] of allShapes()) {
      for (const provider of ALL_PROVIDERS) {
        const doc = emitErdDoc(withProvider(base, provider));
        expect(doc, `${name}/${provider}`).toBe(emitErdDoc(withProvider(base, provider)));
        expect(doc.endsWith('\n') && !doc.endsWith('\n\n')).toBe(true);
        expect(doc).not.toMatch(/undefined|NaN|\{(column|field|fields|table|maxLength|precision|scale|values|enum)\}/);
      }
      await expect(mermaid.parse(/```mermaid\n([\s\S]*?)```/.exec(emitErdDoc(base))![1]!)).resolves.toBeTruthy();
    }
  });
});

describe('emitErdDoc: database selection', () => {
  it('lists each reason with its source and recommends the ORM with why', () => {
    const s = {
      ...teamTasksSchema(),
      database: databaseChoice({
        provider: 'mysql',
        orm: 'typeorm',
        named: true,
        reasons: [reason('MySQL is named in the architecture document: "We run on MySQL 8."', span('architecture.md', 3, 12)), reason('TypeORM is named in the PRD.', span('prd.md', 9, 1))],
      }),
    };
    const lines = section(emitErdDoc(s), 'Database selection');
    expect(lines).toContain('**Database:** MySQL (named in the documents).  ');
    expect(lines).toContain('- MySQL is named in the architecture document: "We run on MySQL 8." — source: `architecture.md:3`');
    expect(lines).toContain('- TypeORM is named in the PRD. — source: `prd.md:9`');
    expect(lines.find((l) => l.startsWith('**TypeORM**: '))).toContain('typeorm migration:generate');
  });

  it('says when PostgreSQL is only the default', () => {
    const lines = section(emitErdDoc(teamTasksSchema()), 'Database selection');
    expect(lines[1]).toBe('**Database:** PostgreSQL (the default: the documents name no database and raise no signal against it).  ');
    expect(lines).toContain('- No database was named in the documents; PostgreSQL with Prisma is the default.');
  });
});

describe('emitErdDoc: table definitions', () => {
  it('prints each column with Prisma and native types, keys, defaults and the source', () => {
    const lines = section(emitErdDoc(teamTasksSchema()), 'Table definitions');
    expect(lines).toContain('### `tasks` (model `Task`)');
    expect(lines).toContain('| Column | Prisma type | PostgreSQL type | Nullable | Unique | Default | Key |');
    expect(lines).toContain("| `status` | `TaskStatus` | `task_status` | no | no | `todo` |  |");
    expect(lines).toContain('| `assignee_id` | `String? @db.Uuid` | `uuid` | yes | no |  | FK |');
    expect(lines).toContain('| `updated_at` | `DateTime @db.Timestamptz(6)` | `timestamptz(6)` | no | no | set on every update |  |');
    expect(lines).toContain('- **Foreign key:** (`assignee_id`) → `users.id` (on delete set null)');
    expect(lines).toContain('- **Index:** `tasks_project_id_status_idx` on (`project_id`, `status`): foreign key lookups');
    expect(lines.filter((l) => /^- \*\*Source:\*\* `prd\.md:\d+` \(rule `test\/hand-built`, confidence 1\)$/.test(l))).toHaveLength(3);
  });

  it('uses each provider native type names', () => {
    const mysql = section(emitErdDoc(withProvider(teamTasksSchema(), 'mysql')), 'Table definitions');
    expect(mysql).toContain("| `status` | `TaskStatus` | `enum('todo','in_progress','done')` | no | no | `todo` |  |");
    const composite = section(emitErdDoc(manyToManySchema()), 'Table definitions');
    expect(composite).toContain('- **Primary key:** (`post_id`, `tag_id`)');
    expect(composite).toContain('Junction table of the many-to-many between `posts` and `tags`.');
    const types = section(emitErdDoc(allTypesSchema()), 'Table definitions');
    expect(types).toContain('| `short_text` | `String @db.VarChar(40)` | `varchar(40)` | no | no | `"it\'s \\"quoted\\""` |  |');
    expect(types).toContain('| `payload` | `Json` | `jsonb` | no | no | `{"a":1}` |  |');
    const oneToOne = section(emitErdDoc(oneToOneSchema()), 'Table definitions');
    expect(oneToOne).toContain('| `user_id` | `String @db.Uuid` | `uuid` | no | yes |  | FK |');
  });

  it('has a native type for every logical type on every provider', () => {
    expect(nativeTypeOf({ kind: 'string', maxLength: 80 }, 'postgresql')).toBe('varchar(80)');
    expect(nativeTypeOf({ kind: 'string' }, 'postgresql')).toBe('text');
    expect(nativeTypeOf({ kind: 'decimal', precision: 12, scale: 2 }, 'postgresql')).toBe('numeric(12,2)');
    expect(nativeTypeOf({ kind: 'text' }, 'sqlserver')).toBe('nvarchar(max)');
    expect(nativeTypeOf({ kind: 'boolean' }, 'mysql')).toBe('tinyint(1)');
    expect(nativeTypeOf({ kind: 'enum', enumName: 'mood' }, 'mysql', 'mood', ["it's", 'ok'])).toBe("enum('it''s','ok')");
    expect(nativeTypeOf({ kind: 'datetime' }, 'cockroachdb')).toBe('TIMESTAMPTZ(6)');
  });
});

describe('emitErdDoc: relationships', () => {
  it('groups 1-1, 1-N and M-N, names junctions, and quotes the stating line', () => {
    const s = manyToManySchema();
    const postTag = s.relations.find((r) => r.from.table === 'post_tags')!;
    const text = Array.from({ length: postTag.origin.start.line }, (_, i) => `line ${i + 1}`);
    text[postTag.origin.start.line - 1] = '  A post can carry many tags, and a tag many posts.  ';
    const lines = section(emitErdDoc(s, { documents: [{ path: 'prd.md', text: text.join('\r\n') }] }), 'Relationships');
    expect(lines.slice(lines.indexOf('### Many-to-many'))).toEqual([
      '### Many-to-many',
      '',
      '- `courses` N — M `students` through the junction table `enrollments`: one course relates to any number of students and back; it also records `enrolled_at`, `grade`.',
      '  Keys (`course_id`) → `courses.id` and (`student_id`) → `students.id`.',
      expect.stringMatching(/^ {2}Source: `prd\.md:\d+` \(rule `test\/hand-built`\)\.$/),
      '- `posts` N — M `tags` through the junction table `post_tags`: one post relates to any number of tags and back.',
      '  Keys (`post_id`) → `posts.id` and (`tag_id`) → `tags.id`.',
      `  Stated at \`prd.md:${postTag.origin.start.line}\`: "A post can carry many tags, and a tag many posts."`,
    ]);
    expect(lines.slice(lines.indexOf('### One-to-one'), lines.indexOf('### One-to-many'))).toContain('None.');
  });

  it('reads both directions of one-to-one and one-to-many', () => {
    const one = section(emitErdDoc(oneToOneSchema()), 'Relationships');
    expect(one).toContain('- `users` 1 — 0..1 `profiles`: each profile refers to exactly one user; one user has at most one profile.');
    expect(one).toContain('- `users` 0..1 — 0..1 `passports`: each passport refers to at most one user; one user has at most one passport.');
    const many = section(emitErdDoc(teamTasksSchema()), 'Relationships');
    expect(many).toContain('- `projects` 1 — 0..N `tasks` ("contains"): each task refers to exactly one project; one project has zero or more tasks.');
    expect(many).toContain('  Key (`project_id`) → `projects.id`, on delete cascade.');
  });
});

describe('emitErdDoc: schema definition and migrations', () => {
  it('points at schema.prisma and the other files', () => {
    const lines = section(emitErdDoc(teamTasksSchema(), { files: ['schema.prisma', 'erd.md', 'seed.md', 'seed/users.json'] }), 'Schema definition');
    expect(lines.join('\n')).toContain('`schema.prisma` (provider `postgresql`, PostgreSQL): 3 models, 1 enum and 4 relations');
    expect(lines.slice(-2)).toEqual(['- `seed.md`', '- `seed/users.json`']);
  });

  it('gives the initial migration, versioning, rollback and concrete commands', () => {
    const text = section(emitErdDoc(teamTasksSchema()), 'Migration strategy').join('\n');
    expect(text).toContain('`prisma/migrations/0001_init/migration.sql` creates 1 enum type, 3 tables, 4 foreign keys and 3 indexes and unique constraints');
    expect(text).toContain('npx prisma migrate diff --from-empty --to-schema prisma/schema.prisma --script > prisma/migrations/0001_init/migration.sql');
    for (const phrase of ['### Versioning', '### Rollback', 'prisma migrate dev --create-only --name', 'prisma migrate deploy', '--exit-code', 'down.sql', 'expand/contract', 'not by clock']) {
      expect(text).toContain(phrase);
    }
    const mongo = section(emitErdDoc(withProvider(teamTasksSchema(), 'mongodb')), 'Migration strategy').join('\n');
    expect(mongo).toContain('npx prisma db push');
    expect(mongo).not.toContain('migrate deploy');
  });
});

describe('emitErdDoc: performance', () => {
  it('indexes every uncovered foreign key and reports the covered ones', () => {
    const lines = section(emitErdDoc(teamTasksSchema()), 'Performance');
    expect(lines).toContain('- **Foreign key tasks(project_id)**: already indexed by tasks_project_id_status_idx.');
    expect(lines.find((l) => l.startsWith('- **Index tasks(reporter_id)**'))).toContain('PostgreSQL does not index foreign keys by itself');
    expect(lines).toContain('  `@@index([reporterId])  // tasks_reporter_id_idx`');
  });

  it('turns filter and sort signals into a cited composite index, tenant first', () => {
    const plain = section(emitErdDoc(teamTasksSchema(), { signals: [sig('filter-by', 'status', 40, 'Filter tasks by status, sorted by due date'), sig('sort-by', 'due_date', 40, 'Filter tasks by status, sorted by due date')] }), 'Performance');
    expect(plain).toContain('- **Index tasks(status, due_date)**: equality filters first, then the sort column, so the index both finds and orders the rows. Source: `prd.md:40` "Filter tasks by status, sorted by due date".');
    expect(plain).toContain('  `@@index([status, dueDate])  // tasks_status_due_date_idx`');
    const tenant = section(emitErdDoc(ledgerSchema(), { signals: [sig('multi-tenant', 'multi-tenant', 2, 'Every firm is a tenant (multi-tenant).'), sig('filter-by', 'status', 7, 'Filter invoices by status')] }), 'Performance');
    expect(tenant.find((l) => l.startsWith('- **Index invoices(organization_id, status)**'))).toContain('tenant first');
    expect(tenant.find((l) => l.startsWith('- **Tenant isolation (activity_logs, invoices)**'))).toContain('row-level security');
  });

  it('recommends text search per provider for searched text', () => {
    const signals = [sig('search-by', 'title', 8, 'Search invoices by title')];
    const pg = section(emitErdDoc(ledgerSchema(), { signals }), 'Performance');
    expect(pg).toContain('  `@@index([title(ops: raw("gin_trgm_ops"))], type: Gin)  // needs CREATE EXTENSION pg_trgm`');
    const mysql = section(emitErdDoc(withProvider(ledgerSchema(), 'mysql'), { signals }), 'Performance');
    expect(mysql).toContain('  `@@fulltext([title])`');
  });

  it('flags float money, explains timestamptz, and keeps text over varchar(n)', () => {
    const lines = section(emitErdDoc(ledgerSchema(), { signals: [sig('money', 'invoices', 3, 'Firms send invoices.')] }), 'Performance');
    expect(lines.find((l) => l.startsWith('- **Money in invoices.total**'))).toContain('a float cannot hold 0.10 exactly');
    expect(lines.find((l) => l.startsWith('- **Money in invoices.total**'))).toContain('Source: `prd.md:3` "Firms send invoices."');
    expect(lines.find((l) => l.startsWith('- **Timestamps (2)**'))).toContain('timestamptz(6)');
    expect(lines.find((l) => l.startsWith('- **Length limits (1)**'))).toContain('`invoices.status`');
    expect(lines.find((l) => l.startsWith('- **Unique organizations(slug)**'))).toContain('natural key');
  });

  it('partitions only when the documents carry a volume signal', () => {
    expect(section(emitErdDoc(ledgerSchema()), 'Performance')).toContain(
      '- **No partitioning**: the documents give no volume signal (millions of rows, append-only logs or events); one table per entity with the indexes above is simplest.',
    );
    const lines = section(emitErdDoc(ledgerSchema(), { signals: [sig('volume', 'millions', 30, 'We log millions of actions a day.')] }), 'Performance');
    const partition = lines.find((l) => l.startsWith('- **Partition activity_logs**'))!;
    expect(partition).toContain('range-partition it by month on created_at');
    expect(partition).toContain('Source: `prd.md:30` "We log millions of actions a day."');
    expect(lines.some((l) => l.startsWith('- **Partition invoices'))).toBe(false);
    const strongest = section(
      emitErdDoc(ledgerSchema(), { signals: [{ ...sig('volume', 'audit log', 5, '### Audit log'), confidence: 0.5 }, { ...sig('volume', 'millions', 30, 'Millions of actions a day.'), confidence: 0.8 }] }),
      'Performance',
    );
    expect(strongest.find((l) => l.startsWith('- **Partition activity_logs**'))).toContain('Source: `prd.md:30`');
  });

  it('skips access paths the primary key already gives', () => {
    const lines = section(emitErdDoc(ledgerSchema(), { signals: [sig('sort-by', 'id', 9, 'Invoices sort by id when times tie')] }), 'Performance');
    expect(lines.some((l) => l.includes('invoices(id)'))).toBe(false);
  });

  it('gives N+1 and keyset pagination hints with Prisma field names', () => {
    const lines = section(emitErdDoc(teamTasksSchema()), 'Performance');
    expect(lines).toContain('  `include: { projects: true, tasksAsAssignee: true, tasksAsReporter: true }`');
    expect(lines.find((l) => l.startsWith('- **Keyset pagination on tasks**'))).toContain('(project_id, created_at, id)');
  });
});

describe("emitErdDoc: Prisma's implicit many-to-many tables", () => {
  it('documents the table Prisma makes, names the two list fields, and counts it as no model', () => {
    const doc = emitErdDoc(implicitManyToManySchema());
    expect(doc).toContain("### `_CollectorToPiece` (Prisma's implicit many-to-many table of `Collector.piecesAsCollectorToPiece` and `Piece.collectorsAsCollectorToPiece`)");
    expect(doc).toContain('- **Index:** `_CollectorToPiece_B_index` on (`B`): foreign key');
    // 6 tables, 3 of them implicit; 7 foreign keys, of which 3 pairs are one relation each
    expect(doc).toContain('3 models, 0 enums and 4 relations');
  });
  it('advises loading the other side of an implicit many-to-many through its list field (no N+1)', () => {
    const doc = emitErdDoc(implicitManyToManySchema());
    expect(doc).toContain('- **Avoid N+1 on pieces**: load collectors together with their pieces in one query');
    expect(doc).toContain('`include: { collectorsAsCollectorLikesPiece: true, collectorsAsCollectorToPiece: true }`');
    expect(doc).toContain('`include: { piecesAsOwner: true, piecesAsCollectorLikesPiece: true, piecesAsCollectorToPiece: true }`');
    // a self relation has no "other side" to load
    expect(doc).not.toContain('Avoid N+1 on users');
  });
});
