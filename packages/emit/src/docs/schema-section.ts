import type { DocContext } from './context.js';
import { PROVIDER_LABELS } from './database-words.js';
import { code } from './markdown.js';

/** "Schema definition": where the full definition lives and what else was emitted next to it. */
export function schemaSection(ctx: DocContext): string[] {
  const s = ctx.schema;
  const maps = s.tables.some((t) => !ctx.implicitTables.has(t.name) && ctx.names.models.get(t.name) !== t.name);
  // an implicit many-to-many is no model, and its two foreign keys are one Prisma relation
  const models = s.tables.length - ctx.implicitTables.size;
  const relations = s.relations.length - ctx.implicitTables.size;
  const lines = [
    '## Schema definition',
    '',
    `The complete definition is ${code('schema.prisma')} (provider ${code(ctx.provider)}, ${PROVIDER_LABELS[ctx.provider]}): ` +
      `${models} ${models === 1 ? 'model' : 'models'}, ${s.enums.length} ${s.enums.length === 1 ? 'enum' : 'enums'} and ` +
      `${relations} ${relations === 1 ? 'relation' : 'relations'}, checked with Prisma's validator and formatted as ${code('prisma format')} prints it.` +
      (maps ? ` Models are PascalCase and singular; ${code('@@map')} and ${code('@map')} keep the table and column names used here.` : ''),
  ];
  const others = ctx.files.filter((f) => f !== 'schema.prisma' && f !== 'erd.md');
  if (others.length > 0) {
    lines.push('', 'Also generated:', '');
    for (const f of others) lines.push(`- ${code(f)}`);
  }
  return lines;
}
