import { format, validate } from '@prisma/prisma-schema-wasm';

/** Prisma's own validator: undefined when valid, else the engine's message. */
export function prismaProblem(text: string): string | undefined {
  try {
    validate(JSON.stringify({ prismaSchema: [['schema.prisma', text]], noColorErrors: true }));
    return undefined;
  } catch (e) {
    return String((e as Error).message ?? e);
  }
}

/**
 * What `prisma format` prints for the text. This engine version takes and returns a JSON list of
 * `[fileName, text]` pairs; given a bare string it returns it unchanged, which would make every
 * format-stability check pass vacuously — the verifier test below guards against that.
 */
export function prismaFormat(text: string): string {
  const out = format(JSON.stringify([['schema.prisma', text]]), JSON.stringify({ textDocument: { uri: 'file:/schema.prisma' }, options: { tabSize: 2, insertSpaces: true } }));
  const files = JSON.parse(out) as [string, string][];
  return files[0]![1];
}

/** The text of every ```mermaid block in a markdown file. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** mermaid 11's own parser: undefined when it accepts the diagram, else its message. */
export async function mermaidProblem(diagram: string): Promise<string | undefined> {
  const mermaid = (await import('mermaid')).default;
  try {
    await mermaid.parse(diagram);
    return undefined;
  } catch (e) {
    return String((e as Error).message ?? e);
  }
}
