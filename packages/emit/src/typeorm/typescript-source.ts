/**
 * Small helpers for writing TypeScript source text, shared by the TypeORM and Drizzle emitters.
 */

/**
 * Words that cannot name a variable or parameter in strict-mode ES modules: the reserved words, the
 * strict-mode ones, and `eval`/`arguments`. Property names may still use them.
 */
export const JS_RESERVED_WORDS: ReadonlySet<string> = new Set([
  'arguments', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'eval', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import',
  'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return',
  'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'undefined', 'NaN', 'Infinity',
]);

/** A single-quoted TypeScript string literal; escapes quotes, backslashes and line breaks. */
export function tsString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `'${escaped}'`;
}

/** A `/** … *\/` comment on one line at `indent`, or nothing for an empty text (`*\/` inside is defused). */
export function docLine(text: string | undefined, indent = ''): string[] {
  if (text === undefined) return [];
  const oneLine = text.replace(/\s+/g, ' ').trim().replace(/\*\//g, '*\\/');
  return oneLine === '' ? [] : [`${indent}/** ${oneLine} */`];
}

/** A `//` comment line with whitespace folded, for headers that quote document text. */
export function commentLine(text: string): string {
  return `// ${text.replace(/\s+/g, ' ').trim()}`;
}

/** The file text: lines joined with `\n`, ending with exactly one `\n`. */
export function fileText(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n*$/, '\n');
}
