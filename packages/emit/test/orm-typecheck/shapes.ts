/**
 * Extra shapes for the ORM emitters, built from the shared helpers: names that clash with what the
 * generated files import or use (TypeORM decorators, `Date`, Drizzle's `relations`), and an empty schema.
 */
import { canonicalSchema, schema, type Schema } from '@schemawright/ir';
import { col, idx, rel, tbl } from '../helpers/schemas.js';

/** Tables whose models are `Column`, `Entity`, `Date`, `Relation`, `Index`: each clashes with an import or a global type. */
export function clashingNamesSchema(): Schema {
  const uuid = { kind: 'uuid' } as const;
  const id = () => col('id', uuid, { default: { kind: 'uuid' } });
  const columns = tbl('columns', [id(), col('label', { kind: 'string', maxLength: 40 })]);
  const entities = tbl('entities', [id(), col('column_id', uuid), col('payload', { kind: 'bytes' }, { nullable: true })], { indexes: [idx('entities', ['column_id'])] });
  const dates = tbl('dates', [id(), col('day', { kind: 'datetime' }, { default: { kind: 'now' } }), col('entity_id', uuid, { nullable: true }), col('seen_at', { kind: 'datetime' }, { autoUpdate: true })]);
  const relations = tbl('relations', [id(), col('date_id', uuid), col('index_id', uuid, { nullable: true })]);
  const indices = tbl('indices', [id(), col('new', { kind: 'string' })]);
  return canonicalSchema(
    schema({
      name: 'Clashing names',
      tables: [columns, entities, dates, relations, indices],
      relations: [
        rel('entities', ['column_id'], 'columns', { onDelete: 'set-null' }),
        rel('dates', ['entity_id'], 'entities', { one: true, optional: true, onDelete: 'set-null' }),
        rel('relations', ['date_id'], 'dates'),
        rel('relations', ['index_id'], 'indices', { optional: true, onDelete: 'set-null' }),
      ],
      enums: [],
    }),
  );
}

/** No tables at all. */
export function emptySchema(): Schema {
  return canonicalSchema(schema({ name: 'Empty', tables: [], relations: [], enums: [] }));
}

/** The shared shapes plus these, for the compile tests. */
export function ormShapes(all: ReadonlyArray<readonly [string, Schema]>): ReadonlyArray<readonly [string, Schema]> {
  return [...all, ['clashing-names', clashingNamesSchema()], ['empty', emptySchema()]];
}
