import type { Column, Schema, Table } from '@schemawright/ir';
import { oneToOneKeysOf } from '../sql/one-to-one.js';
import { relationsFrom } from '../sql/schema-lookup.js';
import { pureJunctions, type PureJunction } from './junctions.js';
import { relationLabel } from './labels.js';
import { connectorOf, LEFT_MARKERS, RIGHT_MARKERS } from './markers.js';
import { mermaidEntityNames, mermaidQuoted, mermaidToken } from './names.js';
import { mermaidType } from './types.js';

/** Options of `emitMermaid`. */
export interface MermaidOptions {
  /**
   * `entity` (default): every table is an entity, junction tables included, so the diagram shows every table.
   * `collapse`: a junction with no columns of its own is drawn as one many-to-many line (`}o--o{`).
   */
  readonly junctions?: 'entity' | 'collapse';
}

const INDENT = '    ';
/** Enum values listed in a column comment before the list is cut short. */
const MAX_ENUM_VALUES = 8;

/**
 * The schema as a Mermaid `erDiagram`: one entity per table (UPPER_SNAKE singular names), attributes as
 * `type name PK, FK, UK "comment"`, then one line per relation with the referenced table on the left and
 * crow's-foot markers from each end's cardinality and optionality; `--` for identifying relations, `..`
 * otherwise; labels always quoted. Walks the schema in its canonical order; ends with one newline.
 */
export function emitMermaid(schema: Schema, options: MermaidOptions = {}): string {
  const names = mermaidEntityNames(schema);
  const tables = new Map(schema.tables.map((t) => [t.name, t]));
  const junctions = options.junctions === 'collapse' ? pureJunctions(schema) : new Map<string, PureJunction>();
  const enums = new Map(schema.enums.map((e) => [e.name, e]));
  // one-to-one keys are unique in schema.prisma and the SQL, so the diagram marks them UK too
  const oneToOne = oneToOneKeysOf(schema);
  const nameOf = (table: string): string => names.get(table) ?? mermaidToken(table.toUpperCase());
  const lines = ['erDiagram'];

  for (const t of schema.tables) {
    if (junctions.has(t.name)) continue;
    const fkColumns = new Set(relationsFrom(schema, t.name).flatMap((r) => r.from.columns));
    const uniqueKeys = new Set((oneToOne.get(t.name) ?? []).filter((k) => k.length === 1).map((k) => k[0]!));
    lines.push(`${INDENT}${nameOf(t.name)} {`);
    for (const c of t.columns) lines.push(`${INDENT}${INDENT}${attributeLine(t, c, { fkColumns, uniqueKeys, enums })}`);
    lines.push(`${INDENT}}`);
  }
  for (const r of schema.relations) {
    if (junctions.has(r.from.table)) continue;
    lines.push(`${INDENT}${nameOf(r.to.table)} ${connectorOf(r, tables.get(r.from.table))} ${nameOf(r.from.table)} : ${mermaidQuoted(relationLabel(r))}`);
  }
  for (const j of junctions.values()) lines.push(`${INDENT}${manyToManyLine(j, nameOf)}`);
  return lines.join('\n') + '\n';
}

interface TableKeys {
  readonly fkColumns: ReadonlySet<string>;
  readonly uniqueKeys: ReadonlySet<string>;
  readonly enums: ReadonlyMap<string, Schema['enums'][number]>;
}

function attributeLine(t: Table, c: Column, k: TableKeys): string {
  const enums = k.enums;
  const unique = c.unique || k.uniqueKeys.has(c.name) || t.uniques.some((u) => u.length === 1 && u[0] === c.name);
  const keys = [t.primaryKey.includes(c.name) ? 'PK' : '', k.fkColumns.has(c.name) ? 'FK' : '', unique ? 'UK' : ''].filter((x) => x !== '');
  const comment = [c.nullable ? 'optional' : '', c.type.kind === 'enum' ? enumComment(enums.get(c.type.enumName)) : '', c.description ?? '']
    .filter((p) => p !== '')
    .join('; ');
  return [mermaidType(c.type), mermaidToken(c.name), keys.join(', '), comment === '' ? '' : mermaidQuoted(comment)].filter((p) => p !== '').join(' ');
}

function enumComment(e: Schema['enums'][number] | undefined): string {
  if (!e) return '';
  const values = e.values.slice(0, MAX_ENUM_VALUES).map((v) => v.name);
  return `one of: ${values.join(', ')}${e.values.length > MAX_ENUM_VALUES ? ', …' : ''}`;
}

/** `POST }o--o{ TAG : "post tags"`: each side is many; optional when that side may have no junction rows. */
function manyToManyLine(j: PureJunction, nameOf: (table: string) => string): string {
  const leftEnd = j.right.from.optional ? LEFT_MARKERS['many-optional'] : LEFT_MARKERS['many-required'];
  const rightEnd = j.left.from.optional ? RIGHT_MARKERS['many-optional'] : RIGHT_MARKERS['many-required'];
  const label = j.left.label ?? j.table.label.replace(/_/g, ' ');
  return `${nameOf(j.left.to.table)} ${leftEnd}--${rightEnd} ${nameOf(j.right.to.table)} : ${mermaidQuoted(label)}`;
}
