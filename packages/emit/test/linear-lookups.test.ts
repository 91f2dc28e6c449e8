/**
 * The emitters answer "which column does this line name", "may this key cascade" from indexes built once
 * instead of scanning the schema per question. These tests hold the indexed answers to the plain rules
 * they replaced (kept here as reference implementations) on many random schemas.
 */
import { describe, expect, it } from 'vitest';
import { canonicalSchema, plural, schema, singular, span, words, type Column, type Relation, type Table } from '@schemawright/ir';
import { docContext, type DocContext } from '../src/docs/context.js';
import type { DocSignal } from '../src/docs/options.js';
import { columnFor } from '../src/docs/performance/signal-columns.js';
import { foreignKeyActionsOf } from '../src/sql/referential-actions.js';
import { col, rel, tbl, withProvider } from './helpers/schemas.js';

const TEXT = { kind: 'string' } as const;
/** A fixed-seed stream (LCG), so every run draws the same schemas. */
class Rng {
  constructor(private state: number) {}
  int(low: number, high: number): number {
    this.state = (Math.imul(this.state, 1_103_515_245) + 12_345) >>> 0;
    return low + (this.state % (high - low + 1));
  }
  chance(p: number): boolean {
    return this.int(0, 999) < p * 1000;
  }
}
const pick = <T>(rng: Rng, list: readonly T[]): T => list[rng.int(0, list.length - 1)]!;

/** The rule as first written: the line names the table, or the table is the only one with the field. */
function referenceColumnFor(ctx: DocContext, t: Table, s: DocSignal): Column | undefined {
  const f = s.value;
  const candidates = [f, `${f}_id`, f.replace(/_(date|time|on)$/, '_at'), `${f}_at`];
  const find = (table: Table) => candidates.map((c) => table.columns.find((x) => x.name === c)).find((c) => c !== undefined);
  const mentions = (text: string, x: Table) => {
    const lower = ` ${words(text).join(' ')} `;
    const one = singular(x.label).toLowerCase().replace(/_/g, ' ');
    return [one, plural(one), ...words(x.name).slice(-1)].some((w) => w !== '' && lower.includes(` ${words(w).join(' ')} `));
  };
  const column = find(t);
  if (!column) return undefined;
  if (mentions(s.text, t)) return column;
  const holders = ctx.schema.tables.filter((x) => find(x) !== undefined);
  return holders.filter((x) => mentions(s.text, x)).length === 0 && holders.length === 1 ? column : undefined;
}

const NAMES = ['order_items', 'people', 'task', 'categories', 'project_tasks', 'user_profiles', 'media', 'buses', 'status', 'news', 'invoice', 'line_items'];
const LABELS = ['order item', 'person', 'task', 'category', 'ProjectTask', 'user-profile', 'medium', 'bus', '—', 'news', 'invoices', 'line_item'];
const COLUMNS = ['status', 'assignee_id', 'created_at', 'due_at', 'owner', 'owner_id', 'title', 'due_on', 'project_id', 'name'];
const FIELDS = ['status', 'assignee', 'created_date', 'due_on', 'owner', 'title', 'project', 'due_time', 'name'];
const FILLER = ['filter', 'by', 'sort', 'the', 'of', 'list', 'and'];

describe('the column a signal names', () => {
  it('is the one the reference rule finds, on every table, for many random lines', () => {
    const rng = new Rng(11);
    let found = 0;
    for (let round = 0; round < 150; round++) {
      const count = rng.int(1, 8);
      const tables = Array.from({ length: count }, (_, i) => {
        const names = [...new Set(Array.from({ length: rng.int(1, 5) }, () => pick(rng, COLUMNS)))];
        return { ...tbl(`${pick(rng, NAMES)}${i === 0 ? '' : `_${i}`}`, [col('id', TEXT), ...names.map((n) => col(n, TEXT))]), label: pick(rng, LABELS) };
      });
      const signals: DocSignal[] = Array.from({ length: 6 }, (_, k) => ({
        signal: 'filter-by',
        value: pick(rng, FIELDS),
        text: Array.from({ length: rng.int(0, 7) }, () => (rng.chance(0.6) ? pick(rng, [...NAMES, ...LABELS]) : pick(rng, FILLER))).join(pick(rng, [' ', ', ', '_', ' the '])),
        span: span('prd.md', k + 1, 1),
      }));
      const ctx = docContext(canonicalSchema(schema({ name: 'random', tables, relations: [], enums: [] })), { signals });
      for (const s of signals) {
        for (const t of ctx.schema.tables) {
          const expected = referenceColumnFor(ctx, t, s);
          expect(columnFor(ctx, t, s)).toBe(expected);
          if (expected) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(200);
  });
});

/** The cascade-path rule as first written: every table is asked whether it reaches the new edge. */
class ReferenceCascadeGraph {
  private readonly edges = new Map<string, string[]>();
  tryAdd(from: string, to: string, rule: 'no-cycles' | 'single-path'): boolean {
    if (from === to || this.reaches(to, from)) return false;
    if (rule === 'single-path') {
      const nodes = new Set<string>();
      for (const [k, vs] of this.edges) for (const n of [k, ...vs]) nodes.add(n);
      const sources = [...nodes].filter((n) => n === from || this.reaches(n, from));
      const targets = [...nodes, to].filter((n) => n === to || this.reaches(to, n));
      if (sources.some((s) => targets.some((t) => this.reaches(s, t)))) return false;
    }
    this.edges.set(from, [...(this.edges.get(from) ?? []), to]);
    return true;
  }
  private reaches(a: string, b: string): boolean {
    const seen = new Set<string>();
    const stack = [...(this.edges.get(a) ?? [])];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === b) return true;
      if (!seen.has(n)) (seen.add(n), stack.push(...(this.edges.get(n) ?? [])));
    }
    return false;
  }
}

describe('cascade paths on SQL Server and MongoDB', () => {
  it('refuse the same relations the reference rule refuses', () => {
    const rng = new Rng(5);
    let refused = 0;
    for (let round = 0; round < 200; round++) {
      const count = rng.int(2, 10);
      const names = Array.from({ length: count }, (_, i) => `t${i}`);
      const columns = new Map(names.map((n) => [n, [col('id', TEXT)]]));
      const relations: Relation[] = [];
      for (let k = 0; k < rng.int(1, count * 2); k++) {
        const from = pick(rng, names);
        columns.get(from)!.push(col(`f${k}`, TEXT, { nullable: rng.chance(0.5) }));
        relations.push(rel(from, [`f${k}`], pick(rng, names), { onDelete: pick(rng, ['cascade', 'set-null', 'restrict', 'no-action'] as const) }));
      }
      const base = canonicalSchema(schema({ name: 'random', tables: names.map((n) => tbl(n, columns.get(n)!)), relations, enums: [] }));
      for (const [provider, rule] of [['sqlserver', 'single-path'], ['mongodb', 'no-cycles']] as const) {
        const s = withProvider(base, provider);
        const actions = foreignKeyActionsOf(s).value;
        const graph = new ReferenceCascadeGraph();
        const byPriority = (['cascade', 'set-null', 'restrict', 'no-action'] as const).flatMap((a) => s.relations.filter((r) => r.onDelete === a));
        for (const r of byPriority) {
          const allowed = graph.tryAdd(r.from.table, r.to.table, rule);
          expect(actions.get(r.name)!.onUpdate === 'cascade', `${provider} ${r.name}`).toBe(allowed);
          if (!allowed) refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(100);
  });
});
