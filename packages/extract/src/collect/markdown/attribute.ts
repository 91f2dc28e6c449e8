import type { Span } from '@schemawright/ir';
import type { AttributeFact, SourceKind } from '../../facts.js';
import { parseRawType } from '../../infer/raw-type.js';
import type { FieldSpec } from './field-line.js';

/** Where a fact comes from: the same for every fact one collector makes from one node. */
export interface FactOrigin {
  readonly span: Span;
  readonly rule: string;
  readonly source: SourceKind;
  readonly confidence: number;
}

/**
 * The entity a foreign-key column names by convention: `user_id` → `user`, `projectId` → `project`,
 * `menu_item_id` → `menu_item`. Undefined for `id` and for names without the suffix.
 */
export function fkTargetOf(column: string): string | undefined {
  const snake = /^([A-Za-z][A-Za-z0-9_]*?)_id$/i.exec(column);
  if (snake) return snake[1]!;
  const camel = /^([a-z][A-Za-z0-9]*?[a-z0-9])Id$/.exec(column);
  return camel ? camel[1]! : undefined;
}

/**
 * Builds the AttributeFact for one written field. The type comes from `parseRawType` with the raw text kept;
 * a closed value list leaves the type to resolve (it becomes an enum). A column stated as a foreign key, or
 * named `<entity>_id`, references that entity; resolve links it or keeps a plain column.
 */
export function attributeFact(entity: string, field: FieldSpec, origin: FactOrigin): AttributeFact {
  const c = field.constraints;
  const type = field.rawType !== undefined && !field.enumValues ? parseRawType(field.rawType) : undefined;
  const target = c.references ?? (fkTargetOf(field.name) !== undefined ? { entity: fkTargetOf(field.name)! } : undefined);
  const references = target
    ? { entity: target.entity, ...(target.column ? { column: target.column } : {}), ...(c.onDelete ? { onDelete: c.onDelete } : {}) }
    : undefined;
  return {
    kind: 'attribute',
    span: origin.span,
    rule: origin.rule,
    source: origin.source,
    confidence: origin.confidence,
    entity,
    name: field.name,
    ...(type ? { type } : {}),
    ...(field.rawType !== undefined ? { rawType: field.rawType } : {}),
    ...(c.nullable !== undefined ? { nullable: c.nullable } : {}),
    ...(c.unique ? { unique: true } : {}),
    ...(c.primaryKey ? { primaryKey: true } : {}),
    ...(c.autoUpdate ? { autoUpdate: true } : {}),
    ...(references ? { references } : {}),
    ...(c.default ? { default: c.default } : {}),
    ...(field.enumValues ? { enumValues: field.enumValues } : {}),
    ...(field.description ? { description: field.description } : {}),
  };
}
