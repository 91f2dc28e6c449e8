import { assertNever, singular, type Column, type DefaultValue, type Table } from '@schemawright/ir';
import { effectiveDefaultOf } from '../prisma/defaults.js';
import { prismaTypeOf } from '../prisma/scalar-types.js';
import { isUniqueColumn, relationsFrom, type DocContext } from './context.js';
import { PROVIDER_LABELS } from './database-words.js';
import { cell, code, columnList, table, where } from './markdown.js';
import { nativeTypeOf } from './native-types.js';
import { embeddingsOf } from '../mongo/embedded.js';
import { idListJunctionsOf } from '../mongo/id-lists.js';

/** "Table definitions": per table its purpose, columns, keys, indexes and where it came from. */
export function tablesSection(ctx: DocContext): string[] {
  const lines = ['## Table definitions'];
  if (ctx.schema.tables.length === 0) lines.push('', 'No tables: the documents define no entities.');
  const storage = ctx.provider === 'mongodb' ? mongoStorage(ctx) : new Map<string, string>();
  for (const t of ctx.schema.tables) {
    const block = tableBlock(ctx, t);
    const note = storage.get(t.name);
    // on MongoDB the logical table may not be a collection: say where its data lives in schema.prisma
    lines.push('', ...(note === undefined ? block : [block[0]!, '', note, ...block.slice(1)]));
  }
  return lines;
}

/** Tables that are no collection of their own on MongoDB, with a sentence saying where their data goes. */
function mongoStorage(ctx: DocContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, e] of embeddingsOf(ctx.schema)) {
    out.set(name, `**Stored embedded:** each ${code(e.parent)} document holds ${e.list ? 'a list of these' : 'one of these'} as a composite type; there is no ${code(name)} collection, and its key and parent key columns below are not stored.`);
  }
  for (const [name, j] of idListJunctionsOf(ctx.schema)) {
    const [a, b] = j.ends;
    out.set(name, `**Stored as id lists:** ${code(a.to.table)} and ${code(b.to.table)} keep each other's ids in list fields; there is no ${code(name)} collection.`);
  }
  return out;
}

function tableBlock(ctx: DocContext, t: Table): string[] {
  const model = ctx.names.models.get(t.name) ?? t.name;
  const fks = relationsFrom(ctx, t.name);
  const fkColumns = new Set(fks.flatMap((r) => r.from.columns));
  const headers = ['Column', 'Prisma type', `${PROVIDER_LABELS[ctx.provider]} type`, 'Nullable', 'Unique', 'Default', 'Key'];
  const rows = t.columns.map((c) => [
    code(cell(c.name)),
    code(prismaTypeText(ctx, t, c)),
    code(cell(nativeText(ctx, c))),
    c.nullable ? 'yes' : 'no',
    isUniqueColumn(ctx, t, c) ? 'yes' : 'no',
    defaultText(ctx, t, c),
    [t.primaryKey.includes(c.name) ? 'PK' : '', fkColumns.has(c.name) ? 'FK' : ''].filter((k) => k !== '').join(', '),
  ]);
  const implicit = ctx.implicitTables.get(t.name);
  // Prisma makes an implicit many-to-many table itself, from a list field on each model
  const what = implicit ? `Prisma's implicit many-to-many table of ${code(`${implicit.aModel}.${implicit.aField}`)} and ${code(`${implicit.bModel}.${implicit.bField}`)}` : `model ${code(model)}`;
  const lines = [`### ${code(t.name)} (${what})`, '', purposeOf(ctx, t), '', ...table(headers, rows), ''];
  lines.push(`- **Primary key:** ${t.primaryKey.length === 1 ? code(t.primaryKey[0]!) : columnList(t.primaryKey)}`);
  for (const r of fks) {
    const action = ctx.actions.get(r.name)?.onDelete ?? r.onDelete;
    lines.push(`- **Foreign key:** ${columnList(r.from.columns)} → ${code(`${r.to.table}.${r.to.columns.join(', ')}`)} (on delete ${action.replace('-', ' ')})`);
  }
  const uniques = [...t.uniques, ...(ctx.oneToOneKeys.get(t.name) ?? []).filter((k) => k.length > 1)];
  for (const u of uniques) lines.push(`- **Unique:** ${columnList(u)}`);
  for (const i of t.indexes) lines.push(`- **${i.unique ? 'Unique index' : 'Index'}:** ${code(i.name)} on ${columnList(i.columns)}: ${i.reason}`);
  lines.push(`- **Source:** \`${where(t.origin)}\` (rule \`${t.rule}\`, confidence ${t.confidence})`);
  return lines;
}

function purposeOf(ctx: DocContext, t: Table): string {
  if (t.purpose !== undefined) return t.purpose;
  if (t.role === 'join') {
    const ends = relationsFrom(ctx, t.name).map((r) => code(r.to.table));
    return `Junction table of the many-to-many between ${ends.join(' and ')}.`;
  }
  return `One row per ${singular(t.label).replace(/_/g, ' ')}.`;
}

function prismaTypeText(ctx: DocContext, t: Table, c: Column): string {
  const enumName = c.type.kind === 'enum' ? ctx.names.enums.get(c.type.enumName)?.name : undefined;
  const p = prismaTypeOf(c.type, ctx.provider, enumName ?? 'String');
  const optional = c.nullable && !t.primaryKey.includes(c.name) ? '?' : '';
  return `${p.type}${optional}${p.native === undefined ? '' : ` ${p.native}`}`;
}

function nativeText(ctx: DocContext, c: Column): string {
  if (c.type.kind !== 'enum') return nativeTypeOf(c.type, ctx.provider);
  const e = ctx.enums.get(c.type.enumName);
  return nativeTypeOf(c.type, ctx.provider, c.type.enumName, e?.values.map((v) => v.name) ?? []);
}

/** The default schema.prisma keeps (via the Prisma emitter's own decision), or why there is none. */
function defaultText(ctx: DocContext, t: Table, c: Column): string {
  if (c.autoUpdate) return 'set on every update';
  if (c.default === undefined) return '';
  const enumNames = c.type.kind === 'enum' ? ctx.names.enums.get(c.type.enumName) : undefined;
  const p = prismaTypeOf(c.type, ctx.provider, enumNames?.name ?? 'String');
  const isEnum = enumNames !== undefined && p.type === enumNames.name;
  const decision = effectiveDefaultOf(t, c, p.type, ctx.provider, isEnum ? [...enumNames.values.keys()] : undefined);
  return decision.value ? code(cell(defaultLabel(c.default))) : cell(`none (${decision.problem ?? 'not supported'})`);
}

function defaultLabel(d: DefaultValue): string {
  switch (d.kind) {
    case 'now': case 'uuid': case 'autoincrement':
      return `${d.kind}()`;
    case 'string':
      return JSON.stringify(d.value);
    case 'enum':
      return d.value;
    case 'number': case 'boolean':
      return String(d.value);
    case 'json':
      return d.value;
    default:
      return assertNever(d, 'default');
  }
}

