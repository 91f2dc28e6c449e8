import { entityKey, snakeCase, words } from '@schemawright/ir';
import type { AttributeFact, EntityFact, Fact, RelationFact, SourceKind } from '../facts.js';

/** Sources that state a table exactly as it is built: prose adds nothing to their tables. */
export const EXACT_SOURCES: readonly SourceKind[] = ['prisma', 'sql'];

/**
 * Sources that list a table's columns (an ERD entity block, a field table, a typed code block, a field list
 * under an entity heading). An entity they give columns to is complete as written, like a Prisma or SQL table:
 * the documents' own data model, which prose about features should not grow.
 */
export const LISTING_SOURCES: readonly SourceKind[] = ['erd', 'field-table', 'code', 'section'];

/** True for a source kind in `EXACT_SOURCES`. */
export function isExactSource(source: string): boolean {
  return (EXACT_SOURCES as readonly string[]).includes(source);
}

/**
 * The end of a relation statement that would hold its foreign key: the stated side, else the many side, else
 * `b` (as resolve reads "A has B"); undefined for a many-to-many, which puts its keys in a junction.
 */
function holderOf(f: RelationFact): 'a' | 'b' | undefined {
  if (f.fkOn) return f.fkOn;
  const aMany = f.aEnd?.cardinality === 'many';
  const bMany = f.bEnd?.cardinality === 'many';
  if (aMany && bMany) return undefined;
  return aMany ? 'a' : 'b';
}

/** `x|y` for an unordered pair of entity keys. */
const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** The entity a non-prose column points at: its stated target, else the tail of an `<entity>_id` name. */
function columnTargets(f: AttributeFact, known: ReadonlySet<string>): string[] {
  if (f.references) return [entityKey(f.references.entity)];
  const w = words(f.name);
  if (w.length < 2 || w[w.length - 1] !== 'id') return [];
  return w.slice(0, -1).map((_, i) => entityKey(w.slice(i, -1).join('_'))).filter((k) => known.has(k)).slice(0, 1);
}

/**
 * Prisma and SQL are taken over as written, and so are tables whose columns a listing source gives (see
 * `LISTING_SOURCES`). Prose adds no column to such a table (prose about a column
 * they state stays, to lose its conflicts visibly), and no new link that would put a foreign key on such a
 * table or join two of them; prose about a pair the structured sources already relate stays, for the same reason.
 */
export function dropProseOnExactTables(facts: readonly Fact[]): Fact[] {
  const exact = new Set(facts.filter((f): f is EntityFact => f.kind === 'entity' && isExactSource(f.source)).map((f) => entityKey(f.name)));
  for (const f of facts) if (f.kind === 'attribute' && (LISTING_SOURCES as readonly string[]).includes(f.source)) exact.add(entityKey(f.entity));
  if (exact.size === 0) return [...facts];
  const known = new Set(facts.filter((f): f is EntityFact => f.kind === 'entity').map((f) => entityKey(f.name)));
  const stated = new Set<string>();
  const related = new Set<string>();
  for (const f of facts) {
    if (f.source === 'prose') continue;
    if (f.kind === 'attribute') {
      stated.add(`${entityKey(f.entity)}.${snakeCase(f.name)}`);
      for (const t of columnTargets(f, known)) related.add(pairKey(entityKey(f.entity), t));
    }
    if (f.kind === 'relation') related.add(pairKey(entityKey(f.a), entityKey(f.b)));
  }
  return facts.filter((f) => {
    if (f.source !== 'prose') return true;
    if (f.kind === 'attribute') return !exact.has(entityKey(f.entity)) || stated.has(`${entityKey(f.entity)}.${snakeCase(f.name)}`);
    if (f.kind !== 'relation') return true;
    const [a, b] = [entityKey(f.a), entityKey(f.b)];
    if (related.has(pairKey(a, b))) return true;
    const holder = holderOf(f);
    return !(exact.has(a) && exact.has(b)) && !(holder !== undefined && exact.has(holder === 'a' ? a : b));
  });
}
