import { assertNever, type Diagnostic, type Table } from '@schemawright/ir';
import { tableKeysOf } from '../sql/index.js';
import type { DocumentField } from './document-fields.js';
import { surrogateIdOf } from './object-ids.js';
import type { MongoPlan } from './plan.js';
import { columnLine } from './print-column.js';
import { docComment, objectIdLine, prismaAction, prismaString } from './prisma-text.js';

/**
 * One `model` block (a collection), unformatted: the ObjectId `_id` (added first when the key is natural or
 * compound, which then becomes unique), the columns, the references it holds and their back fields, then the
 * embedded and id-list fields. Keys print as `@unique` / `@@unique` / `@@index`, and `@@map` names the collection.
 */
export function printModel(t: Table, plan: MongoPlan): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const model = plan.names.models.get(t.name)!;
  const fields = plan.names.fields.get(t.name)!;
  const field = (c: string) => fields.get(c) ?? c;
  const keys = tableKeysOf(t, 'mongodb', plan.oneToOneKeys.get(t.name) ?? []);
  const uniqueColumns = new Set(keys.filter((k) => k.source === 'column').map((k) => k.columns[0]!));
  const addedId = plan.addedIds.get(t.name);
  // a natural single key keeps its uniqueness next to the added ObjectId
  if (addedId !== undefined && t.primaryKey.length === 1) uniqueColumns.add(t.primaryKey[0]!);

  const lines: string[] = [];
  if (t.purpose !== undefined) lines.push(docComment(t.purpose));
  lines.push(`model ${model} {`);
  if (addedId !== undefined) lines.push(objectIdLine(addedId));
  for (const c of t.columns) {
    if (c.description !== undefined) lines.push(docComment(c.description));
    lines.push(columnLine(plan, t, c, { field: field(c.name), unique: uniqueColumns.has(c.name) && surrogateIdOf(plan.schema, t) !== c, inType: false }, diagnostics));
  }
  lines.push(...referenceLines(t, plan));
  for (const f of plan.documentFields.get(t.name) ?? []) lines.push(...documentFieldLines(f));

  const block: string[] = [];
  const list = (cols: readonly string[]) => `[${cols.map(field).join(', ')}]`;
  if (t.primaryKey.length > 1) block.push(`@@unique(${list(t.primaryKey)})`);
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

/** The references `t` holds (`@relation(fields, references, onDelete)`; MongoDB takes no `map:`), then back fields. */
function referenceLines(t: Table, plan: MongoPlan): string[] {
  const lines: string[] = [];
  for (const rf of plan.referenceFields) {
    const r = rf.relation;
    if (r.from.table !== t.name) continue;
    const holderFields = plan.names.fields.get(r.from.table)!;
    const targetFields = plan.names.fields.get(r.to.table)!;
    const actions = plan.actions.get(r.name) ?? { onDelete: r.onDelete, onUpdate: 'cascade' };
    const args: string[] = [];
    if (rf.relationName !== undefined) args.push(prismaString(rf.relationName));
    args.push(`fields: [${r.from.columns.map((c) => holderFields.get(c) ?? c).join(', ')}]`);
    args.push(`references: [${r.to.columns.map((c) => targetFields.get(c) ?? c).join(', ')}]`);
    args.push(`onDelete: ${prismaAction(actions.onDelete)}`);
    if (actions.onUpdate === 'no-action') args.push('onUpdate: NoAction');
    lines.push(`${rf.holderField} ${rf.targetModel}${rf.holderOptional ? '?' : ''} @relation(${args.join(', ')})`);
  }
  for (const rf of plan.referenceFields) {
    if (rf.relation.to.table !== t.name) continue;
    const named = rf.relationName !== undefined ? ` @relation(${prismaString(rf.relationName)})` : '';
    lines.push(`${rf.backField} ${rf.holderModel}${rf.backList ? '[]' : '?'}${named}`);
  }
  return lines;
}

/** `steps Step[]` / `profile Profile?`, or the pair `tagIds String[] @db.ObjectId` + `tags Tag[] @relation(…)`. */
function documentFieldLines(f: DocumentField): string[] {
  switch (f.kind) {
    case 'embedded': {
      const e = f.embedding;
      return [`${f.field} ${f.typeName}${e.list ? '[]' : e.required ? '' : '?'}`];
    }
    case 'id-list': {
      const name = f.relationName !== undefined ? `${prismaString(f.relationName)}, ` : '';
      return [`${f.idsField} String[] @db.ObjectId`, `${f.listField} ${f.targetModel}[] @relation(${name}fields: [${f.idsField}], references: [${f.targetIdField}])`];
    }
    default:
      return assertNever(f, 'document field');
  }
}
