import { parseRawType } from '../../infer/raw-type.js';
import { readConstraints, readNoteHints, saysSomething, type Constraints } from './constraints.js';
import { readEnumType } from './enum-values.js';

/** A field as a bullet, a table row or a column list wrote it, before it becomes an AttributeFact. */
export interface FieldSpec {
  readonly name: string;
  /** The type as written (`varchar(255)`, `enum(a, b)`, `UserRole`). */
  readonly rawType?: string;
  readonly enumValues?: readonly string[];
  readonly constraints: Constraints;
  readonly description?: string;
  /** `Task[]`: a list of another entity, the other side of a relation rather than a column. */
  readonly listOf?: string;
  /** The text stated a type or a constraint, so it reads as a field definition and not just a word. */
  readonly typed: boolean;
}

/** Identifier as a field name, with an optional `?` (optional) or `*` / `!` (required) marker. */
const NAME = /^([A-Za-z_][A-Za-z0-9_]*)([?*!]?)(?=$|[\s:：(—–,-])\s*(.*)$/s;

/**
 * Reads a field bullet: `id (uuid, PK)`, `email: string, unique`, `owner_id — FK to users`,
 * `status: enum (draft, published)`, `role: Enum ['A', 'B']`, `id UUID PK`, `name`. Undefined when the line
 * does not start with an identifier or goes on as prose.
 */
export function readFieldLine(line: string): FieldSpec | undefined {
  const m = NAME.exec(line.trim().replace(/^\[[ xX]\]\s*/, ''));
  if (!m) return undefined;
  const [, name, marker, rest] = m as unknown as [string, string, string, string];
  const spec = readRest(rest.trim());
  if (!spec) return undefined;
  const constraints = { ...spec.constraints };
  if (marker === '?') constraints.nullable = true;
  if ((marker === '*' || marker === '!') && constraints.nullable === undefined) constraints.nullable = false;
  return { ...spec, name, constraints, typed: spec.typed || marker !== '' };
}

type Rest = Omit<FieldSpec, 'name'>;

function readRest(rest: string): Rest | undefined {
  if (rest === '') return { constraints: {}, typed: false };
  if (/^[:：]/.test(rest)) return readTyped(rest.slice(1).trim(), '');
  if (rest.startsWith('(')) {
    const close = matchingParen(rest, 0);
    if (close < 0) return undefined;
    const after = rest.slice(close + 1).replace(/^\s*[:：—–-]\s*/, '').trim();
    return readTyped(rest.slice(1, close).trim(), after);
  }
  const dash = /^[—–-]+\s*(.*)$/s.exec(rest);
  if (dash) {
    const typed = readTyped(dash[1]!, '');
    if (typed.rawType !== undefined) return typed;
    const constraints = readConstraints(dash[1]!);
    return { constraints, description: dash[1]!.trim() || undefined, typed: saysSomething(constraints) } as Rest;
  }
  // `id UUID PK`: without a separator only a known type word makes this a field.
  const typed = readTyped(rest, '');
  return typed.rawType !== undefined && parseRawType(typed.rawType) ? typed : undefined;
}

/** Reads `type, constraint, constraint …` followed by free text, e.g. `varchar(255), unique - the login`. */
function readTyped(text: string, trailing: string): Rest {
  const tokens = splitTopLevel(text);
  let rawType: string | undefined;
  let enumValues: string[] | undefined;
  const constraints: Constraints = {};
  const description: string[] = [];
  tokens.forEach((token, i) => {
    if (i === 0) {
      const head = typePrefix(token);
      if (head) {
        rawType = head.rawType;
        enumValues = head.enumValues;
        if (head.rest !== '') merge(constraints, description, head.rest, enumValues);
        return;
      }
    }
    merge(constraints, description, token, enumValues);
  });
  if (trailing !== '') {
    Object.assign(constraints, { ...readNoteHints(trailing, enumValues), ...constraints });
    description.push(trailing);
  }
  if (rawType && /\?$/.test(rawType) && constraints.nullable === undefined) constraints.nullable = true;
  const list = rawType ? /^([A-Z][A-Za-z0-9]*)\[\]$/.exec(rawType) : null;
  const listOf = list && !parseRawType(list[1]!) ? list[1] : undefined;
  const spec: Rest = {
    constraints,
    typed: rawType !== undefined || saysSomething(constraints),
    ...(rawType !== undefined ? { rawType } : {}),
    ...(enumValues ? { enumValues } : {}),
    ...(description.length > 0 ? { description: description.join(', ') } : {}),
    ...(listOf ? { listOf } : {}),
  };
  return spec;
}

function merge(into: Constraints, description: string[], token: string, enumValues: readonly string[] | undefined): void {
  const text = token.trim().replace(/^\((.*)\)$/s, '$1').trim();
  const c = readConstraints(text, enumValues);
  if (saysSomething(c)) Object.assign(into, c);
  else if (text !== '') description.push(text);
}

/**
 * The type at the start of a token: the longest run of words `parseRawType` knows (`timestamp with time zone`,
 * `BIGINT UNSIGNED`), an enum (`enum (a, b)`), or a PascalCase name (`UserRole`, `Task[]`). The rest of the
 * token is returned for constraint reading.
 */
function typePrefix(token: string): { rawType: string; enumValues?: string[]; rest: string } | undefined {
  const t = token.trim().replace(/\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)/g, (_, a: string, b?: string) => (b ? `(${a},${b})` : `(${a})`));
  const values = readEnumType(t);
  if (values) return { rawType: t, enumValues: values, rest: '' };
  const enumHead = /^(enum)\s*(\(.*\)|\[.*\])\s*(.*)$/i.exec(t);
  if (enumHead) {
    const v = readEnumType(`${enumHead[1]}${enumHead[2]}`);
    if (v) return { rawType: `${enumHead[1]}${enumHead[2]}`, enumValues: v, rest: enumHead[3]! };
  }
  const words = t.split(/\s+/);
  for (let k = Math.min(words.length, 4); k >= 1; k--) {
    const candidate = words.slice(0, k).join(' ');
    if (parseRawType(candidate)) {
      const rest = words.slice(k).join(' ');
      const v = /^\(.*\)$/.test(rest) ? readEnumType(`enum${rest}`) : undefined;
      if (v && /^enum$/i.test(candidate)) return { rawType: `${candidate} ${rest}`, enumValues: v, rest: '' };
      return { rawType: candidate, rest };
    }
  }
  // A named type (`UserRole`, `Task[]`) only when nothing but modifiers follows it: `A dedicated layout` is prose.
  const pascal = /^([A-Z][A-Za-z0-9]+(?:\[\])?\??)(?:\s+(.*))?$/.exec(t);
  if (!pascal || NOT_TYPE_NAMES.test(pascal[1]!.replace(/\?$/, ''))) return undefined;
  const rest = pascal[2] ?? '';
  if (rest === '' || rest.startsWith('(') || saysSomething(readConstraints(rest))) return { rawType: pascal[1]!, rest };
  return undefined;
}

/** Capitalized words that are constraints or sentence starts, never type names. */
const NOT_TYPE_NAMES =
  /^(?:PK|FK|UK|NOT|NULL|UNIQUE|DEFAULT|REFERENCES|PRIMARY|INDEX|AUTO_INCREMENT|Required|Optional|Unique|Nullable|An?|The|All|Each|Every|This|That|Used|Can|May|Must|Should|See|If|When|Only)$/;

/** Splits on commas outside parentheses, brackets and quotes. */
export function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if ((ch === "'" || ch === '"') && /(?:^|[([{,|=:\s])$/.test(current.slice(-1) || ' ')) quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Reads a Type cell of a field table: `varchar(255)`, `UUID (FK)`, `enum(a, b)`, `'a' | 'b'`, `String?`,
 * `BIGINT UNSIGNED`. Whatever follows the type is read as constraints or kept as description.
 */
export function readTypeCell(text: string): Omit<FieldSpec, 'name'> {
  const t = text.trim();
  if (t === '') return { constraints: {}, typed: false };
  const spec = readTyped(t, '');
  // `Email provider`, `Payment gateway`: a word that happens to be a type, followed by prose, is not a type.
  if (spec.rawType !== undefined && spec.description !== undefined && !/[(,]/.test(t)) return { constraints: {}, typed: false, description: t };
  return spec;
}
