/**
 * Lookup tables: few columns, no foreign keys, and a name like these (last word, singular). They get a
 * handful of rows, and their name-like column takes values from `LOOKUP_VALUES` when the word has a list.
 */
export const LOOKUP_TABLE_WORDS: readonly string[] = [
  'category', 'tag', 'label', 'role', 'permission', 'status', 'state', 'type', 'kind', 'priority', 'level',
  'tier', 'plan', 'currency', 'language', 'locale', 'country', 'region', 'genre', 'topic', 'department',
  'skill', 'unit', 'color', 'size', 'brand', 'channel', 'stage', 'reason', 'source', 'method',
];

/** Realistic values for the name-like column of a lookup table, by the table's last word (singular). */
export const LOOKUP_VALUES: Readonly<Record<string, readonly string[]>> = {
  category: ['Books', 'Electronics', 'Garden', 'Kitchen', 'Music', 'Outdoors', 'Sports', 'Toys', 'Travel', 'Wellness'],
  tag: ['urgent', 'backend', 'design', 'frontend', 'research', 'billing', 'mobile', 'security', 'docs', 'ops'],
  label: ['bug', 'feature', 'question', 'duplicate', 'wontfix', 'help wanted', 'blocked', 'chore'],
  role: ['admin', 'editor', 'viewer', 'owner', 'guest', 'moderator', 'member', 'auditor'],
  permission: ['read', 'write', 'delete', 'invite', 'export', 'manage billing', 'manage users', 'publish'],
  status: ['active', 'pending', 'archived', 'suspended', 'draft', 'closed', 'open', 'on hold'],
  state: ['new', 'in progress', 'done', 'cancelled', 'review', 'blocked'],
  type: ['standard', 'premium', 'internal', 'external', 'trial', 'partner'],
  kind: ['primary', 'secondary', 'temporary', 'recurring', 'one-off', 'seasonal'],
  priority: ['low', 'medium', 'high', 'critical', 'trivial'],
  level: ['beginner', 'intermediate', 'advanced', 'expert', 'master'],
  tier: ['free', 'basic', 'pro', 'team', 'enterprise'],
  plan: ['free', 'starter', 'growth', 'business', 'enterprise'],
  currency: ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'SEK'],
  language: ['English', 'French', 'German', 'Spanish', 'Japanese', 'Portuguese', 'Italian', 'Dutch'],
  locale: ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'ja-JP', 'pt-BR', 'it-IT'],
  genre: ['Fantasy', 'Mystery', 'Science fiction', 'Biography', 'History', 'Romance', 'Poetry', 'Thriller'],
  topic: ['Getting started', 'Billing', 'Integrations', 'Security', 'Reporting', 'Accounts', 'Mobile app'],
  department: ['Engineering', 'Sales', 'Marketing', 'Finance', 'Support', 'Operations', 'Legal', 'People'],
  skill: ['TypeScript', 'SQL', 'Design', 'Writing', 'Testing', 'Public speaking', 'Negotiation', 'Analytics'],
  unit: ['piece', 'kilogram', 'litre', 'metre', 'box', 'hour', 'pack', 'dozen'],
  size: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
  channel: ['email', 'sms', 'push', 'in-app', 'phone', 'chat'],
  stage: ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'],
  method: ['card', 'bank transfer', 'cash', 'paypal', 'invoice', 'voucher'],
};
