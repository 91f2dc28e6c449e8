import { assertNever, type Column, type Table } from '@schemawright/ir';
import type { EffectiveDefault } from '../prisma/defaults.js';
import { typeKeyOf } from '../prisma/scalar-types.js';
import { primaryKeyNameOf } from '../sql/constraint-names.js';
import { sqlString } from '../sql/dialect.js';
import { defaultOf, enumValuesOf, sqlTypeOf } from '../sql/plan.js';
import { fillTypeOrmType, INCREMENT_KEY_TYPES, TYPEORM_TYPES, type TypeOrmColumnType } from './column-types.js';
import type { TypeOrmPlan } from './plan.js';
import { docLine, tsString } from './typescript-source.js';

/** What a column member needs besides the plan: the local names it uses, recorded as they are used. */
export interface ColumnContext {
  readonly plan: TypeOrmPlan;
  readonly table: Table;
  /** Property names of `table`'s columns. */
  readonly fields: ReadonlyMap<string, string>;
  /** Adds a `typeorm` import and returns its local name. */
  readonly use: (name: string) => string;
  /** Records that the file imports the enum with this TypeScript name. */
  readonly useEnum: (name: string) => void;
  /** Columns made unique by `unique: true`. */
  readonly uniqueColumns: ReadonlySet<string>;
}

/**
 * The decorators and property of one column. The primary key is `@PrimaryGeneratedColumn` when the database
 * or TypeORM makes it (uuid or increment) and `@PrimaryColumn` otherwise; timestamps set on insert or on every
 * update are `@CreateDateColumn`/`@UpdateDateColumn`; other generated values use `@Generated`.
 */
export function columnMember(ctx: ColumnContext, c: Column): string[] {
  const { plan, table: t } = ctx;
  const type = typeOrmTypeOf(ctx, c);
  const value = defaultOf(plan.sql, t, c).value;
  const isPk = t.primaryKey.includes(c.name);
  const singlePk = isPk && t.primaryKey.length === 1;
  const pkName = plan.sql.dialect.name === 'mysql' ? [] : [`primaryKeyConstraintName: ${tsString(primaryKeyNameOf(t, plan.sql.provider))}`];
  const name = `name: ${tsString(c.name)}`;
  const typeOptions = [`type: ${tsString(type.type)}`, ...type.options.map(([k, v]) => `${k}: ${v}`)];
  const enumOptions = enumOptionsOf(ctx, c, type);
  const decorators: string[] = [];
  const generated = value?.kind === 'uuid' ? 'uuid' : value?.kind === 'autoincrement' || value?.kind === 'sequence' ? 'increment' : undefined;

  if (singlePk && generated === 'uuid' && c.type.kind === 'uuid') {
    decorators.push(`@${ctx.use('PrimaryGeneratedColumn')}('uuid', ${options([name, ...pkName])})`);
  } else if (singlePk && generated === 'increment') {
    const keyType = INCREMENT_KEY_TYPES[plan.sql.dialect.name] ?? type.type;
    decorators.push(`@${ctx.use('PrimaryGeneratedColumn')}('increment', ${options([name, `type: ${tsString(keyType)}`, ...pkName])})`);
  } else if (isPk) {
    decorators.push(`@${ctx.use('PrimaryColumn')}(${options([name, ...typeOptions, ...enumOptions, ...defaultOption(ctx, c, value), ...pkName])})`);
    if (generated !== undefined) decorators.push(`@${ctx.use('Generated')}('${generated}')`);
  } else {
    const nullable = c.nullable ? ['nullable: true'] : [];
    const unique = ctx.uniqueColumns.has(c.name) ? ['unique: true'] : [];
    const datetime = typeKeyOf(c.type) === 'datetime';
    if (datetime && c.autoUpdate) {
      decorators.push(`@${ctx.use('UpdateDateColumn')}(${options([name, ...typeOptions, ...nullable])})`);
    } else if (datetime && value?.kind === 'now') {
      decorators.push(`@${ctx.use('CreateDateColumn')}(${options([name, ...typeOptions, ...nullable])})`);
    } else {
      decorators.push(`@${ctx.use('Column')}(${options([name, ...typeOptions, ...enumOptions, ...nullable, ...unique, ...defaultOption(ctx, c, value)])})`);
      if (generated !== undefined) decorators.push(`@${ctx.use('Generated')}('${generated}')`);
    }
  }
  const property = `${ctx.fields.get(c.name)!}!: ${propertyType(ctx, c, type)}${c.nullable && !isPk ? ' | null' : ''};`;
  return [...docLine(c.description, '  '), ...decorators.map((d) => `  ${d}`), `  ${property}`];
}

/** The column's TypeORM type in the plan's dialect; an enum the schema lacks is stored as text. */
export function typeOrmTypeOf(ctx: Pick<ColumnContext, 'plan'>, c: Column): TypeOrmColumnType {
  const dialect = ctx.plan.sql.dialect.name;
  const known = enumValuesOf(ctx.plan.sql, c) !== undefined;
  const key = c.type.kind === 'enum' && !known ? 'unknown' : typeKeyOf(c.type);
  return fillTypeOrmType(TYPEORM_TYPES[dialect][key], {
    maxLength: c.type.kind === 'string' ? c.type.maxLength : undefined,
    precision: c.type.kind === 'decimal' ? c.type.precision : undefined,
    scale: c.type.kind === 'decimal' ? c.type.scale : undefined,
  });
}

function enumOptionsOf(ctx: ColumnContext, c: Column, type: TypeOrmColumnType): string[] {
  if (type.ts !== 'enum' || c.type.kind !== 'enum') return [];
  const enumName = ctx.plan.names.enums.get(c.type.enumName)!.name;
  ctx.useEnum(enumName);
  return [`enum: ${enumName}`, ...(type.enumName ? [`enumName: ${tsString(c.type.enumName)}`] : [])];
}

function propertyType(ctx: ColumnContext, c: Column, type: TypeOrmColumnType): string {
  switch (type.ts) {
    case 'string': case 'number': case 'boolean': case 'unknown':
      return type.ts;
    case 'Date': case 'Buffer':
      return ctx.plan.globals.get(type.ts)!;
    case 'enum':
      return c.type.kind === 'enum' ? ctx.plan.names.enums.get(c.type.enumName)!.name : 'string';
    default:
      return assertNever(type.ts, 'TypeScript type');
  }
}

/** `default:` as TypeORM takes it: a literal, an enum member, or a raw SQL function for `now`. */
function defaultOption(ctx: ColumnContext, c: Column, value: EffectiveDefault | undefined): string[] {
  if (value === undefined) return [];
  switch (value.kind) {
    case 'uuid': case 'autoincrement': case 'sequence':
      return []; // @Generated / @PrimaryGeneratedColumn
    case 'now':
      return [`default: () => ${tsString(ctx.plan.sql.dialect.now(sqlTypeOf(ctx.plan.sql, c)))}`];
    case 'text': {
      // TypeORM quotes a string default without escaping it, and MySQL takes TEXT/JSON defaults only as
      // expressions: such defaults are given as the SQL schema.sql writes
      const literal = sqlString(value.value);
      const sql = ctx.plan.sql.dialect.textDefault(literal, sqlTypeOf(ctx.plan.sql, c));
      return [sql === literal && !value.value.includes("'") ? `default: ${tsString(value.value)}` : `default: () => ${tsString(sql)}`];
    }
    case 'number': case 'boolean':
      return [`default: ${String(value.value)}`];
    case 'enum': {
      if (c.type.kind !== 'enum') return [`default: ${tsString(value.value)}`];
      const names = ctx.plan.names.enums.get(c.type.enumName)!;
      return [`default: ${names.name}.${names.values.get(value.value)!}`];
    }
    default:
      return assertNever(value, 'default');
  }
}

/** `{ a, b }` on one line. */
export function options(entries: readonly string[]): string {
  return `{ ${entries.join(', ')} }`;
}
