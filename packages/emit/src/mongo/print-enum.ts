import type { Enum } from '@schemawright/ir';
import type { SchemaNames } from '../prisma/index.js';
import { prismaString } from './prisma-text.js';

/** One `enum` block, as the Prisma emitter prints it: `@map` where a value's identifier differs, `@@map` when the name does. */
export function printEnum(e: Enum, names: SchemaNames): string {
  const enumNames = names.enums.get(e.name)!;
  const lines = [`enum ${enumNames.name} {`];
  for (const v of e.values) {
    const id = enumNames.values.get(v.name)!;
    lines.push(id === v.name ? id : `${id} @map(${prismaString(v.name)})`);
  }
  if (enumNames.name !== e.name) lines.push('', `@@map(${prismaString(e.name)})`);
  lines.push('}');
  return lines.join('\n');
}
