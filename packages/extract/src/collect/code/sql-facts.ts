import type { ReferentialAction, ScalarType } from '@schemawright/ir';
import { parseRawType } from '../../infer/raw-type.js';
import type { ParsedDocument } from '../../document.js';
import type { AttributeFact, Fact, FactBase } from '../../facts.js';
import { blockSpan, type CodeBlock } from './blocks.js';
import { valuesFromComment } from './comment-values.js';
import { defaultValueOf } from './sql-defaults.js';
import { bareName, type DdlColumn, type DdlReference, type DdlStatement, type DdlTable } from './sql-model.js';

export const SQL_RULE = 'collect/sql-ddl';
/** Rule of the value lists read from trailing comments (a heuristic, so its own rule and a lower confidence). */
export const COMMENT_VALUES_RULE = 'collect/comment-values';
export const COMMENT_VALUES_CONFIDENCE = 0.6;

/** `ON DELETE` actions as SQL writes them → IR referential actions (`SET DEFAULT` has none). */
export const SQL_REFERENTIAL_ACTIONS: Readonly<Record<string, ReferentialAction>> = {
  cascade: 'cascade',
  restrict: 'restrict',
  'set null': 'set-null',
  'no action': 'no-action',
};

/** Where the facts of one statement go and how sure they are. */
export interface SqlFactContext {
  readonly doc: ParsedDocument;
  readonly block: CodeBlock;
  /** Lower-case names of the enum types created anywhere in the document. */
  readonly enumNames: ReadonlySet<string>;
  /** Block line index → trailing comment. */
  readonly comments: ReadonlyMap<number, string>;
  /** 1 when the SQL parser read the statement, lower for the line reader. */
  readonly confidence: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The facts one DDL statement states, each placed on the line that states it. */
export function factsOfStatement(st: DdlStatement, ctx: SqlFactContext): Fact[] {
  const base = (line: number, token?: string): FactBase => ({
    span: blockSpan(ctx.doc, ctx.block, line, token),
    rule: SQL_RULE,
    source: 'sql',
    confidence: ctx.confidence,
  });
  switch (st.kind) {
    case 'enum':
      return [{ kind: 'enum', ...base(st.line), name: st.name, values: st.values }];
    case 'index': {
      const fact = { kind: 'index' as const, ...base(st.line), entity: st.table, columns: st.columns, unique: st.unique };
      return [st.name === undefined ? fact : { ...fact, name: st.name }];
    }
    case 'table':
      return tableFacts(st, ctx, base);
  }
}

function tableFacts(t: DdlTable, ctx: SqlFactContext, base: (line: number, token?: string) => FactBase): Fact[] {
  const facts: Fact[] = [{ kind: 'entity', ...base(t.line), name: t.table, tableName: t.table }];
  const pk = t.primaryKey?.columns ?? [];
  const lower = (s: string): string => s.toLowerCase();
  const has = (list: readonly string[], name: string): boolean => list.some((c) => lower(c) === lower(name));
  const singleFk = (name: string): DdlReference | undefined => t.foreignKeys.find((fk) => fk.columns.length === 1 && has(fk.columns, name))?.references;
  const declared = new Set(t.columns.map((c) => lower(c.name)));
  for (const c of t.columns) {
    const inPk = pk.length === 1 && has(pk, c.name);
    const fact = attributeOf(c, t.table, ctx, base(c.line, c.name), {
      primaryKey: c.primaryKey || inPk,
      inCompositeKey: pk.length > 1 && has(pk, c.name),
      unique: c.unique || t.uniques.some((u) => u.columns.length === 1 && has(u.columns, c.name)),
      references: c.references ?? singleFk(c.name),
      enumValues: c.enumValues ?? t.checks.find((k) => lower(k.column) === lower(c.name))?.values,
    });
    facts.push(fact);
    const hinted = commentValues(fact, c, ctx);
    if (hinted) facts.push(hinted);
  }
  // Constraints on columns this statement does not declare (ALTER TABLE … ADD CONSTRAINT): partial attribute facts.
  const partial = (line: number, name: string, extra: Partial<AttributeFact>): void => {
    if (!declared.has(lower(name))) facts.push({ kind: 'attribute', ...base(line, name), entity: t.table, name, ...extra });
  };
  for (const fk of t.foreignKeys) {
    if (fk.columns.length === 1) partial(fk.line, fk.columns[0]!, { references: referenceOf(fk.references) });
    else {
      const rel = { kind: 'relation' as const, ...base(fk.line, fk.columns[0]), a: t.table, b: fk.references.table, fkOn: 'a' as const, fkColumns: fk.columns };
      const action = fk.references.onDelete === undefined ? undefined : SQL_REFERENTIAL_ACTIONS[fk.references.onDelete];
      facts.push(action === undefined ? rel : { ...rel, onDelete: action });
    }
  }
  for (const u of t.uniques) if (u.columns.length === 1) partial(u.line, u.columns[0]!, { unique: true });
  for (const k of t.checks) partial(k.line, k.column, { enumValues: k.values });
  if (pk.length === 1 && t.primaryKey) partial(t.primaryKey.line, pk[0]!, { primaryKey: true, nullable: false });
  if (pk.length > 1 && t.primaryKey) facts.push({ kind: 'primary-key', ...base(t.primaryKey.line, pk[0]), entity: t.table, columns: pk });
  for (const u of t.uniques.filter((x) => x.columns.length > 1)) facts.push(indexFact(base(u.line, u.columns[0]), t.table, u.columns, true, u.name));
  for (const i of t.indexes) facts.push(indexFact(base(i.line, i.columns[0]), t.table, i.columns, false, i.name));
  return facts;
}

function indexFact(b: FactBase, entity: string, columns: readonly string[], unique: boolean, name: string | undefined): Fact {
  const fact = { kind: 'index' as const, ...b, entity, columns, unique };
  return name === undefined ? fact : { ...fact, name };
}

function referenceOf(r: DdlReference): NonNullable<AttributeFact['references']> {
  const ref: Mutable<NonNullable<AttributeFact['references']>> = { entity: r.table };
  if (r.columns.length === 1) ref.column = r.columns[0]!;
  const action = r.onDelete === undefined ? undefined : SQL_REFERENTIAL_ACTIONS[r.onDelete];
  if (action !== undefined) ref.onDelete = action;
  return ref;
}

/** The logical type of a column, with the enum it names when its type is a `CREATE TYPE … AS ENUM`. */
function typeOf(rawType: string, enumNames: ReadonlySet<string>): { type?: ScalarType; enumName?: string } {
  // An inline `ENUM('a', 'b')` has no base type: its values (enumValues) make it an enum.
  if (rawType === '' || /^(enum|set)\s*\(/i.test(rawType)) return {};
  // `time without time zone` is plain `time`; the type words only know the `with` spelling.
  const known = parseRawType(rawType) ?? parseRawType(rawType.replace(/\s+without\s+time\s+zone$/i, ''));
  if (known) return { type: known };
  const name = bareName(rawType.replace(/\s*\(.*$/s, ''));
  if (enumNames.has(name.toLowerCase())) return { type: { kind: 'enum', enumName: name }, enumName: name };
  return { type: { kind: 'unknown', raw: rawType } };
}

interface Merged {
  readonly primaryKey: boolean;
  readonly inCompositeKey: boolean;
  readonly unique: boolean;
  readonly references: DdlReference | undefined;
  readonly enumValues: readonly string[] | undefined;
}

function attributeOf(c: DdlColumn, entity: string, ctx: SqlFactContext, b: FactBase, m: Merged): AttributeFact {
  const { type, enumName } = typeOf(c.rawType, ctx.enumNames);
  const fact: Mutable<AttributeFact> = { kind: 'attribute', ...b, entity, name: c.name };
  if (type) fact.type = type;
  if (c.rawType !== '') fact.rawType = c.rawType;
  fact.nullable = !(c.notNull || m.primaryKey || m.inCompositeKey);
  fact.unique = m.unique;
  fact.primaryKey = m.primaryKey;
  if (c.autoUpdate) fact.autoUpdate = true;
  if (m.references) fact.references = referenceOf(m.references);
  const isEnum = enumName !== undefined || m.enumValues !== undefined;
  const def = c.default ? defaultValueOf(c.default, type, isEnum) : undefined;
  if (def) fact.default = def;
  else if (c.autoIncrement || /serial$/i.test(c.rawType)) fact.default = { kind: 'autoincrement' };
  if (m.enumValues) fact.enumValues = m.enumValues;
  if (enumName !== undefined) fact.enumName = enumName;
  const description = c.comment ?? descriptionOf(ctx.comments.get(c.line));
  if (description !== undefined) fact.description = description;
  return fact;
}

/** A trailing comment that is not a value list describes the column. */
function descriptionOf(comment: string | undefined): string | undefined {
  return comment === undefined || valuesFromComment(comment) !== undefined ? undefined : comment;
}

/** A value list from the column's trailing comment, as its own lower-confidence fact. */
function commentValues(fact: AttributeFact, c: DdlColumn, ctx: SqlFactContext): AttributeFact | undefined {
  const kind = fact.type?.kind;
  if (fact.enumValues || (kind !== undefined && kind !== 'string' && kind !== 'text')) return undefined;
  const comment = ctx.comments.get(c.line);
  const values = comment === undefined ? undefined : valuesFromComment(comment);
  if (!values) return undefined;
  return commentValuesFact(fact, values);
}

/** A fact that only says "this attribute takes these values", read from a comment next to it. */
export function commentValuesFact(fact: AttributeFact, values: readonly string[]): AttributeFact {
  const { span, source, entity, name } = fact;
  return { kind: 'attribute', span, rule: COMMENT_VALUES_RULE, source, confidence: COMMENT_VALUES_CONFIDENCE, entity, name, enumValues: values };
}
