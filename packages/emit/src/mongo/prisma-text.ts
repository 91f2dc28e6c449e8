import { assertNever, type ReferentialAction } from '@schemawright/ir';
import type { EffectiveDefault } from '../prisma/index.js';

// Thin local copies of small printing helpers the Prisma emitter keeps private (prisma/defaults.ts,
// prisma/identifiers.ts, prisma/print-relation.ts, prisma/print-model.ts). Kept here rather than importing
// those files directly, so the Prisma emitter can be reorganised without breaking this one.

/** A Prisma string literal: double quotes, with `"` and `\` escaped and line breaks as `\n`. */
export function prismaString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

/** Prisma's spelling of a referential action. */
export function prismaAction(a: ReferentialAction): string {
  switch (a) {
    case 'cascade': return 'Cascade';
    case 'restrict': return 'Restrict';
    case 'set-null': return 'SetNull';
    case 'no-action': return 'NoAction';
    default: return assertNever(a, 'referential action');
  }
}

/**
 * Claims a name not yet in `taken` and records it, with the Prisma emitter's suffix rule: `base`, then
 * `base + suffixWord`, then `base + suffixWord + 2`, `3`, …
 */
export function claimName(base: string, taken: Set<string>, suffixWord: string): string {
  let name = base;
  if (taken.has(name)) name = base + suffixWord;
  for (let n = 2; taken.has(name); n++) name = `${base}${suffixWord}${n}`;
  taken.add(name);
  return name;
}

/** A `///` doc comment on one line. */
export function docComment(text: string): string {
  return `/// ${text.replace(/\s+/g, ' ').trim()}`;
}

/** The `@default(...)` attribute; `enumIdentifiers` maps database values to Prisma enum identifiers. */
export function printDefault(d: EffectiveDefault, enumIdentifiers?: ReadonlyMap<string, string>): string {
  switch (d.kind) {
    case 'now': case 'uuid': case 'autoincrement': case 'sequence':
      return `@default(${d.kind}())`;
    case 'text':
      return `@default(${prismaString(d.value)})`;
    case 'number': case 'boolean':
      return `@default(${String(d.value)})`;
    case 'enum':
      return `@default(${enumIdentifiers?.get(d.value) ?? d.value})`;
    default:
      return assertNever(d, 'default');
  }
}

/** The id every collection gets: MongoDB's own `_id`, an ObjectId the database generates. */
export function objectIdLine(field: string): string {
  return `${field} String @id @default(auto()) @map("_id") @db.ObjectId`;
}
