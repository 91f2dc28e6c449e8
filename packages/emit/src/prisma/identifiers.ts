import { nameTag } from '@schemawright/ir';

/**
 * Names Prisma refuses for models and enums: PrismaClient, the JavaScript keywords the client reserves, and
 * the scalar type names. Checked against `validate` of @prisma/prisma-schema-wasm.
 */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'PrismaClient',
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in',
  'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'using', 'var', 'void', 'while', 'with', 'yield',
  'String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported',
]);

/** What Prisma accepts as a model, enum, field or enum value name: a Latin letter, then letters, digits, `_`. */
export function isPrismaIdentifier(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(name);
}

/**
 * Makes `candidate` a valid identifier: its characters outside `[A-Za-z0-9_]` are dropped; when it has
 * characters of another script (`사용자`, `사용자_id`) or nothing is left, `prefix` + a stable tag of `original`, so the identifier
 * does not move when other tables come and go; `prefix + candidate` when it starts with a digit.
 */
export function validIdentifier(candidate: string, prefix: string, original: string): string {
  // a name partly in another script (`사용자_id`) would lose the part that tells it apart: tag it whole
  if (/[^\x00-\x7F]/.test(candidate)) return `${prefix}${nameTag(original)}`;
  const latin = candidate.replace(/[^A-Za-z0-9_]/g, '');
  if (latin === '' || /^_+$/.test(latin)) return `${prefix}${nameTag(original)}`;
  return /^[0-9_]/.test(latin) ? prefix + latin : latin;
}

/**
 * Claims a name not yet in `taken` and records it. The deterministic suffix rule: `base`, then
 * `base + suffixWord`, then `base + suffixWord + 2`, `3`, …
 */
export function claimName(base: string, taken: Set<string>, suffixWord: string, reserved: ReadonlySet<string> = new Set()): string {
  const free = (n: string) => !taken.has(n) && !reserved.has(n);
  let name = base;
  if (!free(name)) name = base + suffixWord;
  for (let n = 2; !free(name); n++) name = `${base}${suffixWord}${n}`;
  taken.add(name);
  return name;
}
