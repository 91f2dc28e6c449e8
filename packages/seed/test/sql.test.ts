import { describe, expect, it } from 'vitest';
import { column, type ScalarType, type Schema } from '@schemawright/ir';
import { emitSeedSql, generateRows, planSeed, seedDialectOf, sqlLiteral, sqlString, type SeedDialect } from '@schemawright/seed';
import { withProvider } from '../../emit/test/helpers/schemas.js';
import { cycleSchema, requiredCycleSchema, shopSchema } from './helpers/fixtures.js';

const pg = seedDialectOf('postgresql')!;
const lit = (type: ScalarType, value: Parameters<typeof sqlLiteral>[0], dialect: SeedDialect = pg) =>
  sqlLiteral(value, column({ origin: { file: 't', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, rule: 't', name: 'c', type }), dialect);
const sqlOf = (s: Schema, options = {}) => {
  const plan = planSeed(s, options).value;
  return emitSeedSql(s, plan, generateRows(s, plan).value);
};

describe('literals', () => {
  it('quotes strings per dialect', () => {
    expect(sqlString("O'Brien \\ done", pg)).toBe("'O''Brien \\ done'");
    expect(sqlString("O'Brien \\ done", seedDialectOf('mysql')!)).toBe("'O''Brien \\\\ done'");
    expect(sqlString('Zoë', seedDialectOf('sqlserver')!)).toBe("N'Zoë'");
  });

  it('writes every type as its column expects', () => {
    expect(lit({ kind: 'int', bits: 64 }, 42)).toBe('42');
    expect(lit({ kind: 'decimal', precision: 10, scale: 2 }, '12.50')).toBe('12.50');
    expect(lit({ kind: 'float' }, 0.25)).toBe('0.25');
    expect(lit({ kind: 'boolean' }, true)).toBe('TRUE');
    expect(lit({ kind: 'boolean' }, false, seedDialectOf('sqlite')!)).toBe('0');
    expect(lit({ kind: 'date' }, '2024-02-29')).toBe("'2024-02-29'");
    expect(lit({ kind: 'datetime' }, '2024-02-29 08:00:00')).toBe("'2024-02-29 08:00:00'");
    expect(lit({ kind: 'time' }, '08:15:00')).toBe("'08:15:00'");
    expect(lit({ kind: 'json' }, '{"note":"it\'s"}')).toBe(`'{"note":"it''s"}'`);
    expect(lit({ kind: 'enum', enumName: 'e' }, 'in progress')).toBe("'in progress'");
    expect(lit({ kind: 'uuid' }, '0b4e7a6c-0000-4000-8000-000000000000')).toBe("'0b4e7a6c-0000-4000-8000-000000000000'");
    expect(lit({ kind: 'bytes' }, 'dead')).toBe("decode('dead', 'hex')");
    expect(lit({ kind: 'bytes' }, 'dead', seedDialectOf('mysql')!)).toBe("X'dead'");
    expect(lit({ kind: 'bytes' }, 'dead', seedDialectOf('sqlserver')!)).toBe('0xdead');
    expect(lit({ kind: 'text' }, null)).toBe('NULL');
  });

  it('quotes identifiers per dialect', () => {
    expect(pg.quote('we"ird')).toBe('"we""ird"');
    expect(seedDialectOf('mysql')!.quote('we`ird')).toBe('`we``ird`');
    expect(seedDialectOf('sqlserver')!.quote('we]ird')).toBe('[we]]ird]');
  });
});

describe('seed.sql', () => {
  it('inserts in plan order inside one transaction and ends with one newline', () => {
    const s = shopSchema();
    const sql = sqlOf(s);
    const inserted = [...sql.matchAll(/^INSERT INTO "(\w+)"/gm)].map((m) => m[1]);
    expect(inserted).toEqual(planSeed(s).value.tables.map((t) => t.table));
    expect(sql.indexOf('BEGIN;')).toBeLessThan(sql.indexOf('INSERT'));
    expect(sql.endsWith('\nCOMMIT;\n')).toBe(true);
    expect(sql.endsWith('\n\n')).toBe(false);
  });

  it('splits long inserts into statements of at most 100 rows', () => {
    const sql = sqlOf(shopSchema(), { rows: { tags: 250 } });
    expect(sql.match(/^INSERT INTO "tags"/gm)).toHaveLength(3);
  });

  it('inserts a nullable cycle key as NULL and sets it after every insert', () => {
    const sql = sqlOf(cycleSchema());
    const lastInsert = sql.lastIndexOf('INSERT INTO');
    const updates = [...sql.matchAll(/^UPDATE "departments" SET "head_id" = \d+ WHERE "id" = \d+;$/gm)];
    expect(updates.length).toBeGreaterThan(0);
    expect(updates[0]!.index).toBeGreaterThan(lastInsert);
    expect(sql).toMatch(/^ {2}\(1, '[^']+', NULL\),$/m);
  });

  it('seeds a cycle of required keys by the dialect’s means', () => {
    const knot = requiredCycleSchema();
    const postgres = sqlOf(knot);
    expect(postgres).toContain('ALTER TABLE "alphas" ALTER COLUMN "beta_id" DROP NOT NULL;');
    expect(postgres.indexOf('SET NOT NULL')).toBeGreaterThan(postgres.lastIndexOf('UPDATE "alphas"'));
    const mysql = sqlOf(withProvider(knot, 'mysql'));
    expect(mysql).toContain('SET FOREIGN_KEY_CHECKS = 0;');
    expect(mysql).not.toContain('UPDATE');
    expect(mysql).not.toMatch(/^ {2}\(\d+, NULL,/m);
    expect(sqlOf(withProvider(knot, 'sqlite'))).toContain('PRAGMA defer_foreign_keys = ON;');
    const sqlserver = sqlOf(withProvider(knot, 'sqlserver'));
    expect(sqlserver).toContain('ALTER TABLE [alphas] NOCHECK CONSTRAINT ALL;');
    expect(sqlserver).toContain('SET IDENTITY_INSERT [alphas] ON;');
  });

  it('moves PostgreSQL counters only, and explains MongoDB has no SQL', () => {
    expect(sqlOf(cycleSchema())).toMatch(/SELECT setval\(pg_get_serial_sequence\('"employees"', 'id'\), \d+\);/);
    expect(sqlOf(withProvider(cycleSchema(), 'mysql'))).not.toContain('setval');
    expect(sqlOf(withProvider(cycleSchema(), 'mongodb'))).toBe('-- Seed data for Org, written by schemawright from seed 1.\n-- MongoDB has no SQL: seed it with seed.ts (prisma db seed).\n');
  });
});
