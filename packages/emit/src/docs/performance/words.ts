/**
 * Column and table words behind the performance advice. Data, not code: a name matches when it equals an
 * entry or ends with `_<entry>`.
 */

/** Columns that are natural keys: unique in the real world, so worth a unique constraint. */
export const NATURAL_KEY_COLUMNS: readonly string[] = [
  'email', 'slug', 'username', 'user_name', 'handle', 'sku', 'isbn', 'barcode', 'external_id', 'invoice_number',
  'order_number', 'reference', 'iban', 'domain', 'subdomain', 'code',
];

/** Columns that hold money. */
export const MONEY_COLUMNS: readonly string[] = [
  'price', 'amount', 'total', 'subtotal', 'cost', 'balance', 'fee', 'salary', 'tax', 'discount', 'revenue', 'payout',
  'refund', 'budget', 'deposit', 'charge', 'wage',
];

/** Columns that name the tenant of a row in a multi-tenant design. */
export const TENANT_COLUMNS: readonly string[] = ['tenant_id', 'organization_id', 'organisation_id', 'org_id', 'workspace_id', 'account_id', 'company_id'];

/** Text columns people search in. */
export const SEARCHABLE_COLUMNS: readonly string[] = [
  'title', 'name', 'description', 'body', 'content', 'summary', 'notes', 'note', 'comment', 'message', 'subject', 'bio', 'headline', 'keywords',
];

/** Table-name words of append-only, fast-growing tables: the partitioning candidates. */
export const VOLUME_TABLE_WORDS: readonly string[] = [
  'log', 'logs', 'event', 'events', 'audit', 'audits', 'activity', 'activities', 'message', 'messages', 'notification',
  'notifications', 'metric', 'metrics', 'reading', 'readings', 'history', 'histories', 'click', 'clicks', 'view', 'views',
  'impression', 'impressions', 'session', 'sessions', 'ledger', 'entries', 'transactions',
];

/** Time columns that order rows by when they were written, best first. */
export const TIME_ORDER_COLUMNS: readonly string[] = ['created_at', 'occurred_at', 'recorded_at', 'logged_at', 'sent_at', 'timestamp', 'happened_at', 'inserted_at'];

/** Columns holding coordinates. */
export const GEO_COLUMNS: readonly string[] = ['latitude', 'longitude', 'lat', 'lng', 'lon', 'location', 'coordinates', 'geo_point', 'position'];

/** True when `name` is one of `words` or (unless `exact`) ends with `_<word>`. */
export function nameMatches(name: string, words: readonly string[], exact = false): boolean {
  const n = name.toLowerCase();
  return words.some((w) => n === w || (!exact && n.endsWith(`_${w}`)));
}
