import {
  canonicalSchema,
  column,
  databaseChoice,
  enumType,
  index,
  reason,
  relation,
  schema,
  span,
  table,
  type DatabaseProvider,
  type Result,
  type Schema,
  type Span,
  type Table,
} from '@schemawright/ir';
import { collectPrismaModels } from './collect/prisma-models.js';
import { parseDocument } from './document.js';
import { resolveSchema } from './resolve/index.js';

/** The providers a `datasource` block may name, as the IR knows them. */
const PROVIDERS: readonly DatabaseProvider[] = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb', 'mongodb'];

/**
 * Rule ids of what the resolve stage adds on its own (timestamps, foreign key indexes). A generated
 * `schema.prisma` states everything the database has, so whatever resolve adds was not there. Data: these
 * mirror `TIMESTAMPS_RULE` and `FK_INDEX_RULE` of packages/extract/src/resolve.
 */
export const INFERRED_RULES: ReadonlySet<string> = new Set(['resolve/default-timestamps', 'resolve/fk-index']);

/** The file name spans of the previous schema point at. */
export const PREVIOUS_SCHEMA_PATH = 'schema.prisma';

/**
 * Reads a previously generated `schema.prisma` back into the IR: the text goes through the Prisma model
 * collector (as one fenced block of a document) and the resolve stage; what resolve would add on its own
 * is left out, the database provider is the datasource's, and spans point at lines of the Prisma text.
 * Pure. Only the database-facing parts matter here (tables, columns, keys, indexes, relations, enums):
 * labels and purposes are the reader's, not the original documents'.
 */
export function previousSchemaOf(prismaText: string): Result<Schema> {
  const text = prismaText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n*$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  const doc = parseDocument({ path: PREVIOUS_SCHEMA_PATH, text: `${fence}prisma\n${text}\n${fence}\n` });
  const facts = collectPrismaModels(doc);
  const resolved = resolveSchema(facts.value, { name: 'previous' });
  const r = resolved.value;
  const provider = providerOf(text);
  const database = databaseChoice({ provider, orm: 'prisma', named: true, reasons: [reason(`the previous schema.prisma names ${provider}`)] });
  const read = schema({
    name: r.name,
    tables: r.tables.map(statedPartOf),
    relations: r.relations.map((x) => relation({ ...x, origin: unfenced(x.origin) })),
    enums: r.enums.map((e) => enumType({ ...e, origin: unfenced(e.origin) })),
    database,
  });
  // a schema without models is a fine previous state, not the "no entities in the documents" warning
  const diagnostics = [...facts.diagnostics, ...resolved.diagnostics].filter((d) => d.code !== 'resolve/empty-schema').map((d) => (d.span ? { ...d, span: unfenced(d.span) } : d));
  return { value: canonicalSchema(read), diagnostics };
}

/** The table without the columns and indexes resolve inferred, its spans on the Prisma text's lines. */
function statedPartOf(t: Table): Table {
  return table({
    ...t,
    origin: unfenced(t.origin),
    columns: t.columns.filter((c) => !INFERRED_RULES.has(c.rule)).map((c) => column({ ...c, origin: unfenced(c.origin) })),
    indexes: t.indexes.filter((i) => !INFERRED_RULES.has(i.rule)).map((i) => index({ ...i, origin: unfenced(i.origin) })),
  });
}

/** The opening fence takes document line 1, so Prisma line n is document line n + 1. */
function unfenced(s: Span): Span {
  return span(s.file, Math.max(1, s.start.line - 1), s.start.column, Math.max(1, s.end.line - 1), s.end.column);
}

function providerOf(text: string): DatabaseProvider {
  const block = /datasource\s+\w+\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  const named = /provider\s*=\s*"([^"]+)"/.exec(block)?.[1];
  return PROVIDERS.find((p) => p === named) ?? 'postgresql';
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}
