import type { EndFact } from '../../facts.js';
import { RELATIONSHIP_PHRASE_KEYS, RELATIONSHIP_PHRASES } from '../../infer/relationship-phrases.js';
import { PAIR, pairOf } from './cardinality.js';
import { acceptNames, type NoteContext } from './relation-note.js';

/** A relationship bullet under an entity, with the entity as the unstated subject. */
export interface RelationTarget {
  readonly targets: readonly string[];
  /** How many of the section's entity per one target. */
  readonly subjectEnd: EndFact;
  /** How many targets per one of the section's entity. */
  readonly targetEnd: EndFact;
  readonly fkOn?: 'subject' | 'target';
}

/**
 * Reads a subjectless relationship bullet: `Has many Tasks`, `Belongs to Project (if archived)`,
 * `Many-to-many with Tags`, `Tasks (1:N)`, `→ Project (many-to-one)`. A parenthetical with `optional` or `if`
 * makes the target end optional.
 */
export function readRelationTarget(line: string): RelationTarget | undefined {
  const text = line.trim().replace(/[.;。]$/, '').trim();
  const lower = text.toLowerCase();
  const context: NoteContext = { looseNames: true, arrows: false };
  for (const phrase of RELATIONSHIP_PHRASE_KEYS) {
    if (!lower.startsWith(`${phrase} `)) continue;
    const rest = text.slice(phrase.length + 1);
    const paren = /\s*\(([^()]*)\)\s*$/.exec(rest);
    const inner = paren?.[1]?.trim() ?? '';
    const pair = PAIR.test(inner) ? pairOf(inner) : undefined;
    const targets = acceptNames(paren ? rest.slice(0, paren.index) : rest, context);
    if (!targets) return undefined;
    const m = RELATIONSHIP_PHRASES[phrase]!;
    const optional = /\b(?:optional|optionally|if|nullable|may|can be null)\b/i.test(inner);
    const targetEnd = pair?.right ?? (optional ? { ...m.object, optional: true } : m.object);
    return {
      targets,
      subjectEnd: pair?.left ?? m.subject,
      targetEnd,
      ...(m.fkOn ? { fkOn: m.fkOn === 'subject' ? ('subject' as const) : ('target' as const) } : {}),
    };
  }
  const m = /^(?:→|->|=>)?\s*(.+?)\s*[(:：—–-]\s*([^()]+?)\)?$/.exec(text);
  if (m && PAIR.test(m[2]!.trim())) {
    const targets = acceptNames(m[1]!, context);
    if (!targets) return undefined;
    const { left, right } = pairOf(m[2]!.trim());
    const fkOn = left.cardinality === 'many' && right.cardinality === 'one' ? 'subject' : left.cardinality === 'one' && right.cardinality === 'many' ? 'target' : undefined;
    return { targets, subjectEnd: left, targetEnd: right, ...(fkOn ? { fkOn } : {}) };
  }
  return undefined;
}
