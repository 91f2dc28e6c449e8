/**
 * Words that classify headings and label paragraphs (`**Relationships**:`). Data, not code. All entries are
 * lower-case and compared against a heading's cleaned words (numbering, markup, emoji gone).
 */

/** A heading containing one of these introduces the data model: the headings under it are entity candidates. */
export const DATA_MODEL_HEADING_WORDS: readonly string[] = [
  'data model', 'data models', 'data modeling', 'domain model', 'domain models', 'entities', 'core entities',
  'key entities', 'main entities', 'entity', 'database schema', 'database design', 'database tables', 'db schema',
  'data architecture', 'data structure', 'data structures', 'models', 'schema', 'schemas', 'tables', 'data dictionary',
  'er model', 'erd', 'entity relationship', 'entity relationships', 'persistence', 'storage model', 'collections',
  '数据模型', '数据库设计', '表结构', '实体', '表字段定义', '字段定义', '数据表', 'modelo de datos', 'modelo de dados',
];

/** Headings or labels that introduce the relationships of the entity above them. */
export const RELATIONSHIP_LABELS: readonly string[] = [
  'relationships', 'relationship', 'relations', 'associations', 'key relationships', 'foreign keys', 'references',
  'links', 'entity relationships', 'core entity relationships', 'relaciones', 'relacionamentos', '关系', '关联',
];

/** Headings or labels that introduce the fields of the entity above them (not entities themselves). */
export const FIELD_LABELS: readonly string[] = [
  'fields', 'attributes', 'key attributes', 'key fields', 'columns', 'properties', 'structure', 'schema', 'main fields',
  'core fields', 'data fields', 'campos', 'atributos', '字段', '属性',
];

/** Labels that introduce closed value lists for the entity above them. */
export const ENUM_LABELS: readonly string[] = ['enums', 'enum', 'enumerations', 'allowed values', 'values', 'statuses', 'status values'];

/** Labels that introduce index and key notes (`**Indexes**:`, `**约束**：`). */
export const INDEX_LABELS: readonly string[] = [
  'indexes', 'indices', 'index', 'constraints', 'unique constraints', 'keys', 'index recommendations', '索引', '约束',
];

/**
 * Headings and labels that are never entities, whatever follows them: rules, indexes, API and configuration
 * sections (a `Name | Type` table of request parameters or environment variables is not an entity).
 */
export const NEVER_ENTITY_WORDS: readonly string[] = [
  'business rules', 'rules', 'validation', 'validation rules', 'validations', 'indexes', 'indices', 'index',
  'constraints', 'examples', 'example', 'tech stack', 'technology stack', 'stack', 'frontend', 'backend',
  'infrastructure', 'deployment', 'hosting', 'security', 'performance', 'testing', 'monitoring', 'api', 'apis',
  'endpoints', 'api endpoints', 'routes', 'request', 'request body', 'response', 'response body', 'payload',
  'parameters', 'query parameters', 'path parameters', 'headers', 'environment', 'environment variables', 'env',
  'configuration', 'config', 'props', 'arguments', 'migration', 'migrations', 'migration strategy',
  'seed data', 'caching', '索引', '约束', '外键策略', '外键', '说明', '备注', '注意', '规则',
];

/**
 * Section headings that are rarely entities (`Goals`, `Features`, `Questions`): they count only with strong
 * evidence such as typed fields or a column list, since a quiz app does have `Questions`.
 */
export const SECTION_WORDS: readonly string[] = [
  'overview', 'introduction', 'summary', 'description', 'purpose', 'goals', 'non goals', 'scope', 'background',
  'features', 'feature list', 'key features', 'core features', 'user stories', 'stories', 'acceptance criteria',
  'requirements', 'functional requirements', 'non functional requirements', 'risks', 'risk', 'mitigation',
  'assumptions', 'dependencies', 'open questions', 'questions', 'database', 'roadmap', 'timeline', 'milestones',
  'phases', 'success metrics', 'metrics', 'kpis', 'glossary', 'out of scope', 'future enhancements', 'future',
  'changelog', 'references', 'appendix', 'enums', 'enumerations', 'storage', 'authentication', 'authorization',
  'notes', 'note', 'options',
];

/** True when `phrase` (already lower-case, cleaned) equals or contains one of `words` as whole words. */
export function matchesWords(phrase: string, words: readonly string[]): boolean {
  const p = ` ${phrase} `;
  // Chinese and Japanese headings have no spaces between words: match those entries anywhere.
  return words.some((w) => p.includes(` ${w} `) || (/[\u3040-\u9fff]/u.test(w) && phrase.includes(w)));
}

/** True when `phrase` (already lower-case, cleaned) is exactly one of `words`. */
export function isOneOf(phrase: string, words: readonly string[]): boolean {
  return words.includes(phrase);
}
