/**
 * Word tables for reading entities out of prose. Data, not code: every list is lower-case, singular
 * where it lists nouns, and generic English, never a name taken from a measured document.
 */

/**
 * Nouns that are never entities of a data model: the software itself, its screens and widgets, vague
 * words for "stuff", and parts of speech that look like nouns in requirement prose.
 */
export const NON_ENTITY_NOUNS: ReadonlySet<string> = new Set([
  'system', 'application', 'app', 'software', 'platform', 'tool', 'website', 'site', 'web', 'portal', 'service',
  'screen', 'view', 'button', 'form', 'field', 'link', 'menu', 'dashboard', 'tab', 'modal', 'dialog', 'popup',
  'interface', 'ui', 'ux', 'frontend', 'backend', 'server', 'api', 'endpoint', 'database', 'db', 'table',
  'data', 'datum', 'information', 'info', 'detail', 'thing', 'stuff', 'content', 'csv', 'pdf', 'json', 'jsonb', 'sql', 'auto',
  'filter', 'query', 'path', 'route', 'component', 'layer', 'infrastructure', 'architecture', 'deployment', 'logging', 'testing',
  'drag', 'tap', 'click', 'swipe', 'scroll', 'action', 'result', 'history', 'analytics', 'chart', 'middleware', 'isolation',
  'way', 'case', 'example', 'reason', 'purpose', 'goal', 'aim', 'need', 'requirement', 'feature', 'functionality',
  'function', 'capability', 'option', 'step', 'process', 'phase', 'stage', 'part', 'kind', 'sort', 'lot', 'set', 'series',
  'list', 'number', 'amount', 'total', 'time', 'moment', 'day', 'week', 'month', 'year', 'hour', 'minute', 'second',
  'end', 'start', 'beginning', 'rest', 'fact', 'point', 'addition', 'instance', 'use', 'basis', 'term',
  'one', 'other', 'others', 'someone', 'anyone', 'everyone', 'people', 'we', 'you', 'they',
  'access', 'support', 'ability', 'management', 'tracking', 'control', 'overview', 'summary', 'description', 'diagram',
  'class', 'model', 'specification', 'exercise', 'solution', 'idea', 'startup', 'domain', 'scope', 'overhead',
  'demand', 'trend', 'hype', 'future', 'success', 'sake', 'simplicity', 'mvp', 'prd', 'requirement', 'story', 'criterion',
  'scenario', 'flow', 'journey', 'workflow', 'module', 'section', 'chapter', 'appendix', 'glossary', 'note', 'todo',
  'version', 'release', 'sprint', 'milestone', 'roadmap', 'metric', 'kpi', 'performance', 'security', 'usability',
  'scalability', 'reliability', 'availability', 'accessibility', 'compliance', 'privacy', 'mobile', 'desktop', 'browser',
  'email notification', 'notification system', 'error', 'value', 'status', 'state', 'type', 'name',
  'life', 'world', 'everything', 'anything', 'nothing', 'something', 'help', 'quality', 'range',
  'context', 'aspect', 'condition', 'rule', 'logic', 'change', 'update', 'problem', 'issue', 
  'structure', 'hierarchy', 'relationship', 'relation', 'association', 'connection', 'combination', 'distinction',
]);

/**
 * Head nouns that name a property, not a thing: "the name", "a start date", "the number of seats". An
 * object with such a head after "has" is an attribute; such a phrase is never an entity.
 */
export const ATTRIBUTE_HEADS: ReadonlySet<string> = new Set([
  'name', 'title', 'label', 'description', 'summary', 'note', 'comment', 'text', 'body', 'content', 'bio', 'remark',
  'number', 'no', 'nr', 'code', 'id', 'identifier', 'key', 'reference', 'ref', 'serial', 'sku', 'isbn', 'ssn', 'vin',
  'date', 'time', 'timestamp', 'datetime', 'day', 'year', 'month', 'hour', 'duration', 'period', 'deadline', 'birthday',
  'age', 'price', 'cost', 'fee', 'amount', 'total', 'balance', 'salary', 'rate', 'discount', 'tax', 'vat', 'budget',
  'quantity', 'count', 'size', 'weight', 'height', 'width', 'length', 'depth', 'volume', 'capacity', 'distance', 'level',
  'score', 'rating', 'rank', 'grade', 'point', 'percentage', 'ratio', 'limit', 'threshold', 'minimum', 'maximum', 'min', 'max',
  'address', 'street', 'city', 'zip', 'postcode', 'email', 'phone', 'telephone', 'fax', 'url', 'website', 'homepage',
  'status', 'state', 'type', 'kind', 'flag', 'version', 'color', 'colour', 'currency', 'unit', 'format',
  'password', 'username', 'login', 'nickname', 'avatar', 'photo', 'picture', 'image', 'logo', 'icon', 'thumbnail',
  'position', 'latitude', 'longitude', 'coordinate', 'language', 'locale', 'timezone', 'gender', 'nationality',
  'value', 'priority', 'genre', 'plot', 'license', 'licence', 'designation', 'stock', 'turnover', 'consumption', 'energy',
  'visit', 'hours', 'availability', 'education', 'field of activity', 'specialty', 'speciality', 'role',
  'origin', 'destination', 'mode', 'method', 'frequency', 'interval', 'lives', 'x', 'y', 'z', 'direction', 'speed',
]);

/**
 * Adjectives and determiners that do not classify a thing ("a specific flight", "the new customer"):
 * dropped from entity names, kept out of attribute names.
 */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set([
  'specific', 'particular', 'certain', 'given', 'new', 'other', 'another', 'different', 'several', 'many', 'multiple',
  'various', 'same', 'own', 'single', 'exact', 'respective', 'corresponding', 'additional', 'such', 'whole', 'entire',
  'individual', 'existing', 'actual', 'relevant', 'appropriate', 'possible', 'available', 'following', 'above', 'below',
  'further', 'more', 'most', 'much', 'few', 'first', 'second', 'third', 'last', 'next', 'previous', 'main', 'basic',
  'simple', 'large', 'small', 'big', 'huge', 'little', 'good', 'great', 'best', 'unique', 'whatever', 'any', 'all', 'some',
  'each', 'every', 'no', 'both', 'either', 'neither', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that',
  'these', 'those', 'so-called', 'called', 'intended', 'desired', 'chosen', 'selected', 'required', 'optional', 'current',
  'total', 'full', 'complete', 'detailed', 'separate', 'related', 'associated', 'connected', 'various', 'numerous',
  'potential', 'suitable', 'normal', 'typical', 'usual', 'common', 'general', 'overall',
  // when a thing happens or how often: a state or a period, not a kind ("upcoming sessions", "the monthly invoice")
  'upcoming', 'recent', 'latest', 'past', 'former', 'earlier', 'later', 'future', 'daily', 'weekly', 'monthly',
  'quarterly', 'yearly', 'annual',
]);

/** Pronouns and demonstratives that stand for an earlier noun phrase ("their names are stored"). */
export const ANAPHORS: ReadonlySet<string> = new Set(['it', 'its', 'they', 'their', 'them', 'he', 'she', 'his', 'her', 'this', 'these', 'those', 'which', 'whose', 'who', 'that']);

/**
 * Event and transaction nouns: things that happen between two other entities and carry their own data.
 * One mention is enough support for them.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'booking', 'reservation', 'enrollment', 'enrolment', 'registration', 'subscription', 'membership', 'payment',
  'order', 'purchase', 'sale', 'transaction', 'invoice', 'ticket', 'appointment', 'visit', 'assignment', 'rental',
  'loan', 'delivery', 'shipment', 'transfer', 'review', 'rating', 'vote', 'submission', 'attempt', 'application',
  'request', 'invitation', 'contract', 'acquisition', 'consultation', 'examination', 'diagnosis', 'treatment',
  'participation', 'attendance', 'session', 'meeting', 'event', 'trip', 'ride', 'flight', 'stay', 'refund', 'claim',
]);

/**
 * Nouns that are entities only with strong support (two relations, or a relation and attributes): in
 * requirement prose they usually mean a screen or a vague "thing", but a domain can own them.
 */
export const WEAK_ENTITY_NOUNS: ReadonlySet<string> = new Set([
  'page', 'item', 'object', 'element', 'record', 'entry', 'client', 'group',
  'document', 'file', 'message', 'event', 'session', 'report', 'setting', 'location', 'copy', 'line', 'unit', 'state',
]);

/** Words that pad a heading around the thing it is about ("Customer Details", "Course Management"). */
export const HEADING_NOISE: ReadonlySet<string> = new Set([
  'detail', 'management', 'module', 'section', 'overview', 'list', 'page', 'screen', 'view', 'setting', 'configuration',
  'administration', 'admin', 'tracking', 'handling', 'processing', 'flow', 'feature', 'requirement', 'entity', 'table',
  'model', 'data', 'information', 'record', 'form', 'dashboard', 'report', 'history', 'integration', 'system', 'creation',
]);

/** Heads of "X of Y" attribute phrases that read as "Y X" ("date of birth" → birth date). */
export const REORDERED_OF_HEADS: ReadonlySet<string> = new Set([
  'date', 'time', 'year', 'place', 'name', 'address', 'type', 'level', 'status', 'state', 'day', 'month', 'location',
  'price', 'cost', 'field', 'start', 'end',
]);

/**
 * Property-like heads that do not make "the X of the Y" an attribute of Y: they count, group or classify
 * ("the number of seats", "the type of stay", "a set of questions", "the position on the list").
 */
export const OF_ATTRIBUTE_SKIPPED_HEADS: ReadonlySet<string> = new Set([
  'number', 'count', 'amount', 'quantity', 'total', 'type', 'kind', 'value', 'unit', 'level', 'position', 'point',
  'state', 'mode', 'format', 'version', 'key', 'reference', 'ref', 'limit', 'minimum', 'maximum', 'min', 'max', 'role',
]);

/** Modifiers dropped from attribute names: they point or quantify, they do not name ("the specific date"). */
export const ATTRIBUTE_NOISE_MODIFIERS: ReadonlySet<string> = new Set([
  'specific', 'particular', 'certain', 'given', 'respective', 'corresponding', 'unique', 'its', 'their', 'his', 'her',
  'our', 'your', 'my', 'this', 'that', 'these', 'those', 'each', 'every', 'some', 'any', 'all', 'such', 'own', 'whose',
  'additional', 'following', 'relevant', 'appropriate', 'desired', 'intended', 'exact', 'same', 'other', 'several',
]);

/** Attribute names written in more than one way, mapped to the usual one ("email address" → email). */
export const ATTRIBUTE_SYNONYMS: Readonly<Record<string, string>> = {
  'email address': 'email', 'e-mail address': 'email', 'e-mail': 'email', 'mail address': 'email',
  'telephone number': 'phone number', 'mobile number': 'phone number', 'cell phone number': 'phone number',
  'social security number': 'ssn', 'web site': 'website', 'web address': 'website', 'zip': 'zip code', 'postal code': 'zip code', 'birthday': 'birth date',
  'starting time': 'start time', 'starting date': 'start date', 'ending time': 'end time', 'ending date': 'end date',
};

/**
 * Measure nouns that add nothing after a word that already names a property: "the priority score" is the
 * priority, "an x value" is x ("a tax rate" is not the tax: rates stay).
 */
export const REDUNDANT_MEASURE_HEADS: ReadonlySet<string> = new Set(['value', 'score']);

/**
 * Heads that make any compound a piece of the software rather than of its domain ("tenant-scoped data
 * layer", "prisma query", "database table", "platform branding"), whatever the modifiers.
 */
export const TECHNICAL_HEADS: ReadonlySet<string> = new Set([
  'table', 'column', 'row', 'component', 'layer', 'query', 'header', 'response', 'view', 'logic', 'branding', 'access',
  'management', 'isolation', 'persistence', 'sync', 'hook', 'endpoint', 'schema', 'migration', 'cache', 'caching',
  'reporting', 'handler', 'middleware', 'reducer', 'usestate', 'usereducer', 'state', 'prop', 'props', 'config',
  'configuration', 'environment', 'variable', 'script', 'library', 'framework', 'dependency', 'repository',
  'repo', 'instance', 'cluster', 'pipeline', 'bucket', 'queue', 'cron', 'webhook', 'sdk',
  'server', 'service', 'app', 'platform', 'website', 'portal', 'tool', 'process',
  'procedure', 'satisfaction', 'data', 'datum', 'information', 'info', 'detail', 'strategy', 'approach', 'pattern', 'architecture', 'design', 'implementation',
]);

/** Endings of hyphenated modifiers used as nouns by mistake ("mobile-first", "api-driven", "on-device"). */
export const TECHNICAL_SUFFIX = /-(first|driven|based|level|side|only|wide|like|friendly|ready|aware|enabled|scoped|owned|device|resource|time)$/;
