import { assertNever, type ScalarType, type Schema } from '@schemawright/ir';
import type { SeedPlan, SeedRows, SeedValue } from '../types.js';
import { columnIndex, schemaIndex } from '../plan/schema-index.js';
import { oneLine } from './text.js';

/** Sample rows shown per table in seed.md. */
export const SAMPLE_ROWS = 3;
/** Longer sample values are cut to this many characters. */
export const SAMPLE_WIDTH = 40;

/**
 * seed.md: the plan in words — insertion order with the reason for each place and count, the cycles that
 * had to be broken, the value rule of every column — and the first rows of every table.
 */
export function emitSeedDoc(schema: Schema, plan: SeedPlan, rows: SeedRows): string {
  const total = rows.tables.reduce((n, t) => n + t.rows.length, 0);
  const out: string[] = [
    `# Seed data — ${oneLine(schema.name)}`,
    '',
    `Seed ${plan.seed}: ${total} rows in ${rows.tables.length} table${rows.tables.length === 1 ? '' : 's'}, the same bytes on every run.`,
    `Every column draws from its own stream seeded with \`fnv1a("table.column") ^ ${plan.seed}\`; dates fall in 2024 and no clock is read.`,
    'Apply `seed.sql` after the schema, or run `npx prisma db seed` (seed.ts).',
    '',
    '## Insert order',
    '',
    '| # | Table | Rows | Why this many | Why here |',
    '|---:|---|---:|---|---|',
  ];
  // the first rows entry of each table, as a scan would find it
  const rowsOf = new Map<string, SeedRows['tables'][number]>();
  for (const r of rows.tables) if (!rowsOf.has(r.table)) rowsOf.set(r.table, r);
  plan.tables.forEach((t, i) => {
    const actual = rowsOf.get(t.table)?.rows.length ?? t.rows;
    out.push(`| ${i + 1} | \`${cell(t.table)}\` | ${actual} | ${cell(t.countReason)} | ${cell(t.orderReason)} |`);
  });
  out.push('', '## Cycles', '');
  if (plan.deferred.length === 0) out.push('None: every table is inserted after the tables it references.');
  for (const d of plan.deferred) {
    const cols = d.columns.map((c) => `\`${d.table}.${c}\``).join(', ');
    const how = d.required
      ? 'Every key in the cycle is required, so the seed relaxes NOT NULL on it while it runs (or, on databases that cannot, inserts with foreign-key checks off).'
      : 'It is optional, so it is inserted as NULL and set by an update once the rows it points at exist.';
    out.push(`- ${cols} → \`${d.target}\` closes the cycle ${d.cycle.map((t) => `\`${t}\``).join(' → ')}. ${how}`);
  }
  out.push('', '## Tables');
  for (const t of plan.tables) {
    const table = schemaIndex(schema).tables.get(t.table)!;
    const data = rowsOf.get(t.table);
    out.push('', `### ${t.table}`, '', `${data?.rows.length ?? t.rows} rows: ${t.countReason}.`, '', '| Column | Type | Value rule |', '|---|---|---|');
    for (const c of t.columns) {
      const column = columnIndex(table).get(c.column)!;
      out.push(`| \`${cell(c.column)}\` | ${cell(typeText(column.type))}${column.nullable ? '?' : ''} | ${cell(c.rule)} |`);
    }
    if (!data || data.rows.length === 0) continue;
    const sample = data.rows.slice(0, SAMPLE_ROWS);
    out.push('', `First ${sample.length} row${sample.length === 1 ? '' : 's'}:`, '', `| ${data.columns.map(cell).join(' | ')} |`, `|${data.columns.map(() => '---').join('|')}|`);
    for (const r of sample) out.push(`| ${r.map(sampleCell).join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}

/** A type as seed.md prints it: `string(255)`, `decimal(10,2)`, `enum task_status`. */
export function typeText(type: ScalarType): string {
  switch (type.kind) {
    case 'string': return type.maxLength === undefined ? 'string' : `string(${type.maxLength})`;
    case 'int': return type.bits === 64 ? 'bigint' : 'int';
    case 'decimal': return `decimal(${type.precision},${type.scale})`;
    case 'enum': return `enum ${type.enumName}`;
    case 'unknown': return `unknown ${type.raw}`;
    case 'text': case 'float': case 'boolean': case 'date': case 'datetime': case 'time': case 'uuid': case 'json': case 'bytes': return type.kind;
    default: return assertNever(type, 'scalar type');
  }
}

/** Text safe inside a markdown table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function sampleCell(value: SeedValue): string {
  if (value === null) return '*null*';
  const text = String(value);
  return cell(text.length > SAMPLE_WIDTH ? `${text.slice(0, SAMPLE_WIDTH - 1)}…` : text);
}
