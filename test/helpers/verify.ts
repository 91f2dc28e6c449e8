import { formatPrismaSchema, validatePrismaSchema } from '@schemawright/emit';

/** Prisma's own validator (through the emitter's engine binding): undefined when valid, else the message. */
export const prismaProblem = validatePrismaSchema;

/** What `prisma format` prints for the text (Prisma's own formatter, WebAssembly build). */
export const prismaFormat = formatPrismaSchema;

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
