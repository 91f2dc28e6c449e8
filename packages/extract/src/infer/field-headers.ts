/**
 * Header words of markdown tables that describe data, as teams write them. Data, not code: add a word to
 * teach a new spelling. Keys are normalized: lower-case, punctuation and markup removed, single spaces.
 */

/** What a column of a field table holds. */
export type FieldColumnRole =
  | 'name'
  | 'type'
  | 'required'
  | 'nullable'
  | 'constraints'
  | 'default'
  | 'references'
  | 'values'
  | 'notes';

/** Header words of a field table (`Field | Type | Required | Description`), by column role. */
export const FIELD_HEADER_WORDS: Readonly<Record<FieldColumnRole, readonly string[]>> = {
  name: [
    'field', 'fields', 'field name', 'column', 'columns', 'column name', 'attribute', 'attributes', 'attribute name',
    'name', 'property', 'properties', 'property name', 'field key', 'db column', 'database column',
    '字段', '字段名', '列名', '属性', '名称', 'campo', 'columna', 'atributo', 'nome', 'champ', 'spalte',
  ],
  type: [
    'type', 'data type', 'datatype', 'field type', 'column type', 'db type', 'sql type', 'database type', 'value type',
    'type length', 'format', '类型', '数据类型', 'tipo', 'tipo de dato', 'tipo de dado', 'typ',
  ],
  required: ['required', 'req', 'mandatory', 'not null', '必填', '是否必填', 'obligatorio', 'obrigatório', 'obrigatorio'],
  nullable: ['nullable', 'null', 'optional', 'allow null', 'allows null', 'is nullable', '可空', '允许为空', 'nulo'],
  constraints: [
    'constraints', 'constraint', 'key', 'keys', 'pk fk', 'pk', 'index', 'modifiers', 'flags', 'attributes constraints',
    'rules', 'validation', '约束', '键', 'restricciones', 'restrições',
  ],
  default: ['default', 'default value', 'defaults', '默认值', '默认', 'valor por defecto', 'padrão', 'padrao'],
  references: ['references', 'reference', 'foreign key', 'fk', 'relation', 'relationship', 'links to'],
  values: ['values', 'allowed values', 'enum values', 'options', 'possible values'],
  notes: [
    'notes', 'note', 'description', 'desc', 'details', 'comment', 'comments', 'purpose', 'meaning', 'remarks', 'example',
    'examples', '说明', '描述', '备注', 'descripción', 'descrição', 'descricao', 'beschreibung',
  ],
};

/** What a column of a table-list grid (`Table | Purpose`) holds. */
export type ListColumnRole = 'entity' | 'purpose' | 'columns' | 'relationships';

/** Header words of a table-list grid: one entity per row. */
export const TABLE_LIST_HEADER_WORDS: Readonly<Record<ListColumnRole, readonly string[]>> = {
  entity: [
    'table', 'tables', 'table name', 'entity', 'entities', 'entity name', 'model', 'models', 'collection', 'collections',
    'object', 'record', 'resource', '表', '表名', '实体', 'tabla', 'entidad', 'tabela', 'entidade',
  ],
  purpose: ['purpose', 'description', 'stores', 'holds', 'contains', 'role', 'meaning', 'what it stores', 'notes', 'summary', '说明', '用途', '描述'],
  columns: ['columns', 'fields', 'key fields', 'key columns', 'attributes', 'key attributes', 'main fields', 'properties'],
  relationships: ['key relationships', 'relationships', 'relations', 'related to', 'related entities', 'links', 'associations'],
};

/**
 * Header words that mark a table as something other than a table list even when it has a `Table` column:
 * index plans, query plans, API route tables, feature and risk matrices.
 */
export const NOT_TABLE_LIST_HEADER_WORDS: readonly string[] = [
  'index', 'indexes', 'query', 'query type', 'endpoint', 'route', 'method', 'http method', 'priority', 'risk', 'impact',
  'likelihood', 'mitigation', 'phase', 'milestone', 'metric', 'policy', 'operation', 'permission',
];

/** Header words of an enum value table (`Value | Label`). */
export const ENUM_TABLE_HEADER_WORDS: Readonly<Record<'value' | 'label', readonly string[]>> = {
  value: ['value', 'values', 'enum value', 'code', 'key', 'status', 'state', '值', '取值'],
  label: ['label', 'display', 'display name', 'meaning', 'description', 'notes', 'name', '含义', '说明'],
};

/** Cell words that say "yes" / "no" in Required or Nullable columns. */
export const YES_WORDS: readonly string[] = ['yes', 'y', 'true', 'required', 'mandatory', '✓', '✔', '✔️', '☑', 'x', '是', 'sí', 'si', 'sim', 'ja'];
export const NO_WORDS: readonly string[] = ['no', 'n', 'false', 'optional', '✗', '✘', '✕', '❌', '-', '—', '–', '否', 'não', 'nao', 'nein'];

/** Normalizes a header or cell for lookup in these tables: lower-case, markup and punctuation gone. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[/|&,.:?()\[\]-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
