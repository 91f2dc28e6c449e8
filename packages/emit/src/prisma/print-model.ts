import { diagnostic, type Column, type Diagnostic, type Table } from '@schemawright/ir';
import { keyColumnsOf, tableKeysOf } from '../sql/table-keys.js';
import { effectiveDefaultOf, printPrismaDefault, prismaString } from './defaults.js';
import { claimName } from './identifiers.js';
import type { PrismaPlan } from './plan.js';
import { relationLines } from './print-relation.js';
import { prismaTypeOf } from './scalar-types.js';

/** Characters outside ASCII: a name made of them gets a made-up identifier and keeps its original. */
const NON_ASCII = /[^\x00-\x7F]/;

/** Providers whose single id field must be stored as `_id`. */
const ID_AS_UNDERSCORE_ID = new Set(['mongodb']);

/** One `model` block, unformatted (the formatter aligns it), and what had to give way. */
export function printModel(t: Table, plan: PrismaPlan): { text: string; diagnostics: Diagnostic[] } {
  const provider = plan.schema.database.provider;
  const diagnostics: Diagnostic[] = [];
  const model = plan.names.models.get(t.name)!;
  const fields = plan.names.fields.get(t.name)!;
  const field = (c: string) => fields.get(c) ?? c;
  const mongo = ID_AS_UNDERSCORE_ID.has(provider);
  const oneToOne = plan.oneToOneKeys.get(t.name) ?? [];
  const keys = tableKeysOf(t, provider, oneToOne);
  const keyColumns = keyColumnsOf(plan.schema, t);
  const uniqueColumns = new Set(keys.filter((k) => k.source === 'column').map((k) => k.columns[0]!));
  const lines: string[] = [];
  if (t.purpose !== undefined) lines.push(docComment(t.purpose));
  if (model !== t.name && NON_ASCII.test(t.name)) {
    // the identifier had to be made up: the original name stays beside it, and in @@map
    lines.push(docComment(t.label === t.name ? t.label : `${t.label} (${t.name})`));
    diagnostics.push(diagnostic('extract/non-latin-name', { name: t.name, identifier: model }, t.origin));
  }
  lines.push(`model ${model} {`);

  const relations = relationLines(t, plan);
  if (mongo && t.primaryKey.length !== 1) {
    // MongoDB has no compound ids: an ObjectId `_id` stands in and the key becomes a unique constraint
    const taken = new Set([...fields.values(), ...relations.fieldNames]);
    lines.push(`${claimName('id', taken, 'Field')} String @id @default(auto()) @map("_id") @db.ObjectId`);
    diagnostics.push(diagnostic('emit/unsupported', { feature: `the compound primary key of ${t.name}`, target: provider, fallback: 'added an ObjectId id and made the key unique' }, t.origin));
  }
  for (const c of t.columns) {
    if (c.description !== undefined) lines.push(docComment(c.description));
    if (NON_ASCII.test(c.name)) {
      lines.push(docComment(c.label));
      diagnostics.push(diagnostic('extract/non-latin-name', { name: `${t.name}.${c.name}`, identifier: `${model}.${field(c.name)}` }, c.origin));
    }
    lines.push(columnLine(t, c, plan, { field: field(c.name), unique: uniqueColumns.has(c.name), keyed: keyColumns.has(c.name), mongo }, diagnostics));
  }
  lines.push(...relations.lines);

  const block: string[] = [];
  const list = (cols: readonly string[]) => `[${cols.map(field).join(', ')}]`;
  if (t.primaryKey.length > 1) block.push(mongo ? `@@unique(${list(t.primaryKey)})` : `@@id(${list(t.primaryKey)})`);
  for (const k of keys) {
    if (k.source === 'column') continue; // printed as @unique on the field
    const map = k.customName ? `, map: ${prismaString(k.name)}` : '';
    block.push(`${k.unique ? '@@unique' : '@@index'}(${list(k.columns)}${map})`);
  }
  if (model !== t.name) block.push(`@@map(${prismaString(t.name)})`);
  if (block.length > 0) lines.push('', ...block);
  lines.push('}');
  return { text: lines.join('\n'), diagnostics };
}

function columnLine(t: Table, c: Column, plan: PrismaPlan, o: { field: string; unique: boolean; keyed: boolean; mongo: boolean }, diagnostics: Diagnostic[]): string {
  const provider = plan.schema.database.provider;
  const enumNames = c.type.kind === 'enum' ? plan.names.enums.get(c.type.enumName) : undefined;
  const type = prismaTypeOf(c.type, provider, enumNames?.name ?? 'String', o.keyed);
  if (type.fallback !== undefined) diagnostics.push(diagnostic('emit/unsupported', { feature: `the ${c.type.kind} type of ${t.name}.${c.name}`, target: provider, fallback: type.fallback }, c.origin));
  const isEnum = enumNames !== undefined && type.type === enumNames.name;
  const singleId = t.primaryKey.length === 1 && t.primaryKey[0] === c.name;
  const attrs: string[] = [];
  if (singleId) attrs.push('@id');
  const decision = effectiveDefaultOf(t, c, type.type, provider, isEnum ? [...enumNames.values.keys()] : undefined);
  if (decision.value) attrs.push(printPrismaDefault(decision.value, isEnum ? enumNames.values : undefined));
  if (decision.problem !== undefined) diagnostics.push(diagnostic('emit/unsupported', { feature: `the default ${decision.problem} (${t.name}.${c.name})`, target: provider, fallback: 'no default emitted' }, c.origin));
  if (o.unique) attrs.push('@unique');
  if (c.autoUpdate) {
    if (type.type === 'DateTime') attrs.push('@updatedAt');
    else diagnostics.push(diagnostic('emit/unsupported', { feature: `@updatedAt on the ${type.type} column ${t.name}.${c.name}`, target: 'Prisma', fallback: 'left out' }, c.origin));
  }
  const dbName = o.mongo && singleId ? '_id' : c.name;
  if (o.field !== dbName) attrs.push(`@map(${prismaString(dbName)})`);
  if (type.native !== undefined) attrs.push(type.native);
  const optional = c.nullable && !t.primaryKey.includes(c.name) ? '?' : '';
  return [`${o.field} ${type.type}${optional}`, ...attrs].join(' ');
}

/** A `///` doc comment on one line. */
export function docComment(text: string): string {
  return `/// ${text.replace(/\s+/g, ' ').trim()}`;
}
