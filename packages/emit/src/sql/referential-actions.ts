import { diagnostic, result, type DatabaseProvider, type Diagnostic, type ReferentialAction, type Relation, type Result, type Schema } from '@schemawright/ir';
import { columnNamed, tableNamed } from './schema-lookup.js';

/** The actions a foreign key gets in the emitted schema. `onUpdate` is Prisma's default `cascade` unless a rule forbids it. */
export interface ForeignKeyActions {
  readonly onDelete: ReferentialAction;
  readonly onUpdate: 'cascade' | 'no-action';
}

/**
 * How a provider checks cascading actions: SQL Server refuses cycles and multiple cascade paths; MongoDB
 * (emulated relations) refuses cycles; the others accept both.
 */
export const CASCADE_PATH_RULES: Readonly<Record<DatabaseProvider, 'none' | 'no-cycles' | 'single-path'>> = {
  postgresql: 'none',
  cockroachdb: 'none',
  mysql: 'none',
  sqlite: 'none',
  sqlserver: 'single-path',
  mongodb: 'no-cycles',
};

/** Which relations claim a cascade path first on providers that allow only one (schema order within each). */
const DELETE_PRIORITY: readonly ReferentialAction[] = ['cascade', 'set-null', 'restrict', 'no-action'];

/** Providers without `RESTRICT`: it becomes `NO ACTION`, which behaves the same for immediate constraints. */
const NO_RESTRICT: ReadonlySet<DatabaseProvider> = new Set(['sqlserver']);

/**
 * The foreign key actions of every relation (by relation name), shared by the Prisma and SQL emitters so
 * both describe the same database. `set-null` on a required key becomes `restrict` (a delete could never
 * succeed otherwise); on SQL Server and MongoDB, a relation that would close a cycle or open a second cascade
 * path gets `NoAction` for both actions, cascading deletes first, then canonical relation order.
 */
export function foreignKeyActionsOf(schema: Schema): Result<ReadonlyMap<string, ForeignKeyActions>> {
  const provider = schema.database.provider;
  const diagnostics: Diagnostic[] = [];
  const out = new Map<string, ForeignKeyActions>();
  const graph = new CascadeGraph();
  // deletes that change rows claim their cascade path first: a restricting key loses little with NO ACTION
  const byPriority = DELETE_PRIORITY.flatMap((action) => schema.relations.filter((r) => r.onDelete === action));
  for (const r of byPriority) {
    let onDelete = r.onDelete;
    if (onDelete === 'set-null' && !keyIsNullable(schema, r)) {
      onDelete = 'restrict';
      diagnostics.push(diagnostic('emit/unsupported', { feature: `ON DELETE SET NULL on the required key ${r.name}`, target: provider, fallback: 'used RESTRICT' }, r.origin));
    }
    if (onDelete === 'restrict' && NO_RESTRICT.has(provider)) onDelete = 'no-action';
    const rule = CASCADE_PATH_RULES[provider];
    if (rule !== 'none' && !graph.tryAdd(r.from.table, r.to.table, rule)) {
      if (onDelete !== 'no-action') {
        diagnostics.push(diagnostic('emit/unsupported', { feature: `ON DELETE ${onDelete} on ${r.name} (it would make a cascade cycle or a second cascade path)`, target: provider, fallback: 'used NO ACTION for delete and update' }, r.origin));
      }
      out.set(r.name, { onDelete: 'no-action', onUpdate: 'no-action' });
      continue;
    }
    out.set(r.name, { onDelete, onUpdate: 'cascade' });
  }
  return result(out, diagnostics);
}

function keyIsNullable(schema: Schema, r: Relation): boolean {
  const t = tableNamed(schema, r.from.table);
  return r.from.columns.some((c) => (t && columnNamed(t, c))?.nullable === true);
}

/**
 * Directed graph of cascading foreign keys, referencing table → referenced table. Each check walks only the
 * tables connected to the new edge (its ancestors and descendants), never every table of the schema.
 */
class CascadeGraph {
  private readonly edges = new Map<string, string[]>();
  private readonly reverse = new Map<string, string[]>();

  /** Adds the edge if the rule still holds with it; says whether it did. */
  tryAdd(from: string, to: string, rule: 'no-cycles' | 'single-path'): boolean {
    if (from === to || reachable(this.edges, [to]).has(from)) return false;
    if (rule === 'single-path') {
      // a second path appears when someone reaching `from` (or `from` itself) already reaches `to` or
      // something `to` reaches
      const sources = [from, ...reachable(this.reverse, [from])];
      const targets = reachable(this.edges, [to]).add(to);
      for (const t of reachable(this.edges, sources)) if (targets.has(t)) return false;
    }
    push(this.edges, from, to);
    push(this.reverse, to, from);
    return true;
  }
}

/** Nodes at the end of a non-empty path from any of `starts`. */
function reachable(edges: ReadonlyMap<string, readonly string[]>, starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = starts.flatMap((s) => edges.get(s) ?? []);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    stack.push(...(edges.get(n) ?? []));
  }
  return seen;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
