import type { DatabaseProvider, Orm } from '@schemawright/ir';

/**
 * Word tables behind `collect/signals`: product names, stance words and design phrases. Data, not code:
 * teach a new spelling by adding a row. Patterns are regular-expression sources matched case-insensitively
 * on whole words unless `caseSensitive` is set (for names that are also common English words).
 */
export interface NameWord<T extends string> {
  readonly pattern: string;
  readonly value: T;
  readonly caseSensitive?: boolean;
}

/** Database products → the Prisma provider they run on (Supabase and Neon are PostgreSQL, PlanetScale is MySQL). */
export const DATABASE_WORDS: readonly NameWord<DatabaseProvider>[] = [
  { pattern: 'postgres(?:ql)?', value: 'postgresql' },
  { pattern: 'supabase', value: 'postgresql' },
  { pattern: 'Neon(?:\\.tech)?', value: 'postgresql', caseSensitive: true },
  { pattern: 'timescale(?:db)?', value: 'postgresql' },
  { pattern: 'mysql', value: 'mysql' },
  { pattern: 'mariadb', value: 'mysql' },
  { pattern: 'planet ?scale', value: 'mysql' },
  { pattern: 'sqlite3?', value: 'sqlite' },
  { pattern: 'libsql', value: 'sqlite' },
  { pattern: 'Turso', value: 'sqlite', caseSensitive: true },
  { pattern: 'sql ?server', value: 'sqlserver' },
  { pattern: 'ms ?sql', value: 'sqlserver' },
  { pattern: 'azure sql', value: 'sqlserver' },
  { pattern: 'cockroach(?:db)?', value: 'cockroachdb' },
  { pattern: 'mongo(?:db)?', value: 'mongodb' },
  { pattern: 'mongoose', value: 'mongodb' },
];

/** ORMs we can recommend. Nest.js projects name TypeORM through `@nestjs/typeorm`, which matches `typeorm`. */
export const ORM_WORDS: readonly NameWord<Orm>[] = [
  { pattern: 'prisma', value: 'prisma' },
  { pattern: 'typeorm', value: 'typeorm' },
  { pattern: 'drizzle(?:-orm|-kit)', value: 'drizzle' },
  { pattern: 'Drizzle', value: 'drizzle', caseSensitive: true },
];

/**
 * How strongly a mention names the product, by stance. The collector stores it as the fact's confidence;
 * `chooseDatabase` sums it per product.
 */
export const STANCE_CONFIDENCE = {
  /** `provider = "postgresql"`, a connection URL, a docker image: the project is configured for it. */
  configured: 0.95,
  /** "we chose / use / built on X", "Database: X", "X (primary)". */
  chosen: 0.9,
  /** A plain mention. */
  mention: 0.6,
  /** "X or Y", "X/Y": one of several options. */
  alternative: 0.4,
  /** A local cache, an offline store, a test database: a second store beside the main one. */
  secondary: 0.3,
  /** "faster than X", "X vs Y", a mention in an "Alternatives considered" section. */
  compared: 0.2,
} as const;

export type Stance = keyof typeof STANCE_CONFIDENCE | 'rejected';

/** Words right before a name (a few filler words allowed) that choose it. */
export const CHOOSING_BEFORE: readonly string[] = [
  'use', 'uses', 'used', 'using', 'chose', 'choose', 'chosen', 'choosing', 'select', 'selected', 'pick', 'picked',
  'adopt', 'adopted', 'adopting', 'built on', 'built with', 'build on', 'build with', 'powered by', 'runs on', 'run on',
  'running on', 'backed by', 'stored in', 'store in', 'stores in', 'persisted in', 'persist to', 'persists to',
  'hosted on', 'go with', 'going with', 'went with', 'rely on', 'relies on', 'standardize on', 'standardized on',
  'on top of', 'leverage', 'leverages', 'leveraging', 'is', 'are', 'will be', 'recommend', 'recommended',
  '采用', '使用', '选择', '选用', '基于',
];

/** A label right before a name: "Database: X", "| DB | X |", "**ORM:** X". */
export const LABEL_BEFORE: readonly string[] = ['database', 'db', 'orm', 'data store', 'datastore', 'storage', 'persistence', 'data layer', '数据库'];

/** Words right before a name (a few filler words allowed) that turn it down. */
export const REJECTING_BEFORE: readonly string[] = [
  'not', 'no', 'never', 'without', 'over', 'unlike', 'avoid', 'avoiding', 'against', 'ditch', 'drop', 'dropped',
  'replace', 'replaces', 'replaced', 'replacing', 'why not', 'instead of', 'rather than', 'away from', 'migrate from',
  'migrated from', 'migrating from', 'switched from', 'switch from', 'moved from', 'move from', '不使用', '放弃',
];

/** Rejecting words that reach a name from anywhere earlier in its clause ("instead of a document store like X"). */
export const REJECTING_IN_CLAUSE: readonly string[] = ['instead of', 'rather than', 'migrating away from', 'moved away from'];

/** Filler words allowed between a stance word and the name ("not a", "instead of using the"). */
export const FILLER_WORDS: readonly string[] = [
  'a', 'an', 'the', 'any', 'use', 'using', 'need', 'needs', 'needed', 'plain', 'raw', 'just', 'only', 'like', 'to',
  'managed', 'hosted', 'self-hosted', 'serverless', 'cloud', 'our', 'their', 'its', 'go with', 'separate',
];

/** Negations that deny a design phrase a few words later ("we do not issue invoices"). */
export const NEGATIONS: readonly string[] = ['not', 'no', 'never', 'without', "don't", "doesn't", "won't", 'nor', '不', '无需', '不需要'];

/** Words right after a name that turn it down ("X was rejected", "X: not needed"). */
export const REJECTING_AFTER: readonly string[] = [
  'was rejected', 'were rejected', 'is rejected', 'rejected', 'was ruled out', 'ruled out', 'was dropped', 'was not chosen',
  'was not selected', 'is not needed', 'is not required', 'not needed', 'is not a fit', 'is not used', 'was considered but',
  'is out of scope', 'was replaced', 'was removed', 'is deprecated',
];

/** Comparison words on either side of a name: the name is compared, not chosen. */
export const COMPARING: readonly string[] = ['vs', 'vs.', 'versus', 'than', 'compared to', 'compared with', 'comparison with'];

/** Words linking alternatives: "X or Y", "X/Y", "either X". */
export const ALTERNATIVE_LINKS: readonly string[] = ['or', '/', 'either', 'alternatively'];

/** Words in a clause (or table row) marking the main store: they make a mention a choice. */
export const PRIMARY_WORDS: readonly string[] = ['primary', 'main', 'principal', 'system of record', 'source of truth', 'production database', '主数据库'];

/** Role words in a table row ("| Prisma | 6.x | Database ORM |"): a stack table naming what the project uses. */
export const STACK_ROW_WORDS: readonly string[] = ['database', 'db', 'orm', 'data store', 'datastore', 'persistence', 'data layer', '数据库'];

/** Words in a clause marking a second store beside the main one. */
export const SECONDARY_WORDS: readonly string[] = [
  'local', 'locally', 'offline', 'cache', 'caching', 'cached', 'on-device', 'client-side', 'in-memory', 'tests',
  'testing', 'e2e', 'dev only', 'development only', 'prototyping', '本地', '缓存', '测试',
];

/** Table-row verdict cells: a row that says so rejects or chooses every name in it. */
export const ROW_REJECTED: readonly string[] = ['rejected', 'not chosen', 'not selected', '✗', '❌', '否决', '不采用', '放弃'];
export const ROW_CHOSEN: readonly string[] = ['chosen', 'selected', 'recommended', '✓', '✅', '采用', '选用', '推荐'];

/** Line marks that negate the whole line ("❌ offline support" in a scope list). */
export const NEGATING_MARKS: readonly string[] = ['❌', '✗', '🚫', '⛔'];

/** Headings whose sections compare or list alternatives: names there are compared, not chosen. */
export const COMPARING_HEADINGS: readonly string[] = [
  'alternative', 'alternatives', 'why not', 'rejected', 'comparison', 'compared', 'competitor', 'competitors',
  'competitive', 'competition', 'prior art', 'existing solutions', 'trade-offs considered', 'options considered',
  '竞品', '对比', '备选',
];

/** Headings whose sections are out of scope: design signals there do not count. */
export const OUT_OF_SCOPE_HEADINGS: readonly string[] = [
  'out of scope', 'out-of-scope', 'non-goals', 'non goals', 'not in the mvp', 'not in mvp', 'not in scope', 'future',
  'later', 'roadmap', "won't have", 'exclusions', 'post-mvp', '不包含', '未来',
];

/** Fence languages whose lines are code: only `CODE_PATTERNS` apply there. Other fences (diagrams) read as text. */
export const CODE_LANGUAGES: readonly string[] = [
  'prisma', 'sql', 'ts', 'typescript', 'js', 'javascript', 'tsx', 'jsx', 'json', 'jsonc', 'yaml', 'yml', 'env', 'dotenv',
  'bash', 'sh', 'shell', 'zsh', 'console', 'toml', 'dockerfile', 'docker', 'python', 'py', 'go', 'java', 'kotlin',
  'csharp', 'cs', 'ruby', 'rb', 'php', 'rust', 'ini', 'properties', 'graphql', 'gql', 'prql', 'pgsql', 'postgresql', 'mysql',
];

/** A code-line pattern and the signal it carries. */
export interface CodePattern {
  readonly pattern: string;
  readonly signal: 'database' | 'orm';
  readonly value: string;
}

/** Configuration lines that fix the database or ORM: Prisma datasources, URLs, images, imports, installs. */
export const CODE_PATTERNS: readonly CodePattern[] = [
  { pattern: 'provider\\s*=\\s*"postgres(?:ql)?"', signal: 'database', value: 'postgresql' },
  { pattern: 'provider\\s*=\\s*"mysql"', signal: 'database', value: 'mysql' },
  { pattern: 'provider\\s*=\\s*"sqlite"', signal: 'database', value: 'sqlite' },
  { pattern: 'provider\\s*=\\s*"sqlserver"', signal: 'database', value: 'sqlserver' },
  { pattern: 'provider\\s*=\\s*"cockroachdb"', signal: 'database', value: 'cockroachdb' },
  { pattern: 'provider\\s*=\\s*"mongodb"', signal: 'database', value: 'mongodb' },
  { pattern: '\\bpostgres(?:ql)?://', signal: 'database', value: 'postgresql' },
  { pattern: '\\bmysql://', signal: 'database', value: 'mysql' },
  { pattern: '\\bmongodb(?:\\+srv)?://', signal: 'database', value: 'mongodb' },
  { pattern: '\\bsqlserver://', signal: 'database', value: 'sqlserver' },
  { pattern: '"file:[^"]*\\.db"', signal: 'database', value: 'sqlite' },
  { pattern: '\\bimage:\\s*["\']?(?:postgres|postgis/postgis|supabase/postgres)[:"\'\\s]', signal: 'database', value: 'postgresql' },
  { pattern: '\\bimage:\\s*["\']?(?:mysql|mariadb)[:"\'\\s]', signal: 'database', value: 'mysql' },
  { pattern: '\\bimage:\\s*["\']?mongo[:"\'\\s]', signal: 'database', value: 'mongodb' },
  { pattern: '@prisma/client|\\bprisma (?:migrate|generate|db push|init)\\b|\\bnew PrismaClient\\b', signal: 'orm', value: 'prisma' },
  { pattern: '\\bfrom [\'"](?:typeorm|@nestjs/typeorm)[\'"]|\\bTypeOrmModule\\b', signal: 'orm', value: 'typeorm' },
  { pattern: '\\bfrom [\'"]drizzle-orm(?:/[\\w-]+)?[\'"]|\\bdrizzle-kit\\b', signal: 'orm', value: 'drizzle' },
];

/** Design signals: each kind and the phrases that raise it. `strong` phrases count double for the choice. */
export interface DesignSignalWords {
  readonly signal: DesignSignal;
  readonly phrases: readonly string[];
  readonly strong: readonly string[];
}

export type DesignSignal =
  | 'money' | 'many-to-many' | 'document' | 'geo' | 'full-text' | 'multi-tenant' | 'offline' | 'embedded' | 'volume' | 'relational';

export const DESIGN_SIGNAL_WORDS: readonly DesignSignalWords[] = [
  { signal: 'money', strong: ['payments?', 'billing', 'invoices?', 'refunds?', 'checkout', 'ledger', 'payroll', 'currenc(?:y|ies)'],
    phrases: ['money', 'prices?', 'pricing', 'transactions?', 'wallets?', 'balances?', 'revenue', 'fees?', 'salar(?:y|ies)', 'subscription billing', 'amounts? due'] },
  { signal: 'many-to-many', strong: ['many[- ]to[- ]many', 'm:n', 'n:m', 'm-n', 'n-m', 'junction tables?', 'join tables?'],
    phrases: ['belongs? to (?:multiple|many|several)', 'can be in (?:multiple|many|several)', 'assigned to (?:multiple|many|several)'] },
  { signal: 'document', strong: ['schema-?less', 'document[- ](?:database|store|oriented|model)', 'flexible schemas?', 'document-shaped', 'nested documents?'],
    phrases: ['json documents?', 'jsonb', 'json (?:columns?|blobs?|fields?)', 'arbitrary fields', 'dynamic fields', 'custom fields', 'unstructured data', 'free-form (?:data|fields|attributes)'] },
  { signal: 'geo', strong: ['geospatial', 'postgis', 'geofenc\\w*', 'latitude', 'longitude'],
    phrases: ['geolocation', 'gps', 'coordinates', 'nearby', 'proximity', 'location-based', 'within \\d+ ?(?:km|mi|miles|meters)'] },
  { signal: 'full-text', strong: ['full[- ]?text(?: search)?', 'tsvector', 'fulltext', 'elasticsearch', 'meilisearch', 'algolia', 'typesense'],
    phrases: ['keyword search', 'text search', 'fuzzy search', 'search across', 'autocomplete', 'typeahead'] },
  { signal: 'multi-tenant', strong: ['multi-?tenan(?:t|cy|ted)', 'tenant isolation'],
    phrases: ['tenant[_ ]id', 'row[- ]level security', 'rls', 'per-organi[sz]ation isolation'] },
  { signal: 'offline', strong: ['offline[- ]first', 'local[- ]first'],
    phrases: ['offline', 'works without (?:internet|a connection|network)', 'sync on reconnect'] },
  { signal: 'embedded', strong: ['embedded (?:database|db|store)', 'on-device (?:database|db|storage)', 'single[- ]file database'],
    phrases: ['desktop app(?:lication)?', 'electron', 'single[- ]user', 'runs locally', 'no (?:backend|server)'] },
  { signal: 'volume', strong: ['millions', 'billions', 'high[- ]volume', 'high[- ]throughput', 'append[- ]only', 'event sourcing', 'time[- ]series'],
    phrases: ['\\d+(?:[.,]\\d+)?\\s?(?:k|m|thousand|million)\\+? (?:rows|records|events|requests|messages|orders|writes)', 'audit (?:logs?|trail)', 'event logs?', 'activity logs?', 'telemetry', 'per second'] },
  { signal: 'relational', strong: ['acid', 'referential integrity', 'foreign keys?', 'relational (?:database|model|data|integrity)', 'strong consistency'],
    phrases: ['normali[sz]ed', 'transactional', 'relational'] },
];

/**
 * Phrases that ask for access paths: "filter by status", "sort tasks by due date", "search contacts by name".
 * `verbs` is a regex source for the verb and up to a few object words before "by".
 */
export const ACCESS_PATH_WORDS: readonly { readonly signal: 'filter-by' | 'sort-by' | 'search-by'; readonly verbs: string }[] = [
  { signal: 'filter-by', verbs: '(?:filter(?:s|ed|ing)?|segment(?:s|ed)?|quer(?:y|ies|ied)|look(?:s|ed|ing)? up)(?:\\s*/\\s*[a-z]+)?(?:\\s+[\\w-]+){0,3}?' },
  { signal: 'sort-by', verbs: '(?:sort(?:s|ed|ing)?|rank(?:s|ed|ing)?)(?:\\s*/\\s*[a-z]+)?(?:\\s+[\\w-]+){0,3}?|ordered|order|grouped' },
  { signal: 'search-by', verbs: '(?:search(?:es|ed|ing)?|find(?:s|ing)?)(?:\\s*/\\s*[a-z]+)?(?:\\s+[\\w-]+){0,3}?' },
];

/** Words that end a field list after "by …". */
export const FIELD_LIST_STOPS: readonly string[] = [
  'to', 'in', 'on', 'for', 'with', 'from', 'when', 'so', 'that', 'which', 'where', 'while', 'using', 'via', 'within',
  'per', 'into', 'then', 'if', 'as', 'at', 'of', 'default', 'returns', 'shows', 'should', 'must', 'can', 'will', 'is', 'are',
];

/** Words dropped from the end of field names ("created date range" → created date). */
export const FIELD_TRAILING: readonly string[] = ['range', 'ranges', 'asc', 'desc', 'ascending', 'descending', 'field', 'fields', 'column', 'value', 'values'];

/** Words dropped from field names ("the due date" → due date). */
export const FIELD_FILLER: readonly string[] = ['the', 'a', 'an', 'their', 'its', 'his', 'her', 'my', 'your', 'our', 'specific', 'any', 'either', 'etc'];
