import { assertNever, type Table } from '@schemawright/ir';
import type { TableKey } from '../sql/table-keys.js';
import { columnMember, options, type ColumnContext } from './print-column.js';
import { relationMembers } from './print-relation.js';
import { TYPEORM_IMPORTS, type TypeOrmPlan } from './plan.js';
import { docLine, fileText, tsString } from './typescript-source.js';

/** The text of `<file>.entity.ts` for table `t`: imports, `@Entity`, keys and indexes, then the members. */
export function printEntity(plan: TypeOrmPlan, t: Table): string {
  const model = plan.names.models.get(t.name)!;
  const fields = plan.names.fields.get(t.name)!;
  const used = new Set<string>();
  const enums = new Set<string>();
  const classes = new Set<string>();
  // TypeORM makes the join columns of a @OneToOne owner unique itself: keys that exist only for a
  // one-to-one relation are left to it, so the table gets one unique index, not two
  const oneToOne = plan.oneToOneKeys.get(t.name) ?? [];
  const keys = (plan.sql.keys.get(t.name) ?? []).filter((k) => k.source === 'index' || k.source === 'composite' || !oneToOne.some((o) => sameColumns(o, k.columns)));
  const uniqueColumns = new Set(keys.filter((k) => k.source === 'column').map((k) => k.columns[0]!));
  const ctx: ColumnContext = {
    plan,
    table: t,
    fields,
    uniqueColumns,
    use: (name) => {
      used.add(name);
      return plan.imports.get(name)!;
    },
    useEnum: (name) => void enums.add(name),
  };

  const members = t.columns.map((c) => columnMember(ctx, c));
  members.push(...relationMembers(ctx, t, (m) => void classes.add(m)));
  const classDecorators = [`@${ctx.use('Entity')}(${options([`name: ${tsString(t.name)}`])})`, ...keys.flatMap((k) => keyDecorator(ctx, k))];

  const lines = [importLine(plan, used)];
  const enumNames = [...plan.names.enums.values()].map((e) => e.name).filter((n) => enums.has(n));
  if (enumNames.length > 0) lines.push(`import { ${enumNames.join(', ')} } from './enums.js';`);
  for (const other of plan.schema.tables) {
    const otherModel = plan.names.models.get(other.name)!;
    if (other.name !== t.name && classes.has(otherModel)) lines.push(`import { ${otherModel} } from './${plan.files.get(other.name)!}.entity.js';`);
  }
  lines.push('', ...docLine(t.purpose), ...classDecorators, `export class ${model} {`);
  members.forEach((m, i) => lines.push(...(i > 0 ? [''] : []), ...m));
  lines.push('}');
  return fileText(lines);
}

/** Composite uniques are `@Unique`, declared indexes `@Index`; single unique columns say `unique: true` instead. */
function keyDecorator(ctx: ColumnContext, k: TableKey): string[] {
  const columns = `[${k.columns.map((c) => tsString(ctx.fields.get(c) ?? c)).join(', ')}]`;
  switch (k.source) {
    case 'column':
      return [];
    case 'composite': case 'one-to-one':
      return [`@${ctx.use('Unique')}(${tsString(k.name)}, ${columns})`];
    case 'index':
      return [`@${ctx.use('Index')}(${tsString(k.name)}, ${columns}${k.unique ? ', { unique: true }' : ''})`];
    default:
      return assertNever(k.source, 'key source');
  }
}

/** `import { … } from 'typeorm';` in the fixed order of TYPEORM_IMPORTS, aliasing names a class or enum took. */
function importLine(plan: TypeOrmPlan, used: ReadonlySet<string>): string {
  const specifiers = TYPEORM_IMPORTS.filter((n) => used.has(n)).map((n) => {
    const local = plan.imports.get(n)!;
    const spec = local === n ? n : `${n} as ${local}`;
    return n === 'Relation' ? `type ${spec}` : spec;
  });
  return `import { ${specifiers.join(', ')} } from 'typeorm';`;
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
