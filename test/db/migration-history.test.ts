/**
 * Migrations as the documents change, end to end: a workspace generated, regenerated unchanged (identical
 * bytes, no new migration), then edited (a new entity, a dropped one, a new column) so the next run writes
 * `0002_…`. The chain 0001 → 0002 applied to PGlite and to the real server gives the catalog the new
 * schema.sql gives fresh, takes the new seed, and 0002's down.sql gives the first catalog back.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { generateSchema, generateWorkspace } from 'schemawright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalog } from './catalog.js';
import { freshSchema, pgliteDb, type Db } from './db.js';
import { findServer, IN_CI, openServerDatabase, type ServerDatabase } from './server.js';

const ERD_V1 = `# Corner Shop architecture

## Data model

\`\`\`mermaid
erDiagram
    CUSTOMER ||--o{ ORDER : places
    ORDER ||--o{ NOTE : has
    CUSTOMER {
        uuid id PK
        string email UK
        string name
    }
    ORDER {
        uuid id PK
        uuid customer_id FK
        decimal total
    }
    NOTE {
        uuid id PK
        uuid order_id FK
        text body
    }
\`\`\`
`;

/** The next version: NOTE is gone, INVOICE arrives, ORDER gains a nullable column. */
const ERD_V2 = ERD_V1.replace('    ORDER ||--o{ NOTE : has\n', '    ORDER ||--o{ INVOICE : "is billed by"\n')
  .replace('        decimal total\n', '        decimal total\n        timestamp shipped_at "optional"\n')
  .replace(/ {4}NOTE \{[^}]*\}\n/, '    INVOICE {\n        uuid id PK\n        uuid order_id FK\n        decimal amount\n        string number UK\n    }\n');

const PRD = '# Corner Shop\n\nCustomers place orders from a small shop.\n';

let root: string;
const slug = 'corner-shop';
const wsDir = () => join(root, 'workspaces', slug);
const outDir = () => join(wsDir(), 'code', 'backend', 'database');

function writeWorkspace(erd: string): void {
  mkdirSync(join(wsDir(), 'product', 'prd'), { recursive: true });
  mkdirSync(join(wsDir(), 'code', 'architecture'), { recursive: true });
  writeFileSync(join(wsDir(), 'config.json'), JSON.stringify({ name: 'Corner Shop', slug }));
  writeFileSync(join(wsDir(), 'product', 'prd', 'prd.md'), PRD);
  writeFileSync(join(wsDir(), 'code', 'architecture', 'architecture.md'), erd);
}

/** Every file under the output folder, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split(sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const run = (options: { check?: boolean } = {}) => generateWorkspace(root, slug, { cwd: root, ...options });

/** The outputs of each stage, filled in by the first describe and applied by the database ones. */
const stages: { first?: Record<string, string>; second?: Record<string, string>; migration?: string } = {};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'schemawright-history-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('migrations as the documents change', () => {
  it('first run writes 0001_init; an unchanged rerun writes identical bytes and no migration; --check sees no drift', () => {
    writeWorkspace(ERD_V1);
    const first = run();
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(first.written).toContain('migrations/0001_init/migration.sql');
    const before = snapshot(outDir());
    const again = run();
    expect(again.written.filter((f) => f.startsWith('migrations/'))).toEqual([]);
    expect(snapshot(outDir())).toEqual(before);
    expect(run({ check: true }).drift).toEqual([]);
    stages.first = before;
  });

  it('changed documents: the next run writes 0002 with up and down, lists it in erd.md, and the run after adds nothing', () => {
    writeWorkspace(ERD_V2);
    const checked = run({ check: true });
    expect(checked.drift.map((d) => d.path)).toContain('migrations/0002_add_invoices_orders_shipped_at_drop_notes/migration.sql');
    const second = run();
    const name = readdirSync(join(outDir(), 'migrations')).sort();
    expect(name).toEqual(['0001_init', '0002_add_invoices_orders_shipped_at_drop_notes']);
    expect(second.written).not.toContain('migrations/0001_init/migration.sql');
    const warnings = second.diagnostics.filter((d) => d.code === 'design/destructive-migration');
    expect(warnings.map((d) => d.message)).toEqual([expect.stringContaining('drop table notes')]);
    // the dropped table is shown where it was: in the previous schema.prisma of the output folder
    expect(second.displayPath(warnings[0]!.span!.file)).toBe(`workspaces/${slug}/code/backend/database/schema.prisma`);
    const files = snapshot(outDir());
    expect(files['migrations/0001_init/migration.sql']).toBe(stages.first!['migrations/0001_init/migration.sql']);
    expect(files['erd.md']).toContain('- `migrations/0002_add_invoices_orders_shipped_at_drop_notes/down.sql`');
    expect(files['erd.md']).toContain('- `migrations/0001_init/migration.sql`');
    run();
    expect(snapshot(outDir())).toEqual(files);
    expect(run({ check: true }).drift).toEqual([]);
    stages.second = files;
    stages.migration = name[1];
  });

  it('generateSchema takes the previous state as plain data: unchanged → no migration, no previous → 0001_init', () => {
    const docs = { documents: [{ path: 'architecture.md', text: ERD_V2 }], config: { name: 'Corner Shop' } };
    const fresh = generateSchema(docs);
    expect(Object.keys(fresh.files).filter((f) => f.startsWith('migrations/'))).toEqual(['migrations/0001_init/migration.sql', 'migrations/0001_init/down.sql']);
    const rerun = generateSchema(docs, { previous: { 'schema.prisma': fresh.files['schema.prisma'], migrations: ['0001_init'] } });
    expect(Object.keys(rerun.files).filter((f) => f.startsWith('migrations/'))).toEqual([]);
    const { ['migrations/0001_init/migration.sql']: _up, ['migrations/0001_init/down.sql']: _down, ...rest } = fresh.files;
    expect(rerun.files).toEqual(rest);
    const lost = generateSchema(docs, { previous: { migrations: ['0001_init', '0002_x'] } });
    expect(lost.diagnostics.map((d) => d.code)).toContain('design/migration-base-missing');
    expect(Object.keys(lost.files).filter((f) => f.startsWith('migrations/'))).toEqual([]);
  });
});

/** Applies the chain and its down step on `db`, comparing catalogs with fresh schema.sql of each version. */
async function expectChain(db: Db): Promise<void> {
  const first = stages.first!;
  const second = stages.second!;
  const m = `migrations/${stages.migration!}`;
  await freshSchema(db);
  await db.exec(first['schema.sql']!);
  const firstCatalog = await readCatalog(db);
  await freshSchema(db);
  await db.exec(second['schema.sql']!);
  const secondCatalog = await readCatalog(db);

  await freshSchema(db);
  await db.exec(second['migrations/0001_init/migration.sql']!);
  await db.exec(first['seed.sql']!);
  await db.exec(second[`${m}/migration.sql`]!);
  expect(await readCatalog(db), `${db.name}: 0001 + 0002 = schema.sql`).toEqual(secondCatalog);
  // the seed of the first version survives where its tables do
  expect(Number((await db.rows<{ n: number }>('SELECT count(*)::int AS n FROM customers'))[0]!.n)).toBeGreaterThan(0);

  await freshSchema(db);
  await db.exec(second['migrations/0001_init/migration.sql']!);
  await db.exec(second[`${m}/migration.sql`]!);
  await db.exec(second['seed.sql']!);
  await db.exec(second[`${m}/down.sql`]!);
  expect(await readCatalog(db), `${db.name}: 0002 down = first schema.sql`).toEqual(firstCatalog);
}

describe('the migration chain in PGlite', () => {
  it('0001 then 0002 equals the new schema.sql, with data; down returns to the first', async () => {
    const lite = await PGlite.create();
    try {
      await expectChain(await pgliteDb(lite));
    } finally {
      await lite.close();
    }
  });
});

const server = await findServer();
describe.skipIf('missing' in server && !IN_CI)('the migration chain on the real PostgreSQL server', () => {
  let db: ServerDatabase | undefined;
  afterAll(async () => {
    await db?.close();
  });
  it('0001 then 0002 equals the new schema.sql, with data; down returns to the first', async () => {
    if ('missing' in server) throw new Error(`test/db: ${server.missing}; .ci/run starts one before npm test`);
    db = await openServerDatabase(server.url, `schemawright_history_${process.pid}`);
    await expectChain(db);
  });
});
