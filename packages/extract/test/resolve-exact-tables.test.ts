import { describe, expect, it } from 'vitest';
import { facts, many, one, resolveChecked, tableOf } from './resolve-fact-builder.js';

describe('tables a structured source lists are complete as written', () => {
  it('prose adds no column and no new foreign key to a table whose columns an ERD lists', () => {
    const erd = facts('architecture.md', 'erd');
    const prose = facts('prd.md', 'prose');
    const { schema } = resolveChecked([
      erd.entity('User'),
      erd.attr('User', 'email'),
      erd.entity('Profile'),
      erd.attr('Profile', 'user_id', { references: { entity: 'User' } }),
      erd.rel('User', 'Profile', { aEnd: one, bEnd: { cardinality: 'one', optional: true }, fkOn: 'b', fkColumns: ['user_id'] }),
      // "Each user has at most one profile" read the other way round, and a feature noun as a column
      prose.rel('Profile', 'User', { aEnd: { cardinality: 'one', optional: true }, bEnd: one, fkOn: 'b' }),
      prose.attr('Profile', 'avatar'),
      prose.rel('Profile', 'Project', { aEnd: many, bEnd: one }),
      prose.entity('Project'),
    ]);
    expect(tableOf(schema, 'profiles').columns.map((c) => c.name)).not.toContain('avatar');
    expect(tableOf(schema, 'users').columns.map((c) => c.name)).not.toContain('profile_id');
    expect(tableOf(schema, 'profiles').columns.map((c) => c.name)).not.toContain('project_id');
  });

  it('prose still fills in an entity the ERD only names in a relationship line', () => {
    const erd = facts('architecture.md', 'erd');
    const prose = facts('prd.md', 'prose');
    const { schema } = resolveChecked([
      erd.entity('Team'),
      erd.entity('Player'),
      erd.rel('Team', 'Player', { aEnd: one, bEnd: many }),
      prose.attr('Player', 'shirt_number', { rawType: 'integer' }),
    ]);
    expect(tableOf(schema, 'players').columns.map((c) => c.name)).toContain('shirt_number');
  });
});
