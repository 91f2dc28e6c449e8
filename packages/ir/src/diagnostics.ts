import { compareSpans, formatSpan, type Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

/** A message about the input or the design, with the place that caused it. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span?: Span;
  /** Other places involved (the losing side of a conflict, the other end of a cycle). */
  readonly related?: readonly Span[];
}

/**
 * Every diagnostic code and its wording. `{name}` placeholders are filled from the arguments.
 * Data, not code: add a row here, never a literal message at a call site.
 */
export const DIAGNOSTIC_CATALOG = {
  // read
  'read/missing-config': ['error', 'MVP_NOT_FOUND: no config.json in {path}. Run /start-mvp first to create the workspace.'],
  'read/missing-document': ['warning', 'no {role} document at {path}; working with what exists'],
  'read/invalid-config': ['error', 'config.json is not valid JSON: {detail}'],
  'read/invalid-slug': ['error', 'the workspace slug must be one plain path segment, got "{slug}"'],
  'read/no-documents': ['error', 'no documents to read'],
  // extract: mermaid
  'extract/mermaid-syntax': ['warning', 'cannot read this erDiagram line: {line}'],
  'extract/unknown-cardinality': ['warning', 'unknown cardinality marker "{marker}"; assuming {assumed}'],
  'extract/unknown-type': ['info', 'unknown type "{type}" for {entity}.{column}; typed from the column name instead (string when the name says nothing)'],
  'extract/ambiguous-foreign-key': ['warning', 'cannot tell which of {columns} on {entity} holds the foreign key to {target}; leaving it to inference'],
  // extract: sections, tables, lists
  'extract/ambiguous-entity': ['info', 'not sure "{name}" is an entity ({reason}); confidence {confidence}'],
  'extract/unparsed-relationship': ['warning', 'cannot read this relationship note: {text}'],
  'extract/unknown-relation-target': ['warning', '{entity} refers to "{target}", which no document defines'],
  'extract/ambiguous-cardinality': ['warning', 'cardinality of {a} – {b} is not stated; assuming {assumed}'],
  'extract/code-block-unparsed': ['warning', 'cannot parse this {language} block: {detail}'],
  'extract/non-latin-name': ['info', '"{name}" has no Latin form; using the identifier "{identifier}"'],
  // extract: prose
  'extract/prose-entity': ['info', 'inferred entity {name} from prose (confidence {confidence}): "{sentence}"'],
  'extract/prose-relation': ['info', 'inferred relation {a} – {b} from prose (confidence {confidence}): "{sentence}"'],
  'extract/prose-uncertain': ['info', 'unsure reading of "{sentence}": {detail}'],
  // resolve
  'resolve/conflict': ['warning', '{what} differs between sources: {winner} (kept, {winnerSource}) vs {loser} ({loserSource})'],
  'resolve/unknown-relation-target': ['warning', 'relation from {from} to unknown entity "{to}"; dropped'],
  'resolve/unknown-fk-target': ['info', 'column {table}.{column} looks like a foreign key but no table "{target}" exists; kept as a plain column'],
  'resolve/duplicate-relation': ['info', 'relation {a} – {b} stated more than once; merged'],
  'resolve/default-primary-key': ['info', '{table} has no primary key in the documents; added {column} ({type})'],
  'resolve/many-to-many': ['info', 'many-to-many {a} – {b} lowered to junction table {join}'],
  'resolve/empty-schema': ['warning', 'no entities found in the documents'],
  'resolve/reserved-name': ['info', '"{name}" is reserved in {target}; renamed to "{renamed}"'],
  'resolve/cycle': ['info', 'foreign keys form a cycle ({tables}); {column} is inserted as null and updated afterwards'],
  'resolve/low-confidence': ['info', 'dropped {what} "{name}": confidence {confidence} is below {min}'],
  'resolve/prose-only-entity': ['info', 'left out "{name}": only prose suggests it, and the documents define the data model ({count} entities)'],
  'seed/required-cycle': ['warning', 'foreign keys form a cycle of required columns only ({tables}); {column} is inserted as null and updated afterwards, so the seed relaxes its NOT NULL while it runs'],
  // emit
  'emit/prisma-invalid': ['error', 'the generated schema.prisma failed Prisma validation: {detail}'],
  'emit/unsupported': ['warning', '{feature} is not supported by {target}; {fallback}'],
  'emit/mongo-document': ['info', 'MongoDB: {table} {shape}, since {why}; left out: {dropped}'],
  // database choice
  'design/database-named': ['info', 'database {provider} named by the documents'],
  'design/orm-named': ['info', 'ORM {orm} named by the documents'],
  'design/destructive-migration': ['warning', 'migration step "{step}" is destructive: {advice}'],
  'design/migration-base-missing': ['warning', '{folder} holds {count} migrations but there is no previous schema.prisma to compare with; no new migration was written (restore schema.prisma and run again)'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CATALOG;

/** Builds a diagnostic from the catalog. Missing arguments stay visible as `{name}`. */
export function diagnostic(
  code: DiagnosticCode,
  args: Readonly<Record<string, string | number>> = {},
  span?: Span,
  related?: readonly Span[],
): Diagnostic {
  const [severity, template] = DIAGNOSTIC_CATALOG[code];
  const message = template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
  const d: { code: DiagnosticCode; severity: Severity; message: string; span?: Span; related?: readonly Span[] } = {
    code,
    severity,
    message,
  };
  if (span) d.span = span;
  if (related && related.length > 0) d.related = related;
  return d;
}

/** `prd.md:14:3: warning extract/ambiguous-cardinality: …`, the form the CLI prints. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.span ? `${formatSpan(d.span)}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}

/** Canonical order of diagnostics: by place (unplaced first), then code, then message. Removes exact duplicates. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...list].sort((a, b) => {
    if (a.span && b.span) {
      const c = compareSpans(a.span, b.span);
      if (c !== 0) return c;
    } else if (a.span || b.span) return a.span ? 1 : -1;
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
  return sorted.filter((d, i) => i === 0 || formatDiagnostic(d) !== formatDiagnostic(sorted[i - 1]!));
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
