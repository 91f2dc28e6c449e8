import { parseSqlDefault } from './sql-defaults.js';
import { bareName, type DdlColumn, type DdlReference } from './sql-model.js';
import { leadingName, matchingParen, type SqlItem } from './sql-items.js';

/** What a table-body item that is not a column declares. */
export type ConstraintText =
  | { readonly kind: 'primary-key'; readonly columns: readonly string[]; readonly name?: string }
  | { readonly kind: 'unique'; readonly columns: readonly string[]; readonly name?: string }
  | { readonly kind: 'index'; readonly columns: readonly string[]; readonly name?: string }
  | { readonly kind: 'foreign-key'; readonly columns: readonly string[]; readonly references: DdlReference }
  | { readonly kind: 'check'; readonly column: string; readonly values: readonly string[] };

const IDENT = '(?:`[^`]+`|"[^"]+"|\\[[^\\]]+\\]|[\\p{L}_][\\p{L}\\p{N}_$]*)';
const QUALIFIED = `${IDENT}(?:\\.${IDENT})?`;

/** Words that start a table constraint rather than a column (unquoted). */
const CONSTRAINT_START = /^(CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|KEY|INDEX|CHECK|FULLTEXT|SPATIAL|EXCLUDE|LIKE)\b/i;

/** True when the item is a table constraint (`PRIMARY KEY (a, b)`, `CONSTRAINT x FOREIGN KEY …`, `INDEX i (c)`). */
export function isConstraintItem(text: string): boolean {
  return CONSTRAINT_START.test(text.trim());
}

/** Masks quoted text with `x` (same length), so keyword searches never match inside strings. */
function mask(text: string): string {
  return text.replace(/'(?:[^']|'')*'/g, (s) => `'${'x'.repeat(s.length - 2)}'`);
}

/** Quoted values of a list like `'a', 'b'` or `"a","b"`. */
export function quotedValues(list: string): string[] {
  return [...list.matchAll(/'((?:[^']|'')*)'|"([^"]*)"/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/''/g, "'"));
}

/** Column names of a key list `(a, b DESC, c(10))`; expressions are left out. */
export function columnList(list: string): string[] {
  return list
    .split(',')
    .map((c) => c.trim())
    .filter((c) => new RegExp(`^${IDENT}(\\s*\\(\\d+\\))?(\\s+(ASC|DESC|NULLS\\s+(FIRST|LAST)))*$`, 'iu').test(c))
    .map((c) => leadingName(c));
}

const TYPE_RE = new RegExp(
  String.raw`^((?:double\s+precision|character\s+varying|bit\s+varying|(?:timestamp|time)(?:\s*\(\s*\d+\s*\))?\s+with(?:out)?\s+time\s+zone|${QUALIFIED})(?:\s*\([^)]*\))?(?:\s+unsigned)?(?:\s+zerofill)?(?:\s*\[\s*\d*\s*\])*)`,
  'iu',
);
const NOT_A_TYPE = /^(NOT|NULL|PRIMARY|UNIQUE|DEFAULT|REFERENCES|CHECK|CONSTRAINT|GENERATED|COLLATE|COMMENT|AUTO_INCREMENT|AUTOINCREMENT)$/i;
const ON_DELETE = /\bON\s+DELETE\s+(CASCADE|RESTRICT|SET\s+NULL|SET\s+DEFAULT|NO\s+ACTION)/i;

/** Reads one column definition (`email VARCHAR(255) NOT NULL UNIQUE DEFAULT '' REFERENCES …`). */
export function readColumnText(item: SqlItem): DdlColumn | undefined {
  const name = leadingName(item.text);
  if (name === '') return undefined;
  const afterName = item.text.trim().slice(item.text.trim().indexOf(name) + name.length).replace(/^[`"\]]/, '').trim();
  const typeMatch = TYPE_RE.exec(afterName);
  const typeWord = typeMatch ? (typeMatch[1] ?? '') : '';
  const rawType = typeWord !== '' && !NOT_A_TYPE.test(typeWord.split(/[\s(]/)[0] ?? '') ? typeWord.trim() : '';
  const rest = afterName.slice(rawType.length);
  const m = mask(rest);
  const column: { -readonly [K in keyof DdlColumn]: DdlColumn[K] } = {
    name: bareName(name),
    rawType,
    notNull: /\bNOT\s+NULL\b/i.test(m),
    primaryKey: /\bPRIMARY\s+KEY\b/i.test(m),
    unique: /\bUNIQUE\b/i.test(m),
    autoIncrement: /\bAUTO_?INCREMENT\b|\bAS\s+IDENTITY\b|\bIDENTITY\s*(\(|$|\s)/i.test(m),
    autoUpdate: /\bON\s+UPDATE\s+(CURRENT_TIMESTAMP|NOW\s*\(\s*\))/i.test(m),
    line: item.line,
  };
  const comment = /\bCOMMENT\s+'((?:[^']|'')*)'/i.exec(rest);
  if (comment && /\bCOMMENT\s+'/i.test(m) && comment[1]!.trim() !== '') column.comment = comment[1]!.replace(/''/g, "'").trim();
  const def = /\bDEFAULT\s+/i.exec(m);
  if (def) {
    const parsed = parseSqlDefault(readExpression(rest.slice(def.index + def[0].length)));
    if (parsed) column.default = parsed;
  }
  const ref = new RegExp(`\\bREFERENCES\\s+(${QUALIFIED})\\s*(?:\\(([^)]*)\\))?`, 'iu').exec(m);
  if (ref) column.references = reference(rest, ref);
  const enumType = /^(?:ENUM|SET)\s*\(([\s\S]*)\)$/i.exec(rawType);
  const check = /\bCHECK\s*\(\s*[`"]?[\p{L}_][\p{L}\p{N}_]*[`"]?\s+IN\s*\(/iu.exec(m);
  if (enumType) column.enumValues = quotedValues(enumType[1]!);
  else if (check) {
    const open = check.index + check[0].length - 1;
    column.enumValues = quotedValues(rest.slice(open, matchingParen(rest, open) + 1));
  }
  return column;
}

/** Reads a reference found by a `REFERENCES t (c)` match on the masked text, with its `ON DELETE` action. */
function reference(text: string, match: RegExpExecArray): DdlReference {
  const after = mask(text).slice(match.index + match[0].length);
  const onDelete = ON_DELETE.exec(after.split(/\bREFERENCES\b|\bCHECK\b|\bDEFAULT\b/i)[0] ?? '');
  const ref: { -readonly [K in keyof DdlReference]: DdlReference[K] } = {
    table: bareName(match[1]!),
    columns: match[2] === undefined ? [] : columnList(match[2]),
  };
  if (onDelete) ref.onDelete = onDelete[1]!.toLowerCase().replace(/\s+/g, ' ');
  return ref;
}

/** The default expression at the start of `text`: a parenthesized group, a string or a token, with any `::cast`. */
function readExpression(text: string): string {
  const t = text.trimStart();
  let end: number;
  if (t.startsWith('(')) end = matchingParen(t, 0) + 1;
  else if (/^[NE]?'/.test(t)) end = (/^[NE]?'(?:[^']|'')*'/.exec(t)?.[0].length ?? t.length);
  else {
    const call = /^-?[\w.]+\s*/.exec(t);
    end = call ? call[0].trimEnd().length : 0;
    if (t.charAt(call?.[0].length ?? 0) === '(' && call) end = matchingParen(t, call[0].length) + 1;
  }
  if (end <= 0) return '';
  const cast = /^::[\w]+(\s+varying)?(\[\])?/i.exec(t.slice(end));
  return t.slice(0, end + (cast ? cast[0].length : 0));
}

/** Reads a table constraint item (`CONSTRAINT x PRIMARY KEY (a, b)`, `UNIQUE KEY k (a)`, `FOREIGN KEY …`, `CHECK (…)`). */
export function readConstraintText(text: string): ConstraintText | undefined {
  const m = mask(text);
  const named = new RegExp(`^\\s*CONSTRAINT\\s+(${IDENT})\\s+`, 'iu').exec(m);
  const name = named ? bareName(named[1]!) : undefined;
  const body = m.slice(named ? named[0].length : 0);
  const offset = named ? named[0].length : 0;
  const withName = <T extends object>(c: T): T => (name === undefined ? c : { ...c, name });
  let k: RegExpExecArray | null;
  if ((k = /^\s*PRIMARY\s+KEY\s*(?:\w+\s*)?\(([^)]*)\)/i.exec(body))) return withName({ kind: 'primary-key' as const, columns: columnList(k[1]!) });
  if ((k = new RegExp(`^\\s*FOREIGN\\s+KEY\\s*(?:${IDENT}\\s*)?\\(([^)]*)\\)\\s*REFERENCES\\s+(${QUALIFIED})\\s*(?:\\(([^)]*)\\))?`, 'iu').exec(body))) {
    const refMatch = new RegExp(`\\bREFERENCES\\s+(${QUALIFIED})\\s*(?:\\(([^)]*)\\))?`, 'iu').exec(text.slice(offset))!;
    return { kind: 'foreign-key', columns: columnList(k[1]!), references: reference(text.slice(offset), refMatch) };
  }
  if ((k = new RegExp(`^\\s*UNIQUE(?:\\s+(?:KEY|INDEX))?\\s*(${IDENT})?\\s*\\(([^)]*)\\)`, 'iu').exec(body))) {
    const key = k[1] !== undefined ? bareName(k[1]) : name;
    return key === undefined ? { kind: 'unique', columns: columnList(k[2]!) } : { kind: 'unique', columns: columnList(k[2]!), name: key };
  }
  if ((k = new RegExp(`^\\s*(?:FULLTEXT\\s+|SPATIAL\\s+)?(?:INDEX|KEY)\\s*(${IDENT})?\\s*(?:USING\\s+\\w+\\s*)?\\(([^)]*)\\)`, 'iu').exec(body))) {
    const key = k[1] !== undefined ? bareName(k[1]) : name;
    return key === undefined ? { kind: 'index', columns: columnList(k[2]!) } : { kind: 'index', columns: columnList(k[2]!), name: key };
  }
  if ((k = /^\s*CHECK\s*\(\s*[`"]?([\p{L}_][\p{L}\p{N}_]*)[`"]?\s+IN\s*\(([^)]*)\)/iu.exec(body))) {
    const end = offset + k.index + k[0].length - 1;
    return { kind: 'check', column: k[1]!, values: quotedValues(text.slice(end - k[2]!.length, end)) };
  }
  return undefined;
}
