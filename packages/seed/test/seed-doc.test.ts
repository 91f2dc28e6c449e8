import { describe, expect, it } from 'vitest';
import type { Schema } from '@schemawright/ir';
import { emitSeedDoc, generateRows, planSeed, type SeedRows } from '@schemawright/seed';
import { cycleSchema, requiredCycleSchema, shopSchema } from './helpers/fixtures.js';

const docOf = (s: Schema, options = {}) => {
  const plan = planSeed(s, options).value;
  return emitSeedDoc(s, plan, generateRows(s, plan).value);
};

describe('seed.md', () => {
  const doc = docOf(shopSchema());

  it('lists the insert order with counts and reasons', () => {
    const order = [...doc.matchAll(/^\| (\d+) \| `(\w+)` \| (\d+) \| ([^|]+) \|/gm)].map((m) => [Number(m[1]), m[2], Number(m[3])]);
    const plan = planSeed(shopSchema()).value;
    expect(order).toEqual(plan.tables.map((t, i) => [i + 1, t.table, t.rows]));
    expect(doc).toContain('| 4 | `orders` | ');
    expect(doc).toMatch(/\| `orders` \| \d+ \| 2–3 per customers row \(1-N\) \| after customers \(foreign keys\) \|/);
  });

  it('states the seed and the stream rule, and says when there is no cycle', () => {
    expect(doc).toContain('Every column draws from its own stream seeded with `fnv1a("table.column") ^ 1`');
    expect(doc).toContain('None: every table is inserted after the tables it references.');
  });

  it('gives every column a value rule and every table at most three sample rows', () => {
    for (const t of shopSchema().tables) {
      const section = doc.slice(doc.indexOf(`### ${t.name}\n`)).split('\n### ')[0]!;
      for (const c of t.columns) expect(section, `${t.name}.${c.name}`).toMatch(new RegExp(`^\\| \`${c.name}\` \\| [^|]+ \\| .+ \\|$`, 'm'));
      const sample = section.slice(section.indexOf('First '));
      expect(sample.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| id |')).length).toBeLessThanOrEqual(4);
    }
    expect(doc).toContain('| `email` | string(255) | email of the row person');
    expect(doc).toContain('| `is_active` | boolean | true in about 80% of rows |');
    expect(doc).toContain('| `shipped_at` | datetime? | up to 30 days after placed_at, inside 2024; null in about 1 of 8 rows |');
  });

  it('explains broken cycles, optional and required', () => {
    expect(docOf(cycleSchema())).toContain('- `departments.head_id` → `employees` closes the cycle `departments` → `employees` → `departments`. It is optional, so it is inserted as NULL');
    expect(docOf(requiredCycleSchema())).toContain('Every key in the cycle is required, so the seed relaxes NOT NULL');
  });

  it('escapes table-breaking characters in sample cells and ends with one newline', () => {
    const s = shopSchema();
    const plan = planSeed(s, { defaultRows: 1 }).value;
    const rows = generateRows(s, plan).value;
    const tampered: SeedRows = { ...rows, tables: rows.tables.map((t) => (t.table === 'tags' ? { ...t, rows: [[1, 'a|b\nc']] } : t)) };
    const text = emitSeedDoc(s, plan, tampered);
    expect(text).toContain('| 1 | a\\|b c |');
    expect(text.endsWith('|\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });
});
