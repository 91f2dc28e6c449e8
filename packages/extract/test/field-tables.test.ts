import { describe, expect, it } from 'vitest';
import { collectFieldTables } from '../src/collect/field-tables.js';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, EntityFact, Fact } from '../src/facts.js';

const collect = (text: string) => collectFieldTables(parseDocument({ path: 'docs/data.md', text }));
const entities = (facts: readonly Fact[]) => facts.filter((f): f is EntityFact => f.kind === 'entity');
const attributes = (facts: readonly Fact[]) => facts.filter((f): f is AttributeFact => f.kind === 'attribute');
const attr = (facts: readonly Fact[], name: string) => attributes(facts).find((a) => a.name === name);

describe('collectFieldTables: Field | Type | Required | Description', () => {
  const text = [
    '## 3. Data Model',
    '',
    '### 3.2 Shipments',
    '',
    '**Description**: A parcel on its way to a customer. Created at checkout.',
    '',
    '**Key Attributes**:',
    '',
    '| Field | Type | Required | Description |',
    '|---|---|---|---|',
    '| id | UUID | Yes | Unique identifier |',
    '| weight_kg | decimal(8,3) | ✓ | Gross weight |',
    '| carrier | enum(ups, dhl, post) | yes | Who delivers |',
    '| customer_id | uuid | Yes | FK → customers.id |',
    '| tracking_code | varchar(64) | No | Unique code from the carrier |',
    '| mode | Enum | ✗ | Speed (express, standard) |',
    '| size | Enum | No | Box size (small, large, etc.) |',
    '| ... | | | |',
    '',
  ].join('\n');
  const { value, diagnostics } = collect(text);

  it('names the entity after the heading above the generic label, with its purpose', () => {
    expect(entities(value)).toEqual([expect.objectContaining({ name: 'Shipments', purpose: 'A parcel on its way to a customer.', confidence: 1, source: 'field-table', rule: 'collect/field-table' })]);
    expect(entities(value)[0]!.span.start.line).toBe(3);
    expect(diagnostics).toEqual([]);
  });

  it('reads every row with its type, requiredness and notes; skips rows without a name', () => {
    expect(attributes(value).map((a) => a.name)).toEqual(['id', 'weight_kg', 'carrier', 'customer_id', 'tracking_code', 'mode', 'size']);
    expect(attr(value, 'id')).toMatchObject({ type: { kind: 'uuid' }, nullable: false, primaryKey: true });
    expect(attr(value, 'weight_kg')).toMatchObject({ type: { kind: 'decimal', precision: 8, scale: 3 }, nullable: false });
    expect(attr(value, 'carrier')).toMatchObject({ enumValues: ['ups', 'dhl', 'post'], rawType: 'enum(ups, dhl, post)' });
    expect(attr(value, 'customer_id')).toMatchObject({ references: { entity: 'customers', column: 'id' } });
    expect(attr(value, 'tracking_code')).toMatchObject({ type: { kind: 'string', maxLength: 64 }, nullable: true, unique: true });
    expect(attr(value, 'mode')).toMatchObject({ enumValues: ['express', 'standard'], nullable: true });
    // `etc.` marks a sample, not the closed list.
    expect(attr(value, 'size')!.enumValues).toBeUndefined();
    expect(attr(value, 'weight_kg')!.span.start.line).toBe(12);
  });
});

describe('collectFieldTables: Column | Data type | Null | Constraints | Default | Notes', () => {
  const text = [
    '## Database Schema',
    '',
    '**Table: payments**',
    '',
    '| Column | Data type | Null | Constraints | Default | Notes |',
    '|---|---|---|---|---|---|',
    '| id | bigint | NO | PK, auto_increment | - | |',
    '| invoice_id | bigint | NO | FK (invoices), ON DELETE CASCADE | | |',
    '| payer_id | uuid | YES | references members(id) | NULL | |',
    "| state | `'new' \\| 'settled'` | NO | not null | 'new' | |",
    '| amount | numeric(12, 2) | NO | | 0 | |',
    '| reference | varchar(255) | NO | unique, indexed | | |',
    '| paid_at | timestamptz | YES | | | |',
    '| updated_at | timestamp | NO | | CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP | |',
    '',
  ].join('\n');
  const { value } = collect(text);

  it('takes the entity and table name from the caption', () => {
    expect(entities(value)).toEqual([expect.objectContaining({ name: 'payments', tableName: 'payments', confidence: 1 })]);
  });

  it('reads keys, references, unions, defaults and auto-update', () => {
    expect(attr(value, 'id')).toMatchObject({ type: { kind: 'int', bits: 64 }, primaryKey: true, nullable: false, default: { kind: 'autoincrement' } });
    expect(attr(value, 'invoice_id')).toMatchObject({ references: { entity: 'invoices', onDelete: 'cascade' } });
    expect(attr(value, 'payer_id')).toMatchObject({ nullable: true, references: { entity: 'members', column: 'id' } });
    expect(attr(value, 'payer_id')!.default).toBeUndefined();
    expect(attr(value, 'state')).toMatchObject({ enumValues: ['new', 'settled'], default: { kind: 'enum', value: 'new' } });
    expect(attr(value, 'amount')).toMatchObject({ type: { kind: 'decimal', precision: 12, scale: 2 }, default: { kind: 'number', value: 0 } });
    expect(attr(value, 'reference')).toMatchObject({ unique: true });
    expect(attr(value, 'updated_at')).toMatchObject({ autoUpdate: true, default: { kind: 'now' } });
  });

  it('turns an indexed column into an IndexFact', () => {
    expect(value.filter((f) => f.kind === 'index')).toEqual([expect.objectContaining({ entity: 'payments', columns: ['reference'], unique: false })]);
  });
});

describe('collectFieldTables: naming and confidence', () => {
  it('strips a parenthetical from a table heading and reads Chinese headers', () => {
    const { value } = collect('## 表字段定义\n\n### 2.1 members（会员表）\n\n| 字段名 | 类型 | 约束 | 默认值 | 说明 |\n|---|---|---|---|---|\n| `id` | BIGINT UNSIGNED | PK | - | 会员 ID |\n| `nick` | VARCHAR(30) | NULL | NULL | 昵称 |\n');
    expect(entities(value).map((e) => [e.name, e.tableName, e.confidence])).toEqual([['members', 'members', 1]]);
    expect(attr(value, 'id')).toMatchObject({ type: { kind: 'int', bits: 64 }, primaryKey: true, description: '会员 ID' });
    expect(attr(value, 'nick')).toMatchObject({ nullable: true, type: { kind: 'string', maxLength: 30 } });
  });

  it('unwraps `The orders table` and `Table: x` style headings', () => {
    const { value } = collect('## Data Model\n\n### The `parcels` table\n\n| Field | Type |\n|---|---|\n| id | uuid |\n\n### Table: depots\n\n| Field | Type |\n|---|---|\n| id | uuid |\n');
    expect(entities(value).map((e) => [e.name, e.tableName])).toEqual([
      ['parcels', 'parcels'],
      ['depots', 'depots'],
    ]);
  });

  it('lowers confidence for a multi-word heading outside a data model and says why', () => {
    const { value, diagnostics } = collect('### Gift Card\n\n| Name | Type |\n|---|---|\n| code | string |\n| balance | money |\n');
    expect(entities(value)).toEqual([expect.objectContaining({ name: 'Gift Card', confidence: 0.8 })]);
    expect(attributes(value).every((a) => a.confidence === 0.8)).toBe(true);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'extract/ambiguous-entity', severity: 'info' })]);
  });

  it('reports a field table that nothing names and emits no facts for it', () => {
    const { value, diagnostics } = collect('## Data Model\n\n| Field | Type |\n|---|---|\n| id | uuid |\n');
    expect(value).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['extract/ambiguous-entity']);
  });

  it('reads a Value | Label table under an enum heading as an EnumFact', () => {
    const { value } = collect('## Ticket Status Enum\n\n| Value | Label |\n|---|---|\n| open | Open |\n| on_hold | On hold |\n| closed | Closed |\n');
    expect(value).toEqual([expect.objectContaining({ kind: 'enum', name: 'Ticket Status', values: ['open', 'on_hold', 'closed'] })]);
  });
});

describe('collectFieldTables: tables that are not field tables', () => {
  it('yields nothing for feature, risk, environment, request and integration tables', () => {
    const text = [
      '## Roadmap',
      '',
      '| Feature | Type | Priority |',
      '|---|---|---|',
      '| Dark mode | UI | High |',
      '',
      '## Risks',
      '',
      '| Risk | Impact | Mitigation |',
      '|---|---|---|',
      '| Data loss | High | Backups |',
      '',
      '## Configuration',
      '',
      '| Name | Type | Description |',
      '|---|---|---|',
      '| DATABASE_URL | string | Connection string |',
      '| PORT | number | HTTP port |',
      '',
      '#### POST /api/shipments',
      '',
      '| Field | Type | Required |',
      '|---|---|---|',
      '| weight | number | yes |',
      '',
      '### Request Body',
      '',
      '| Field | Type | Required |',
      '|---|---|---|',
      '| weight | number | yes |',
      '',
      '### Integrations',
      '',
      '| Name | Type | Description |',
      '|---|---|---|',
      '| Stripe | Payment gateway | Cards |',
      '| Postmark | Email provider | Receipts |',
      '',
    ].join('\n');
    const { value, diagnostics } = collect(text);
    expect(value).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});

describe('collectFieldTables: Field | Description without types', () => {
  const text = [
    '## Records',
    '',
    '### Member Details',
    '',
    '| Field | Description |',
    '|---|---|',
    '| Member code | Auto-generated unique identifier |',
    '| Full name | As printed on the card |',
    '| joined_on | First visit |',
    '',
    '### Lockers / Cabinets',
    '',
    '| Attribute | Notes |',
    '|---|---|',
    '| number | Painted on the door |',
    '| floor | Ground or first |',
    '',
    '### Opening hours',
    '',
    '| Name | Description |',
    '|---|---|',
    '| Weekdays | 6am to 10pm |',
    '| Weekends | 8am to 8pm |',
    '',
    '### Steps',
    '',
    '| Field | Description |',
    '|---|---|',
    '| Open the app and go to the members page | then press the button |',
    '| Pick one of the plans shown on the screen | and pay for it |',
    '',
  ].join('\n');
  const { value } = collect(text);
  const names = value.filter((f) => f.kind === 'entity').map((f) => (f.kind === 'entity' ? f.name : ''));

  it('reads a Field | Description table under a heading that names the entity, leaving types to the names', () => {
    expect(names).toEqual(['Member', 'Lockers']);
    const member = value.filter((f) => f.kind === 'attribute' && f.entity === 'Member');
    expect(member.map((f) => (f.kind === 'attribute' ? [f.name, f.type?.kind, f.description] : []))).toEqual([
      ['Member code', undefined, 'Auto-generated unique identifier'],
      ['Full name', undefined, 'As printed on the card'],
      ['joined_on', undefined, 'First visit'],
    ]);
  });

  it('needs a field header: a Name | Description list, or rows that are sentences, are not fields', () => {
    expect(names).not.toContain('Opening hours');
    expect(names).not.toContain('Steps');
  });
});
