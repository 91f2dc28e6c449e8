/**
 * Reads a closed value list as types are written in docs: `enum(draft, published)`, `ENUM('a','b')`,
 * `Enum ['A', 'B']`, `'a' | 'b'`, `active|inactive`, `enum: low, medium, high`. Returns undefined when the
 * text is not a value list.
 */
export function readEnumType(raw: string): string[] | undefined {
  const t = raw.trim();
  const wrapped = /^enum\s*[:(\[{<]?\s*(.*?)\s*[)\]}>]?$/i.exec(t);
  if (wrapped && /^enum\b/i.test(t) && wrapped[1] !== '') {
    const inner = wrapped[1]!.replace(/^[\[(]\s*/, '').replace(/\s*[\])]$/, '');
    return valueList(inner, /\s*[,|/]\s*/);
  }
  if (/^\[.*\]$/.test(t)) return valueList(t.slice(1, -1), /\s*,\s*/);
  if (t.includes('|')) return valueList(t, /\s*\|\s*/);
  return undefined;
}

/**
 * Reads a plain value list after a label (`chest, back, legs` or `` `PENDING`/`PUBLISHED` ``). Needs two
 * values or more; `etc.` is dropped.
 */
export function readValueList(text: string): string[] | undefined {
  return valueList(text.replace(/[.;]\s*$/, ''), /\s*(?:,|\||\/|\bor\b)\s*/);
}

function valueList(inner: string, separator: RegExp): string[] | undefined {
  const values = inner
    .split(separator)
    .map((v) => v.trim().replace(/^[`'"]|[`'"]$/g, '').trim())
    .filter((v) => v !== '' && !/^(?:etc\.?|\.\.\.|…)$/i.test(v));
  if (values.length < 2) return undefined;
  // `string | null` is a nullable type, not a value list.
  if (values.some((v) => /^(?:null|undefined|nil|none)$/i.test(v))) return undefined;
  if (!values.every((v) => /^[\p{L}\p{N}_][\p{L}\p{N}_ .:-]*$/u.test(v) && v.length <= 40)) return undefined;
  return values;
}
