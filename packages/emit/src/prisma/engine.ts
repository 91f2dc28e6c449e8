import { format, get_dmmf, validate } from '@prisma/prisma-schema-wasm';

const FILE = 'schema.prisma';
const FORMAT_PARAMS = JSON.stringify({ textDocument: { uri: `file:/${FILE}` }, options: { tabSize: 2, insertSpaces: true } });

/** `prisma format` of one schema file, through the same WebAssembly build the Prisma CLI uses. */
export function formatPrismaSchema(text: string): string {
  const files = JSON.parse(format(JSON.stringify([[FILE, text]]), FORMAT_PARAMS)) as [string, string][];
  return files[0]![1];
}

/** Prisma's own validation: undefined when the schema is valid, else the engine's message. */
export function validatePrismaSchema(text: string): string | undefined {
  try {
    validate(JSON.stringify({ prismaSchema: text, noColor: true }));
    return undefined;
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    try {
      return (JSON.parse(raw) as { message?: string }).message ?? raw;
    } catch {
      return raw;
    }
  }
}

/** The DMMF (Prisma's data model description) of a valid schema, for structural checks. */
export function prismaDmmf(text: string): unknown {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: text }))) as unknown;
}
