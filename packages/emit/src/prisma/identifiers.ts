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
 * Makes `candidate` a valid identifier: `fallback` when it is empty (a non-Latin name has no Latin words),
 * `prefix + candidate` when it starts with a digit. The candidate is already reduced to `[A-Za-z0-9_]`.
 */
export function validIdentifier(candidate: string, prefix: string, fallback: string): string {
  if (candidate === '') return fallback;
  return /^[0-9]/.test(candidate) ? prefix + candidate : candidate;
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
