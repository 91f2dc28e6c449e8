import { describe, expect, it } from 'vitest';
import { formatSpan } from '@schemawright/ir';
import { chooseDatabase, parseDocument, type SignalFact } from '@schemawright/extract';
import { collectSignals } from '../src/collect/signals.js';

function signalsOf(docs: Record<string, string>): SignalFact[] {
  return Object.entries(docs).flatMap(([path, text]) => collectSignals(parseDocument({ path, text })).value);
}

function choose(docs: Record<string, string>) {
  return chooseDatabase(signalsOf(docs));
}

describe('chooseDatabase: named databases', () => {
  it('prefers the architecture document over the PRD', () => {
    const r = choose({
      'prd.md': '# Shop\n\nThe shop keeps its catalogue in PostgreSQL.\nPostgreSQL also stores carts.\n',
      'architecture.md': '# Architecture\n\nThe backend is built on MySQL 8.\n',
    });
    expect(r.value).toMatchObject({ kind: 'database', provider: 'mysql', orm: 'prisma', named: true });
    const first = r.value.reasons[0]!;
    expect(first.text).toBe('MySQL is named in the architecture document (architecture.md): "The backend is built on MySQL 8."');
    expect(formatSpan(first.span!)).toBe('architecture.md:3:25');
    const outvoted = r.value.reasons.find((x) => x.text.startsWith('PostgreSQL is also mentioned'));
    expect(outvoted?.text).toContain('but MySQL is named more strongly in the architecture document');
    expect(outvoted?.span?.file).toBe('prd.md');
    expect(r.diagnostics.map((d) => [d.code, d.message, d.span && formatSpan(d.span)])).toEqual([
      ['design/database-named', 'database mysql named by the documents', 'architecture.md:3:25'],
    ]);
  });

  it('lets a positive mention beat a comparison and a rejection', () => {
    const r = choose({ 'architecture.md': 'We chose PostgreSQL over MongoDB. MongoDB is faster than MySQL for blobs, they say.\n' });
    expect(r.value.provider).toBe('postgresql');
    expect(r.value.named).toBe(true);
    const setAside = r.value.reasons.find((x) => x.text.startsWith('MongoDB is mentioned only as an option set aside'));
    expect(setAside?.span?.start.column).toBe(26);
    expect(r.value.reasons.some((x) => x.text.startsWith('MySQL'))).toBe(false);
  });

  it('quotes a sentence first and a configuration line second', () => {
    const r = choose({ 'architecture.md': 'Data lives in SQL Server.\n\n```prisma\ndatasource db {\n  provider = "sqlserver"\n}\n```\n' });
    expect(r.value.provider).toBe('sqlserver');
    expect(r.value.reasons.slice(0, 2).map((x) => x.text)).toEqual([
      'SQL Server is named in the architecture document (architecture.md): "Data lives in SQL Server."',
      'SQL Server is configured in the architecture document (architecture.md): "provider = \'sqlserver\'"',
    ]);
  });

  it('never names a database that was only rejected', () => {
    const r = choose({ 'architecture.md': 'Not MongoDB: the schema is schemaless only in name. We want a document store feel, a flexible schema.\n' });
    expect(r.value.named).toBe(false);
    expect(r.value.provider).toBe('postgresql');
  });
});

describe('chooseDatabase: design signals', () => {
  it('picks MongoDB for strongly document-shaped data with nothing relational', () => {
    const r = choose({ 'prd.md': 'Each form is schemaless.\nAnswers are nested documents with a flexible schema.\n' });
    expect(r.value).toMatchObject({ provider: 'mongodb', named: false });
    expect(r.value.reasons[0]!.text).toBe('No database is named in the documents; the design signals below point to MongoDB.');
    const doc = r.value.reasons.find((x) => x.text.startsWith('Document-shaped data'));
    expect(doc?.text).toContain('documents store it as written');
    expect(doc?.span?.file).toBe('prd.md');
  });

  it('keeps PostgreSQL when money or many-to-many outweigh document shape', () => {
    const r = choose({ 'prd.md': 'Each form is schemaless.\nAnswers are nested documents.\nCustomers pay invoices.\nRefunds go back to the card.\nOrders and coupons are many-to-many.\n' });
    expect(r.value.provider).toBe('postgresql');
    const texts = r.value.reasons.map((x) => x.text);
    expect(texts.some((t) => t.startsWith('Money is involved ("Customers pay invoices.")'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Many-to-many relationships ("Orders and coupons are many-to-many.")'))).toBe(true);
    expect(texts.some((t) => t.includes('jsonb columns hold it'))).toBe(true);
  });

  it('picks SQLite for an embedded store with nothing relational', () => {
    const r = choose({ 'prd.md': 'A desktop app for one photographer.\nCatalogues live in an embedded database next to the photos.\n' });
    expect(r.value.provider).toBe('sqlite');
    expect(r.value.reasons.some((x) => x.text.startsWith('An embedded store ("Catalogues live in an embedded database next to the photos.")'))).toBe(true);
  });

  it('falls back to PostgreSQL with Prisma when the documents are silent', () => {
    const r = choose({ 'prd.md': '# Notes\n\nA place to write notes.\n' });
    expect(r.value).toMatchObject({ provider: 'postgresql', orm: 'prisma', named: false });
    expect(r.value.reasons.map((x) => x.text)).toEqual([
      'No database is named in the documents and no design signal prefers another; PostgreSQL is the default.',
      'No ORM is named; Prisma is recommended: schema.prisma is the one source for the typed client, the migrations and this design.',
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('cites every design reason with its span, and skips a single weak phrase', () => {
    const r = choose({ 'prd.md': 'Connections use transaction mode.\nTeams are multi-tenant.\n' });
    const texts = r.value.reasons.map((x) => x.text);
    expect(texts.some((t) => t.startsWith('Money'))).toBe(false);
    const tenant = r.value.reasons.find((x) => x.text.startsWith('Multi-tenant data'));
    expect(tenant && formatSpan(tenant.span!)).toBe('prd.md:2:11');
  });
});

describe('chooseDatabase: quotes', () => {
  it('cuts a long line around the words that raised the signal', () => {
    const filler = 'The team meets every week to plan the work of the coming sprint and to review what shipped last time, '.repeat(3);
    const r = choose({ 'prd.md': `${filler}and members pay invoices online.\nRefunds go back to the card.\n` });
    const money = r.value.reasons.find((x) => x.text.startsWith('Money is involved'))!;
    expect(money.text).toMatch(/^Money is involved \("…[^"]*members pay invoices online\."\)/);
    expect(money.text.length).toBeLessThan(260);
  });
});

describe('chooseDatabase: ORM', () => {
  it('keeps Prisma unless TypeORM or Drizzle is named, and says where', () => {
    const r = choose({ 'architecture.md': '| Layer | Choice |\n|---|---|\n| Database | PostgreSQL |\n| ORM | Drizzle |\n' });
    expect(r.value.orm).toBe('drizzle');
    expect(r.value.reasons.at(-1)!.text).toBe('Drizzle is named in the architecture document (architecture.md): "| ORM | Drizzle |"');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['design/database-named', 'design/orm-named']);
  });

  it('follows the architecture document for the ORM too', () => {
    const r = choose({ 'prd.md': 'Use Prisma for queries.\n', 'architecture.md': 'The API is a Nest.js service using TypeORM.\n' });
    expect(r.value.orm).toBe('typeorm');
  });

  it('does not depend on the order of the signals', () => {
    const facts = signalsOf({
      'prd.md': 'The shop keeps its catalogue in PostgreSQL. Payments settle nightly.\n',
      'architecture.md': 'The backend is built on MySQL 8, not MongoDB.\n',
    });
    expect(chooseDatabase([...facts].reverse())).toEqual(chooseDatabase(facts));
  });
});
