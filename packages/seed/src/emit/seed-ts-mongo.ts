import { databaseChoice, type Column, type Schema, type Table } from '@schemawright/ir';
import { isObjectIdColumn, planMongo, prismaTypeOf, referencedColumnOf, type Embedding, type IdListField, type MongoPlan } from '@schemawright/emit';
import { fnv1a } from '../random.js';
import type { SeedPlan, SeedRows, SeedTableRows, SeedValue } from '../types.js';
import { DEFAULT_CLIENT_IMPORT, emitSeedTs, type SeedTsOptions } from './seed-ts.js';
import { oneLine } from './text.js';
import { tsKey, tsLiteral } from './ts-literals.js';

/**
 * seed.ts and prisma.config.ts for the MongoDB document design of `emitPrismaMongo`: one `createMany` per
 * collection in plan order; embedded tables go inside their parent's documents (`ingredients: [{ … }]`, in
 * row order) and id-list junctions become the id lists of both sides (`tagIds: [ … ]`), so neither gets a
 * call. Ids and references are ObjectIds derived from the generated keys (`objectIdOf`), the same on every
 * side. MongoDB enforces no foreign keys, so deferred keys of cycles go in with their final values.
 */
export function emitSeedTsMongo(schema: Schema, plan: SeedPlan, rows: SeedRows, options: SeedTsOptions = {}): { 'seed.ts': string; 'prisma.config.ts': string } {
  // no rows: only the shared prisma.config.ts is wanted, not a relational seed.ts of the whole data set
  const config = emitSeedTs(schema, plan, { seed: rows.seed, tables: [] }, options)['prisma.config.ts'];
  return { 'seed.ts': seedScript(schema, plan, rows, options.clientImport ?? DEFAULT_CLIENT_IMPORT), 'prisma.config.ts': config };
}

/**
 * A deterministic 24-hex-digit ObjectId for a generated key: the first 24 hex digits of a uuid, a
 * non-negative integer in hex padded to 24 digits, anything else three FNV-1a hashes of its text.
 */
export function objectIdOf(value: SeedValue): string {
  const text = String(value);
  const hex = text.replace(/-/g, '').toLowerCase();
  if (/^[0-9a-f]{32}$/.test(hex)) return hex.slice(0, 24);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value.toString(16).padStart(24, '0');
  return [0, 1, 2].map((k) => fnv1a(`${k}:${text}`).toString(16).padStart(8, '0')).join('');
}

function seedScript(schema: Schema, plan: SeedPlan, rows: SeedRows, clientImport: string): string {
  const mongo = planMongo(asMongo(schema));
  const byTable = new Map(rows.tables.map((t) => [t.table, t] as const));
  const body: string[] = [];
  for (const t of rows.tables) {
    if (mongo.embeddings.has(t.table) || mongo.junctions.has(t.table)) continue;
    body.push(...collectionLines(mongo, tableOf(schema, t.table), t, byTable));
  }
  const usesPrisma = body.some((l) => l.includes('Prisma.DbNull'));
  return [
    `// Seed data for ${oneLine(schema.name)} (MongoDB documents), written by schemawright from seed ${plan.seed}. Run it with \`npx prisma db seed\`.`,
    "import 'dotenv/config';",
    `import { ${usesPrisma ? 'Prisma, ' : ''}PrismaClient } from '${clientImport}';`,
    '',
    'const prisma = new PrismaClient();',
    '',
    'async function main(): Promise<void> {',
    ...body.map((l) => `  ${l}`),
    '}',
    '',
    'main()',
    '  .then(() => prisma.$disconnect())',
    '  .catch(async (error: unknown) => {',
    '    console.error(error);',
    '    await prisma.$disconnect();',
    '    process.exit(1);',
    '  });',
  ].join('\n') + '\n';
}

/** The `createMany` of one collection: its columns, then its embedded documents and id lists. */
function collectionLines(mongo: MongoPlan, t: Table, data: SeedTableRows, byTable: ReadonlyMap<string, SeedTableRows>): string[] {
  if (data.rows.length === 0) return [`// ${t.name}: no rows`];
  const fields = mongo.names.fields.get(t.name)!;
  const columns = t.columns.map((c) => ({ key: tsKey(fields.get(c.name) ?? c.name), at: data.columns.indexOf(c.name), write: valueWriter(mongo, t, c, false) }));
  const extras = (mongo.documentFields.get(t.name) ?? []).map((f) => {
    if (f.kind === 'embedded') return embeddedWriter(mongo, f.field, f.embedding, data, byTable.get(f.embedding.table.name));
    return idListWriter(f, data, byTable.get(f.junction.table.name));
  });
  const documents = data.rows.map((r, i) => {
    const parts = columns.map((c) => `${c.key}: ${c.write(r[c.at] ?? null)}`);
    for (const extra of extras) {
      const part = extra(i);
      if (part !== undefined) parts.push(part);
    }
    return `    { ${parts.join(', ')} },`;
  });
  const model = mongo.names.models.get(t.name)!;
  const head = `// ${t.name}: ${data.rows.length} document${data.rows.length === 1 ? '' : 's'}`;
  return [head, `await prisma.${model.charAt(0).toLowerCase() + model.slice(1)}.createMany({`, '  data: [', ...documents, '  ],', '});'];
}

/** How a column's values are written: an ObjectId string for ids and references to them, else by the column's Prisma type on MongoDB. */
function valueWriter(mongo: MongoPlan, t: Table, c: Column, inType: boolean): (v: SeedValue) => string {
  if (!inType && isObjectIdColumn(mongo.schema, mongo.references, t, c.name)) return (v) => (v === null ? 'null' : JSON.stringify(objectIdOf(v)));
  // a reference to a natural key is stored as its target is (see print-column.ts of the MongoDB emitter)
  const source = inType ? c : referencedColumnOf(mongo.schema, mongo.references, t, c.name)?.column ?? c;
  const enumNames = source.type.kind === 'enum' ? mongo.names.enums.get(source.type.enumName) : undefined;
  const type = prismaTypeOf(source.type, 'mongodb', enumNames?.name ?? 'String').type;
  return (v) => tsLiteral(v, source, type, enumNames?.values);
}

/** Per parent row, `field: [{ … }, …]` / `field: { … }` of its children in row order; an absent single child writes nothing. */
function embeddedWriter(mongo: MongoPlan, field: string, e: Embedding, parent: SeedTableRows, child: SeedTableRows | undefined): (row: number) => string | undefined {
  const fields = mongo.names.fields.get(e.table.name)!;
  const kept = e.columns.map((c) => ({ key: tsKey(fields.get(c.name) ?? c.name), at: child?.columns.indexOf(c.name) ?? -1, write: valueWriter(mongo, e.table, c, true) }));
  const children = groupBy(child, e.relation.from.columns);
  const parentKey = keyReader(parent, e.relation.to.columns);
  return (row) => {
    const docs = (children.get(parentKey(parent.rows[row]!)) ?? []).map((r) => `{ ${kept.map((k) => `${k.key}: ${k.write(r[k.at] ?? null)}`).join(', ')} }`);
    if (e.list) return `${tsKey(field)}: [${docs.join(', ')}]`;
    return docs[0] === undefined ? undefined : `${tsKey(field)}: ${docs[0]}`;
  };
}

/** Per holder row, `tagIds: ["…", …]`: the other end's ObjectIds of the junction rows pointing at the row, in row order. */
function idListWriter(f: IdListField, holder: SeedTableRows, junction: SeedTableRows | undefined): (row: number) => string {
  const other = f.junction.ends[0] === f.side ? f.junction.ends[1] : f.junction.ends[0];
  const links = groupBy(junction, f.side.from.columns);
  const holderKey = keyReader(holder, f.side.to.columns);
  const otherAt = junction?.columns.indexOf(other.from.columns[0]!) ?? -1;
  return (row) => {
    const ids = (links.get(holderKey(holder.rows[row]!)) ?? []).map((r) => JSON.stringify(objectIdOf(r[otherAt] ?? null)));
    return `${tsKey(f.idsField)}: [${ids.join(', ')}]`;
  };
}

/** Rows of `data` by the values of `columns` (a key of `keyReader`), each group in row order. */
function groupBy(data: SeedTableRows | undefined, columns: readonly string[]): Map<string, (readonly SeedValue[])[]> {
  const out = new Map<string, (readonly SeedValue[])[]>();
  if (data === undefined) return out;
  const key = keyReader(data, columns);
  for (const r of data.rows) {
    const k = key(r);
    const group = out.get(k);
    if (group) group.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** The values of `columns` in a row as one comparable text. */
function keyReader(data: SeedTableRows, columns: readonly string[]): (row: readonly SeedValue[]) => string {
  const at = columns.map((c) => data.columns.indexOf(c));
  return (row) => JSON.stringify(at.map((k) => row[k] ?? null));
}

function tableOf(schema: Schema, name: string): Table {
  return schema.tables.find((t) => t.name === name)!;
}

/** The schema with MongoDB as its database, as `emitPrismaMongo` plans it, so names and types match its output. */
function asMongo(schema: Schema): Schema {
  if (schema.database.provider === 'mongodb') return schema;
  const d = schema.database;
  return { ...schema, database: databaseChoice({ provider: 'mongodb', orm: d.orm, named: d.named, reasons: d.reasons }) };
}
