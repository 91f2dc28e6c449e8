import type { Diagnostic } from '@schemawright/ir';
import type { Embedding } from './embedded.js';
import type { MongoPlan } from './plan.js';
import { columnLine } from './print-column.js';
import { docComment } from './prisma-text.js';

/**
 * One composite `type` block for an embedded table, unformatted: the kept columns only (an order field such as
 * `position` stays, it is data). Types take no keys, `@@map` or `@updatedAt`: they live inside the parent's
 * documents, not in a collection of their own.
 */
export function printType(e: Embedding, plan: MongoPlan): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const t = e.table;
  const fields = plan.names.fields.get(t.name)!;
  const lines: string[] = [];
  if (t.purpose !== undefined) lines.push(docComment(t.purpose));
  lines.push(`type ${plan.names.models.get(t.name)!} {`);
  for (const c of e.columns) {
    if (c.description !== undefined) lines.push(docComment(c.description));
    lines.push(columnLine(plan, t, c, { field: fields.get(c.name) ?? c.name, unique: false, inType: true }, diagnostics));
  }
  lines.push('}');
  return { text: lines.join('\n'), diagnostics };
}
