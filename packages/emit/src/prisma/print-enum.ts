import type { Enum } from '@schemawright/ir';
import type { SchemaNames } from './names.js';
import { prismaString } from './defaults.js';

/** One `enum` block: identifiers with `@map` where the database value differs, `@@map` when the name does. */
export function printEnum(e: Enum, schemaNames: SchemaNames): string {
  const names = schemaNames.enums.get(e.name)!;
  const lines = [`enum ${names.name} {`];
  for (const v of e.values) {
    const id = names.values.get(v.name)!;
    lines.push(id === v.name ? id : `${id} @map(${prismaString(v.name)})`);
  }
  if (names.name !== e.name) lines.push('', `@@map(${prismaString(e.name)})`);
  lines.push('}');
  return lines.join('\n');
}
