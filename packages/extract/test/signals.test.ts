import { describe, expect, it } from 'vitest';
import { collectFacts, COLLECTORS, parseDocument, type SignalFact } from '@schemawright/extract';
import { collectSignals } from '../src/collect/signals.js';

function signals(text: string, path = 'architecture.md'): SignalFact[] {
  return [...collectSignals(parseDocument({ path, text })).value];
}

/** `signal=value@confidence` for every fact, in document order: compact and exact. */
function brief(text: string, filter?: RegExp): string[] {
  return signals(text)
    .filter((s) => !filter || filter.test(s.signal))
    .map((s) => `${s.signal}=${s.value}@${s.confidence}`);
}

describe('collectSignals: database and ORM names', () => {
  it('maps product names to providers, hosted Postgres and PlanetScale included', () => {
    expect(brief('The service runs on Supabase.')).toEqual(['database=postgresql@0.9']);
    expect(brief('Hosting: Neon for the database.')).toEqual(['database=postgresql@0.6']);
    expect(brief('Storage lives in PlanetScale branches.')).toEqual(['database=mysql@0.6']);
    expect(brief('Reports come from MSSQL.')).toEqual(['database=sqlserver@0.6']);
    expect(brief('Everything persists in CockroachDB.')).toEqual(['database=cockroachdb@0.6']);
    expect(brief('Profiles are kept in Mongo.')).toEqual(['database=mongodb@0.6']);
    expect(brief('MariaDB hosts the catalogue.')).toEqual(['database=mysql@0.6']);
  });

  it('ignores common words and identifiers that only contain a name', () => {
    expect(brief('The sign glowed neon green in a light drizzle.')).toEqual([]);
    expect(brief('Subscribe to postgres_changes on the channel.')).toEqual([]);
  });

  it('reads "chose X over Y" as a choice and a rejection', () => {
    expect(brief('We chose PostgreSQL over MongoDB for the ledger.', /^database/)).toEqual(['database=postgresql@0.9', 'database-rejected=mongodb@0.9']);
  });

  it('reads negations before and after the name', () => {
    expect(brief('We use Postgres, not MongoDB.', /^database/)).toEqual(['database=postgresql@0.9', 'database-rejected=mongodb@0.9']);
    expect(brief('Instead of a MongoDB cluster, orders are written to MySQL.', /^database/)).toEqual(['database-rejected=mongodb@0.9', 'database=mysql@0.6']);
    expect(brief('MongoDB was rejected because orders need joins.', /^database/)).toEqual(['database-rejected=mongodb@0.9']);
    expect(brief('## Why not MongoDB?', /^database/)).toEqual(['database-rejected=mongodb@0.9']);
  });

  it('keeps comparisons and alternatives weak', () => {
    expect(brief('PostgreSQL handles these joins better than MySQL.', /^database/)).toEqual(['database=postgresql@0.6', 'database=mysql@0.2']);
    expect(brief('- PostgreSQL or MySQL', /^database/)).toEqual(['database=postgresql@0.4', 'database=mysql@0.4']);
    expect(brief('## Alternatives considered\n\nCockroachDB scales writes across regions.', /^database/)).toEqual(['database=cockroachdb@0.2']);
  });

  it('tells a second store from the main one', () => {
    expect(brief('Offline storage: SQLite on each phone.', /^database/)).toEqual(['database=sqlite@0.3']);
    expect(brief('- **Database:** PostgreSQL (hosted, or local for development)', /^database/)).toEqual(['database=postgresql@0.9']);
    expect(brief('PostgreSQL (Primary DB) holds every tenant.', /^database/)).toEqual(['database=postgresql@0.9']);
  });

  it('reads stack tables and verdict columns', () => {
    const text = '| Layer | Choice |\n|---|---|\n| Database | PostgreSQL 16 |\n| ORM | Drizzle |\n| TypeORM | heavy decorators | rejected |\n';
    expect(brief(text)).toEqual(['database=postgresql@0.9', 'orm=drizzle@0.9', 'orm-rejected=typeorm@0.9']);
  });

  it('names ORMs, Nest.js with TypeORM included', () => {
    expect(brief('The API is a Nest.js service with TypeORM entities.')).toEqual(['orm=typeorm@0.6']);
    expect(brief('Queries go through Prisma.')).toEqual(['orm=prisma@0.6']);
  });

  it('reads code only where it configures something', () => {
    const text = [
      '```prisma',
      'datasource db {',
      '  provider = "mysql"',
      '}',
      '```',
      '',
      '```ts',
      "import { PrismaClient } from '@prisma/client';",
      '// an old note: we might use MongoDB one day',
      '```',
      '',
      '```mermaid',
      'erDiagram',
      '  SUPABASE_USER ||--o{ PAYMENT : makes',
      '```',
    ].join('\n');
    expect(brief(text)).toEqual(['orm=prisma@0.95', 'database=mysql@0.95', 'orm=prisma@0.95']);
  });

  it('reads connection URLs in env blocks', () => {
    expect(brief('```env\nDATABASE_URL="postgresql://app@localhost:5432/app"\n```')).toEqual(['database=postgresql@0.95']);
  });

  it('keeps the line text and a span pointing at the name', () => {
    const [fact] = signals('# Stack\n\n  Our backend is built on CockroachDB.  \n', 'docs/architecture.md');
    expect(fact).toMatchObject({ kind: 'signal', signal: 'database', value: 'cockroachdb', text: 'Our backend is built on CockroachDB.', rule: 'collect/signals', source: 'prose' });
    expect(fact!.span).toEqual({ file: 'docs/architecture.md', start: { line: 3, column: 27 }, end: { line: 3, column: 41 } });
  });
});

describe('collectSignals: design signals', () => {
  it('finds each kind of design phrase', () => {
    const lines: [string, string][] = [
      ['Customers pay invoices by card at checkout.', 'money=invoices@0.8'],
      ['A product can belong to many categories (many-to-many).', 'many-to-many=many-to-many@0.8'],
      ['Plugins keep a schemaless settings blob.', 'document=schemaless@0.8'],
      ['Show marinas nearby, with latitude and longitude on each slip.', 'geo=latitude@0.8'],
      ['Members run a full-text search over notes.', 'full-text=full-text search@0.8'],
      ['The platform is multi-tenant: every school is a tenant.', 'multi-tenant=multi-tenant@0.8'],
      ['Inspectors work offline-first in basements.', 'offline=offline-first@0.8'],
      ['It ships as a desktop app with an embedded database.', 'embedded=embedded database@0.8'],
      ['Sensors write millions of readings a day.', 'volume=millions@0.8'],
      ['Referential integrity matters more than raw speed.', 'relational=referential integrity@0.8'],
    ];
    for (const [line, expected] of lines) expect(brief(line, /^(?!filter|sort|search)/), line).toContain(expected);
  });

  it('drops negated and out-of-scope phrases', () => {
    expect(brief('We do not issue invoices.')).toEqual([]);
    expect(brief('- ❌ Offline support')).toEqual([]);
    expect(brief('Payments are out of scope for the pilot.')).toEqual([]);
    expect(brief('## Out of Scope\n\n- Payments and refunds\n\n## Features\n\n- Refunds within 30 days')).toEqual(['money=refunds@0.8']);
  });

  it('reads access paths into snake_case fields', () => {
    expect(brief('Filter by: status (open/closed), assignee, and due date range', /-by$/)).toEqual([
      'filter-by=status@0.7',
      'filter-by=assignee@0.7',
      'filter-by=due_date@0.7',
    ]);
    expect(brief('Managers see tasks sorted by due date so that nothing slips.', /-by$/)).toEqual(['sort-by=due_date@0.7']);
    expect(brief('Staff can search products by name or SKU.', /-by$/)).toEqual(['search-by=name@0.7', 'search-by=sku@0.7']);
    expect(brief('All queries must filter by userId.', /-by$/)).toEqual(['filter-by=user_id@0.7']);
  });

  it('gives the same facts for CRLF and BOM input', () => {
    const text = '# Design\n\nWe chose PostgreSQL over MongoDB.\nPayments settle nightly.\n';
    const crlf = signals('\uFEFF' + text.replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(signals(text));
  });

  it('is registered as a collector', () => {
    expect(COLLECTORS.some(([name]) => name === 'signals')).toBe(true);
    const facts = collectFacts([parseDocument({ path: 'prd.md', text: 'Payments settle nightly in PostgreSQL.' })]).value;
    expect(facts.filter((f) => f.kind === 'signal').map((f) => (f as SignalFact).signal)).toEqual(['database', 'money']);
  });
});
