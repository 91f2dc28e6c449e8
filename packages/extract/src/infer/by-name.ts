import type { ScalarType } from '@schemawright/ir';

/**
 * One row of the name → type table. `pattern` is a snake_case column name where `*` stands for any text
 * at the start or the end (`is_*`, `*_at`, `duration*`); without `*` the whole name must match.
 */
export interface NameTypeRule {
  readonly pattern: string;
  readonly type: ScalarType;
}

const UUID: ScalarType = { kind: 'uuid' };
const DATETIME: ScalarType = { kind: 'datetime' };
const DATE: ScalarType = { kind: 'date' };
const BOOLEAN: ScalarType = { kind: 'boolean' };
const MONEY: ScalarType = { kind: 'decimal', precision: 10, scale: 2 };
const INT: ScalarType = { kind: 'int', bits: 32 };
const FLOAT: ScalarType = { kind: 'float' };
const STRING: ScalarType = { kind: 'string' };
const TEXT: ScalarType = { kind: 'text' };
const JSON_TYPE: ScalarType = { kind: 'json' };

const rows = (type: ScalarType, patterns: readonly string[]): NameTypeRule[] => patterns.map((pattern) => ({ pattern, type }));

/**
 * Column names that say their type, first match wins: keys before times before flags before amounts.
 * Data, not code: add a row to teach a new name. Used only when the documents give no type.
 */
export const NAME_TYPE_RULES: readonly NameTypeRule[] = [
  ...rows(UUID, ['id', '*_id', 'uuid', '*_uuid']),
  ...rows(DATETIME, ['*_at', '*_on', 'timestamp', '*_timestamp']),
  ...rows(BOOLEAN, [
    'is_*', 'has_*', 'can_*', 'should_*', '*_enabled', 'active', 'verified', 'enabled', 'archived', 'deleted', 'published',
    'enable_*', 'allow_*', 'requires_*', '*_required', 'show_*', 'visible_*', '*_only',
  ]),
  ...rows(DATE, ['*_date', 'date', 'birthday', 'dob']),
  ...rows(MONEY, [
    'price', 'amount', 'total', 'cost', 'balance', 'fee', 'salary', 'subtotal', 'tax',
    '*_price', '*_amount', '*_total', '*_cost', '*_balance', '*_fee', '*_salary', '*_subtotal', '*_tax',
  ]),
  ...rows(INT, [
    'count', 'quantity', 'qty', '*_count', '*_quantity', '*_qty', 'number_of_*', 'age', 'position', 'order',
    'sort_order', 'display_order', 'rank', 'duration*', '*_minutes', '*_seconds', '*_hours', '*_days', 'year', '*_year',
    // amounts kept in the smallest unit are whole numbers; bounds and capacities count things
    '*_cents', 'min_*', 'max_*', '*_index', 'capacity', 'capacity_*', '*_capacity',
  ]),
  ...rows(FLOAT, ['latitude', 'longitude', 'lat', 'lng', 'lon']),
  ...rows(TEXT, [
    'description', 'content', 'body', 'notes', 'bio', 'comment', 'summary', 'text', 'message',
    '*_description', '*_content', '*_body', '*_notes', '*_text', '*_message',
  ]),
  ...rows(JSON_TYPE, ['metadata', 'settings', 'preferences', 'data', 'payload', '*_json', '*_metadata', '*_settings']),
  ...rows(STRING, [
    'email', 'url', 'name', 'title', 'slug', 'phone', 'code', 'status', 'type', 'role',
    '*_email', '*_url', '*_name', '*_title', '*_slug', '*_phone', '*_code', '*_status', '*_type', '*_role',
  ]),
];

/**
 * True when a snake_case name matches a name pattern: `*` stands for one or more words at the start
 * (`*_at`), the end (`is_*`) or the middle (`last_*_at`); without `*` the whole name must match.
 */
export function matchesNamePattern(name: string, pattern: string): boolean {
  const star = pattern.indexOf('*');
  if (star > 0 && star < pattern.length - 1) {
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    return name.length > prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix);
  }
  if (pattern.startsWith('*')) {
    const suffix = pattern.slice(1);
    return name.length > suffix.length && name.endsWith(suffix);
  }
  if (pattern.endsWith('*')) {
    const prefix = pattern.slice(0, -1);
    return name.length >= prefix.length && name.startsWith(prefix) && (name.length > prefix.length || !prefix.endsWith('_'));
  }
  return name === pattern;
}

/** The type a snake_case column name implies, or undefined when the name says nothing. */
export function typeFromName(name: string, rules: readonly NameTypeRule[] = NAME_TYPE_RULES): ScalarType | undefined {
  return rules.find((r) => matchesNamePattern(name, r.pattern))?.type;
}
