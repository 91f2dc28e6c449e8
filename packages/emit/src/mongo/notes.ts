import { diagnostic, type Diagnostic } from '@schemawright/ir';
import type { MongoPlan } from './plan.js';

/**
 * One `emit/mongo-document` info per embedded table and per junction turned into id lists, in schema order:
 * the design no longer has that table as a collection, and the reader of erd.md or the SQL files should
 * know where its data went and which columns have no place in MongoDB.
 */
export function documentNotesOf(plan: MongoPlan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const model = (table: string) => plan.names.models.get(table)!;
  for (const t of plan.schema.tables) {
    const e = plan.embeddings.get(t.name);
    if (e !== undefined) {
      const f = (plan.documentFields.get(e.parent) ?? []).find((x) => x.kind === 'embedded' && x.embedding === e);
      const shape = `is embedded in ${e.parent} as ${model(e.parent)}.${f?.kind === 'embedded' ? f.field : '?'} (type ${model(t.name)}${e.list ? '[]' : ''})`;
      out.push(diagnostic('emit/mongo-document', { table: t.name, shape, why: `each row belongs to one row of ${e.parent} and nothing references it`, dropped: e.dropped.join(', ') }, t.origin));
    }
    const j = plan.junctions.get(t.name);
    if (j !== undefined) {
      const lists = j.ends.map((end) => {
        const f = (plan.documentFields.get(end.to.table) ?? []).find((x) => x.kind === 'id-list' && x.junction === j && x.side === end);
        return `${model(end.to.table)}.${f?.kind === 'id-list' ? f.idsField : '?'}`;
      });
      const shape = `becomes the id lists ${lists.join(' and ')}`;
      out.push(diagnostic('emit/mongo-document', { table: t.name, shape, why: `it only links ${j.ends[0].to.table} and ${j.ends[1].to.table}`, dropped: j.dropped.join(', ') }, t.origin));
    }
  }
  return out;
}
