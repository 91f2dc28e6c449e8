import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type Relation } from '@schemawright/ir';
import { columnOf, facts, many, one, oneOrMore, resolveChecked, tableOf, zeroOrOne } from './resolve-fact-builder.js';

const arrow = (r: Relation): string =>
  `${r.from.table}(${r.from.columns.join(',')}) ${r.from.cardinality}${r.from.optional ? '?' : ''} -> ${r.to.table}${r.to.optional ? '?' : ''} ${r.onDelete}`;

describe('resolve: combined cases', () => {
  it('an ERD with FK columns, a self relation, a 1-1, an optional end and a many-to-many', () => {
    const f = facts('architecture.md', 'erd');
    const rels = [
      f.rel('USER', 'PROFILE', { aEnd: one, bEnd: zeroOrOne, label: 'has', identifying: true }),
      f.rel('USER', 'WORKSPACE', { aEnd: one, bEnd: many, label: 'owns', identifying: true }),
      f.rel('WORKSPACE', 'PROJECT', { aEnd: one, bEnd: many, label: 'contains', identifying: true }),
      f.rel('PROJECT', 'TASK', { aEnd: one, bEnd: many, label: 'contains', identifying: true }),
      f.rel('USER', 'TASK', { aEnd: one, bEnd: many, label: 'reports', identifying: false }),
      f.rel('USER', 'TASK', { aEnd: zeroOrOne, bEnd: many, label: 'is assigned', identifying: false }),
      f.rel('TASK', 'TASK', { aEnd: zeroOrOne, bEnd: many, label: 'has sub-task', identifying: false }),
      f.rel('TASK', 'LABEL', { aEnd: many, bEnd: many, label: 'tagged with', identifying: true }),
    ];
    const cols = [
      f.entity('USER'), f.attr('USER', 'id', { rawType: 'uuid', primaryKey: true }), f.attr('USER', 'email', { rawType: 'string', unique: true }),
      f.entity('PROFILE'), f.attr('PROFILE', 'id', { rawType: 'uuid', primaryKey: true }), f.attr('PROFILE', 'user_id', { rawType: 'uuid', unique: true }),
      f.entity('WORKSPACE'), f.attr('WORKSPACE', 'id', { rawType: 'uuid', primaryKey: true }), f.attr('WORKSPACE', 'owner_id', { rawType: 'uuid' }),
      f.entity('PROJECT'), f.attr('PROJECT', 'id', { rawType: 'uuid', primaryKey: true }), f.attr('PROJECT', 'workspace_id', { rawType: 'uuid' }),
      f.entity('TASK'), f.attr('TASK', 'id', { rawType: 'uuid', primaryKey: true }), f.attr('TASK', 'project_id', { rawType: 'uuid' }),
      f.attr('TASK', 'reporter_id', { rawType: 'uuid' }), f.attr('TASK', 'assignee_id', { rawType: 'uuid' }), f.attr('TASK', 'parent_task_id', { rawType: 'uuid' }),
      f.attr('TASK', 'status', { rawType: 'enum', enumValues: ['todo', 'in_progress', 'done'] }),
      f.entity('LABEL'), f.attr('LABEL', 'id', { rawType: 'uuid', primaryKey: true }), f.attr('LABEL', 'name', { rawType: 'string' }),
    ];
    const { schema, diagnostics } = resolveChecked([...rels, ...cols]);
    expect(schema.tables.map((t) => t.name)).toEqual(['_LabelToTask', 'labels', 'profiles', 'projects', 'tasks', 'users', 'workspaces']);
    expect(schema.relations.map(arrow)).toEqual([
      '_LabelToTask(A) many? -> labels cascade',
      '_LabelToTask(B) many? -> tasks cascade',
      'profiles(user_id) one? -> users cascade',
      'projects(workspace_id) many? -> workspaces cascade',
      'tasks(assignee_id) many? -> users? set-null',
      'tasks(parent_task_id) many? -> tasks? set-null',
      'tasks(project_id) many? -> projects cascade',
      'tasks(reporter_id) many? -> users restrict',
      'workspaces(owner_id) many? -> users cascade',
    ]);
    expect(columnOf(schema, 'tasks', 'assignee_id').nullable).toBe(true);
    expect(columnOf(schema, 'tasks', 'reporter_id').nullable).toBe(false);
    expect(tableOf(schema, 'tasks').indexes.map((i) => i.name)).toEqual([
      'tasks_assignee_id_idx', 'tasks_parent_task_id_idx', 'tasks_project_id_idx', 'tasks_reporter_id_idx',
    ]);
    expect(schema.enums.map((e) => e.name)).toEqual(['task_status']);
    expect(diagnostics.map(formatDiagnostic)).toEqual(['architecture.md:8:1: info resolve/many-to-many: many-to-many LABEL – TASK lowered to junction table _LabelToTask']);
  });

  it('structured sources beat lists and prose, property by property, and every loss is reported', () => {
    const sql = facts('schema.md', 'sql');
    const erd = facts('architecture.md', 'erd');
    const prose = facts('prd.md', 'prose');
    const input = [
      prose.entity('Invoice', { purpose: 'A bill sent to a client.' }),
      prose.attr('Invoice', 'total', { rawType: 'integer' }),
      prose.attr('Invoice', 'status', { enumValues: ['open', 'paid', 'void'] }),
      prose.rel('Client', 'Invoice', { aEnd: one, bEnd: many, label: 'receives' }),
      erd.entity('INVOICE'), erd.entity('CLIENT'),
      erd.attr('INVOICE', 'client_id', { rawType: 'uuid' }),
      erd.attr('INVOICE', 'status', { rawType: 'enum', enumValues: ['open', 'paid'] }),
      erd.rel('CLIENT', 'INVOICE', { aEnd: zeroOrOne, bEnd: many }),
      sql.entity('invoices', { tableName: 'invoices' }),
      sql.attr('invoices', 'total', { rawType: 'numeric(12,2)', nullable: false }),
      sql.attr('invoices', 'client_id', { rawType: 'uuid', nullable: true, references: { entity: 'clients' } }),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    expect(tableOf(schema, 'invoices')).toMatchObject({ label: 'invoices', purpose: 'A bill sent to a client.' });
    expect(columnOf(schema, 'invoices', 'total').type).toEqual({ kind: 'decimal', precision: 12, scale: 2 });
    expect(schema.enums[0]!.values.map((v) => v.name)).toEqual(['open', 'paid']);
    expect(schema.relations.map(arrow)).toEqual(['invoices(client_id) many? -> clients? set-null']);
    expect(schema.relations[0]!.label).toBe('receives');
    const conflicts = diagnostics.filter((d) => d.code === 'resolve/conflict').map((d) => d.message);
    expect(conflicts).toEqual([
      'invoices.status values differs between sources: open|paid (kept, erd at architecture.md:4:1) vs open|paid|void (prose at prd.md:3:1)',
      'cardinality of CLIENT in CLIENT – invoices differs between sources: zero or one (kept, erd at architecture.md:5:1) vs one (prose at prd.md:4:1)',
      'invoices.total type differs between sources: decimal (kept, sql at schema.md:2:1) vs int (prose at prd.md:2:1)',
    ]);
    expect(diagnostics.filter((d) => d.code === 'resolve/duplicate-relation')).toHaveLength(1);
  });

  it('a junction with its own columns, composite keys and a one-or-more end', () => {
    const f = facts();
    const input = [
      f.rel('CUSTOMER', 'SALES_ORDER', { aEnd: one, bEnd: many, label: 'places', identifying: true }),
      f.rel('SALES_ORDER', 'ORDER_LINE', { aEnd: one, bEnd: oneOrMore, label: 'contains', identifying: true }),
      f.rel('PRODUCT', 'ORDER_LINE', { aEnd: one, bEnd: many, label: 'sold as', identifying: true }),
      f.entity('CUSTOMER'), f.attr('CUSTOMER', 'id', { primaryKey: true }),
      f.entity('SALES_ORDER'), f.attr('SALES_ORDER', 'id', { primaryKey: true }), f.attr('SALES_ORDER', 'customer_id'),
      f.entity('ORDER_LINE'), f.attr('ORDER_LINE', 'sales_order_id', { primaryKey: true }), f.attr('ORDER_LINE', 'product_id', { primaryKey: true }),
      f.attr('ORDER_LINE', 'quantity'), f.attr('ORDER_LINE', 'unit_price'),
      f.entity('PRODUCT'), f.attr('PRODUCT', 'id', { primaryKey: true }),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    const line = tableOf(schema, 'order_lines');
    expect(line.primaryKey).toEqual(['sales_order_id', 'product_id']);
    expect(line.columns.map((c) => `${c.name}:${c.type.kind}`)).toEqual([
      'sales_order_id:uuid', 'product_id:uuid', 'quantity:int', 'unit_price:decimal', 'created_at:datetime', 'updated_at:datetime',
    ]);
    expect(line.indexes.map((i) => i.name)).toEqual(['order_lines_product_id_idx']);
    expect(schema.relations.map(arrow)).toEqual([
      'order_lines(product_id) many? -> products cascade',
      'order_lines(sales_order_id) many -> sales_orders cascade',
      'sales_orders(customer_id) many? -> customers cascade',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
