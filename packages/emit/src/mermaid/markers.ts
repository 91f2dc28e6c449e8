import { assertNever, type Relation, type RelationEnd, type Table } from '@schemawright/ir';

/**
 * Crow's-foot markers. A relation prints with the referenced table (`to`) on the left and the table holding
 * the foreign key (`from`) on the right, so `USER ||--o{ PROJECT` reads "one user, zero or more projects".
 * Each marker says how many rows of the table next to it relate to one row of the other, as the IR's ends do.
 */
export const LEFT_MARKERS = { 'one-required': '||', 'one-optional': '|o', 'many-required': '}|', 'many-optional': '}o' } as const;
export const RIGHT_MARKERS = { 'one-required': '||', 'one-optional': 'o|', 'many-required': '|{', 'many-optional': 'o{' } as const;

type EndShape = keyof typeof LEFT_MARKERS;

function shapeOf(end: RelationEnd): EndShape {
  switch (end.cardinality) {
    case 'one':
      return end.optional ? 'one-optional' : 'one-required';
    case 'many':
      return end.optional ? 'many-optional' : 'many-required';
    default:
      return assertNever(end.cardinality, 'cardinality');
  }
}

/** `--` when the foreign key is part of the holder's primary key (the child cannot exist alone), else `..`. */
export function lineOf(relation: Relation, holder: Table | undefined): '--' | '..' {
  const pk = new Set(holder?.primaryKey ?? []);
  return relation.from.columns.length > 0 && relation.from.columns.every((c) => pk.has(c)) ? '--' : '..';
}

/** The whole connector, e.g. `||--o{` or `|o..o|`. */
export function connectorOf(relation: Relation, holder: Table | undefined): string {
  return `${LEFT_MARKERS[shapeOf(relation.to)]}${lineOf(relation, holder)}${RIGHT_MARKERS[shapeOf(relation.from)]}`;
}
