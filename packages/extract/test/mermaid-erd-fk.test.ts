import { describe, expect, it } from 'vitest';
import { entityKey } from '@schemawright/ir';
import { chooseForeignKeys, namedTarget, type FkEntity, type FkRelation } from '../src/collect/mermaid/fk-columns.js';
import { labelNamesColumn } from '../src/collect/mermaid/label-match.js';

const ONE = { cardinality: 'one', optional: false } as const;
const MANY = { cardinality: 'many', optional: true } as const;

/** Entities from `NAME: col col*` specs; a trailing `*` marks FK, a leading `!` marks PK. */
function entities(spec: Record<string, string[]>): Map<string, FkEntity> {
  return new Map(
    Object.entries(spec).map(([id, cols]) => [
      id,
      {
        keys: [entityKey(id)],
        columns: cols.map((c) => ({ name: c.replace(/[*!]/g, ''), fk: c.endsWith('*'), pk: c.startsWith('!') })),
      },
    ]),
  );
}
const oneToMany = (a: string, b: string, label = ''): FkRelation => ({ a, b, aEnd: ONE, bEnd: MANY, label });

describe('chooseForeignKeys', () => {
  it('matches a column named after the target, FK-marked or not', () => {
    const e = entities({ PROJECT: ['!id'], TASK: ['!id', 'project_id'] });
    expect(chooseForeignKeys([oneToMany('PROJECT', 'TASK')], e)).toEqual([{ fkOn: 'b', column: 'project_id' }]);
  });

  it('never takes a plain primary key for a foreign key', () => {
    const e = entities({ USER: ['!id'], PROFILE: ['!user_id'] });
    expect(chooseForeignKeys([oneToMany('USER', 'PROFILE')], e)).toEqual([{}]);
  });

  it('prefers the label over the order for same-target relations', () => {
    const e = entities({ USER: [], TASK: ['assignee_id*', 'reporter_id*'] });
    const r = chooseForeignKeys([oneToMany('USER', 'TASK', 'reports'), oneToMany('USER', 'TASK', 'assigned to')], e);
    expect(r.map((c) => c.column)).toEqual(['reporter_id', 'assignee_id']);
  });

  it('takes leftover columns for the remaining relation after named ones are used', () => {
    const e = entities({ USER: [], TEAM: [], TASK: ['team_id*', 'owner_ref_id*'] });
    const r = chooseForeignKeys([oneToMany('TEAM', 'TASK'), oneToMany('USER', 'TASK')], e);
    expect(r.map((c) => c.column)).toEqual(['team_id', 'owner_ref_id']);
  });

  it('reports leftovers that could belong to relations with different targets', () => {
    const e = entities({ USER: [], TEAM: [], TASK: ['x_id*', 'y_id*'] });
    const r = chooseForeignKeys([oneToMany('TEAM', 'TASK'), oneToMany('USER', 'TASK')], e);
    expect(r).toEqual([
      { fkOn: 'b', ambiguous: ['x_id', 'y_id'] },
      { fkOn: 'b', ambiguous: ['x_id', 'y_id'] },
    ]);
  });

  it('does not reuse a column, and ignores columns named after another entity', () => {
    const e = entities({ USER: [], ORG: [], POST: ['org_id*'] });
    expect(chooseForeignKeys([oneToMany('USER', 'POST'), oneToMany('USER', 'POST')], e)).toEqual([{}, {}]);
  });

  it('decides a 1-1 holder by the column that names the other side, or the label', () => {
    const oneToOne = (a: string, b: string, label = ''): FkRelation => ({ a, b, aEnd: ONE, bEnd: { cardinality: 'one', optional: true }, label });
    const e = entities({ USER: ['!id', 'avatar_id'], AVATAR: ['!id'], PASSPORT: ['holder_id*'] });
    expect(chooseForeignKeys([oneToOne('USER', 'AVATAR')], e)).toEqual([{ fkOn: 'a', column: 'avatar_id' }]);
    expect(chooseForeignKeys([oneToOne('USER', 'PASSPORT', 'holds')], e)).toEqual([{ fkOn: 'b', column: 'holder_id' }]);
    expect(chooseForeignKeys([oneToOne('AVATAR', 'USER')], entities({ USER: [], AVATAR: [] }))).toEqual([{}]);
  });

  it('gives many-to-many nothing', () => {
    const e = entities({ A: ['b_id*'], B: ['a_id*'] });
    expect(chooseForeignKeys([{ a: 'A', b: 'B', aEnd: MANY, bEnd: MANY, label: '' }], e)).toEqual([{}]);
  });
});

describe('namedTarget', () => {
  it('finds the one entity a column is named after', () => {
    const e = entities({ USER: [], ORDER_ITEM: [], POST: [] });
    expect(namedTarget('user_id', 'POST', e)).toBe('USER');
    expect(namedTarget('orderItemId', 'POST', e)).toBe('ORDER_ITEM');
    expect(namedTarget('owner_id', 'POST', e)).toBeUndefined();
  });
});

describe('labelNamesColumn', () => {
  it('matches verbs with their agent nouns and participles', () => {
    expect(labelNamesColumn('owns', 'owner')).toBe(true);
    expect(labelNamesColumn('assigned to', 'assignee')).toBe(true);
    expect(labelNamesColumn('creates', 'created_by')).toBe(true);
    expect(labelNamesColumn('manages', 'manager')).toBe(true);
  });
  it('rejects chance prefixes and stop words', () => {
    expect(labelNamesColumn('creates', 'credit')).toBe(false);
    expect(labelNamesColumn('has', 'hash')).toBe(false);
    expect(labelNamesColumn('', 'owner')).toBe(false);
  });
});
