import { assertNever, type ReferentialAction, type Table } from '@schemawright/ir';
import type { RelationFields } from '../prisma/relation-fields.js';
import { options, type ColumnContext } from './print-column.js';
import { tsString } from './typescript-source.js';

/** TypeORM's spelling of a referential action. */
export function typeOrmAction(a: ReferentialAction): string {
  switch (a) {
    case 'cascade': return 'CASCADE';
    case 'restrict': return 'RESTRICT';
    case 'set-null': return 'SET NULL';
    case 'no-action': return 'NO ACTION';
    default: return assertNever(a, 'referential action');
  }
}

/**
 * The relation members of `t`: first the sides holding a key (`@ManyToOne`, or `@OneToOne` for one-to-one,
 * with `@JoinColumn` naming the key columns and the constraint as schema.sql does), then the inverse sides of
 * relations pointing here (`@OneToMany`, or `@OneToOne` without a join column), each in schema order.
 */
export function relationMembers(ctx: ColumnContext, t: Table, useClass: (model: string) => void): string[][] {
  const { plan } = ctx;
  const members: string[][] = [];
  for (const rf of plan.relations) {
    if (rf.relation.from.table !== t.name) continue;
    useClass(rf.targetModel);
    const r = rf.relation;
    const actions = plan.sql.actions.get(r.name) ?? { onDelete: r.onDelete, onUpdate: 'cascade' };
    const kind = r.from.cardinality === 'one' ? 'OneToOne' : 'ManyToOne';
    const param = plan.params.get(rf.targetModel)!;
    const relationOptions = options([
      `nullable: ${String(rf.holderOptional)}`,
      `onDelete: '${typeOrmAction(actions.onDelete)}'`,
      `onUpdate: '${actions.onUpdate === 'cascade' ? 'CASCADE' : 'NO ACTION'}'`,
    ]);
    const type = `${ctx.use('Relation')}<${rf.targetModel}>${rf.holderOptional ? ' | null' : ''}`;
    members.push([
      `  @${ctx.use(kind)}(() => ${rf.targetModel}, (${param}) => ${param}.${rf.backField}, ${relationOptions})`,
      `  @${ctx.use('JoinColumn')}(${joinColumns(ctx, rf)})`,
      `  ${rf.holderField}!: ${type};`,
    ]);
  }
  for (const rf of plan.relations) {
    if (rf.relation.to.table !== t.name) continue;
    useClass(rf.holderModel);
    const param = plan.params.get(rf.holderModel)!;
    const relation = ctx.use('Relation');
    const [kind, type] = rf.backList ? ['OneToMany', `${relation}<${rf.holderModel}[]>`] : ['OneToOne', `${relation}<${rf.holderModel}> | null`];
    members.push([`  @${ctx.use(kind)}(() => ${rf.holderModel}, (${param}) => ${param}.${rf.holderField})`, `  ${rf.backField}!: ${type};`]);
  }
  return members;
}

/**
 * `@JoinColumn` options: the key column names, the referenced property when the key does not simply point at
 * the target's single-column primary key, and the foreign key's name (TypeORM reads it from the first entry).
 */
function joinColumns(ctx: ColumnContext, rf: RelationFields): string {
  const r = rf.relation;
  const target = ctx.plan.schema.tables.find((x) => x.name === r.to.table);
  const targetFields = ctx.plan.names.fields.get(r.to.table);
  const toPrimaryKey = target !== undefined && target.primaryKey.length === 1 && r.to.columns.length === 1 && target.primaryKey[0] === r.to.columns[0];
  const entries = r.from.columns.map((column, i) => {
    const parts = [`name: ${tsString(column)}`];
    if (!toPrimaryKey) parts.push(`referencedColumnName: ${tsString(targetFields?.get(r.to.columns[i]!) ?? r.to.columns[i]!)}`);
    if (i === 0) parts.push(`foreignKeyConstraintName: ${tsString(r.name)}`);
    return options(parts);
  });
  return entries.length === 1 ? entries[0]! : `[${entries.join(', ')}]`;
}
