import { assertNever, entityKey } from '@schemawright/ir';
import type { EntityFact, Fact } from '../facts.js';
import { byRank } from './rank.js';

/**
 * Entity keys that are another entity's stated table name: Prisma's `model Member { @@map("team_members") }`
 * makes `team_member` (an SQL `CREATE TABLE team_members`, a `team_members (…)` list) mean `Member`. Maps the
 * alias key to the name of the entity that stated it. A table name two entities claim, or one whose own
 * entity states yet another table name, is ambiguous and left alone.
 */
export function tableNameAliases(facts: readonly Fact[]): Map<string, string> {
  const entities = facts.filter((f): f is EntityFact => f.kind === 'entity');
  const owners = new Map<string, Set<string>>();
  const ownTable = new Map<string, Set<string>>();
  for (const f of entities) {
    const key = entityKey(f.name);
    const table = f.tableName === undefined ? '' : entityKey(f.tableName);
    if (key === '' || table === '') continue;
    ownTable.set(key, new Set([...(ownTable.get(key) ?? []), table]));
    if (table !== key) owners.set(table, new Set([...(owners.get(table) ?? []), key]));
  }
  const out = new Map<string, string>();
  for (const [alias, keys] of owners) {
    if (keys.size !== 1) continue;
    const owner = [...keys][0]!;
    // the alias's own entity maps to some other table, or the owner is itself an alias: no safe reading
    if ([...(ownTable.get(alias) ?? [])].some((t) => t !== alias && t !== owner) || owners.has(owner)) continue;
    out.set(alias, byRank(entities.filter((f) => entityKey(f.name) === owner))[0]!.name);
  }
  return out;
}

/**
 * Facts with every entity reference that is an alias (`tableNameAliases`) replaced by the entity's name, so
 * the entity, its attributes, keys, indexes and relations merge with those stated under the model name.
 */
export function unifyTableNames(facts: readonly Fact[]): Fact[] {
  const aliases = tableNameAliases(facts);
  if (aliases.size === 0) return [...facts];
  const name = (n: string): string => aliases.get(entityKey(n)) ?? n;
  return facts.map((f): Fact => {
    switch (f.kind) {
      case 'entity':
        return { ...f, name: name(f.name) };
      case 'attribute':
        return { ...f, entity: name(f.entity), ...(f.references ? { references: { ...f.references, entity: name(f.references.entity) } } : {}) };
      case 'relation':
        return { ...f, a: name(f.a), b: name(f.b) };
      case 'index':
      case 'primary-key':
        return { ...f, entity: name(f.entity) };
      case 'enum':
      case 'signal':
        return f;
      default:
        return assertNever(f, 'fact');
    }
  });
}
