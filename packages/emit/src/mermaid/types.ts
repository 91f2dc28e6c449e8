import { assertNever, type ScalarType } from '@schemawright/ir';
import { mermaidToken } from './names.js';

/** The attribute type Mermaid shows: the logical type, with its size where it has one (`string(255)`, `decimal(10,2)`). */
export function mermaidType(type: ScalarType): string {
  switch (type.kind) {
    case 'string':
      return type.maxLength === undefined ? 'string' : `string(${type.maxLength})`;
    case 'int':
      return type.bits === 64 ? 'bigint' : 'int';
    case 'decimal':
      return `decimal(${type.precision},${type.scale})`;
    case 'enum':
      return mermaidToken(type.enumName);
    case 'unknown':
      return mermaidToken(type.raw);
    case 'text': case 'float': case 'boolean': case 'date': case 'datetime': case 'time': case 'uuid': case 'json': case 'bytes':
      return type.kind;
    default:
      return assertNever(type, 'scalar type');
  }
}
