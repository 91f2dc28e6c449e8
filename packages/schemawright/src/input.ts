import type { SourceDocument } from '@schemawright/extract';

/** The workspace's `config.json`, as far as schemawright reads it. Other keys are kept but unused. */
export interface WorkspaceConfig {
  readonly name?: string;
  readonly slug?: string;
  readonly [key: string]: unknown;
}

/** Input to `generateSchema`: any number of markdown documents, or the PRD/architecture shorthand. */
export type GenerateInput =
  | { readonly documents: readonly SourceDocument[]; readonly config?: WorkspaceConfig }
  | { readonly prd?: string; readonly architecture?: string; readonly config?: WorkspaceConfig };

/** The documents of an input, shorthand expanded to `prd.md` and `architecture.md`. */
export function documentsOf(input: GenerateInput): SourceDocument[] {
  if ('documents' in input) return [...input.documents];
  const docs: SourceDocument[] = [];
  if (input.prd !== undefined) docs.push({ path: 'prd.md', text: input.prd });
  if (input.architecture !== undefined) docs.push({ path: 'architecture.md', text: input.architecture });
  return docs;
}

/**
 * The product name: config.json's `name`, else the first level-1 heading of a PRD-like document with
 * common suffixes ("— PRD", "Product Requirements Document") removed, else the first document's name.
 */
export function productNameOf(docs: readonly SourceDocument[], config?: WorkspaceConfig): string {
  if (typeof config?.name === 'string' && config.name.trim() !== '') return config.name.trim();
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const ordered = [...sorted.filter((d) => /prd|product|requirement/i.test(d.path)), ...sorted];
  for (const doc of ordered) {
    const h1 = /^\uFEFF?#[ \t]+(.+?)[ \t#]*$/m.exec(doc.text.replace(/\r\n?/g, '\n'))?.[1];
    if (h1) {
      const name = h1
        .replace(/[*_`]/g, '')
        .replace(/\s*[-–—:|]\s*(product requirements? document|prd|architecture( document| overview)?|technical (design|architecture))\s*$/i, '')
        .replace(/^(product requirements? document|prd|architecture)\s*[-–—:|]\s*/i, '')
        .replace(/\s+(prd|architecture)$/i, '')
        .trim();
      if (name !== '') return name;
    }
  }
  const first = sorted[0]?.path.split('/').pop()?.replace(/\.md$/i, '');
  return first ?? 'Untitled';
}
