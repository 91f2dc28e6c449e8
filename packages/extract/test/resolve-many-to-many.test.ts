import { describe, expect, it } from 'vitest';
import { codes, columnOf, facts, many, oneOrMore, resolveChecked, tableOf } from './resolve-fact-builder.js';

describe('resolve: many-to-many (rule 7)', () => {
  it("lowers a many-to-many nothing names to Prisma's implicit table: _AToB with A, B", () => {
    const f = facts();
    const rel = f.rel('Student', 'Course', { aEnd: many, bEnd: oneOrMore, label: 'enrols in' });
    const input = [f.entity('Student'), f.entity('Course'), f.attr('Course', 'id', { rawType: 'int', primaryKey: true }), rel];
    const { schema, diagnostics } = resolveChecked(input);
    const join = tableOf(schema, '_CourseToStudent');
    expect(join).toMatchObject({ role: 'join', primaryKey: ['A', 'B'], rule: 'resolve/many-to-many', origin: rel.span });
    // A references the model whose name sorts first (Course), B the other; no timestamps
    expect(join.columns.map((c) => `${c.name}:${c.type.kind}${c.nullable ? '?' : ''}`)).toEqual(['A:int', 'B:uuid']);
    expect(join.indexes.map((i) => i.name)).toEqual(['_CourseToStudent_B_index']);
    expect(schema.relations.map((r) => [r.name, r.from.table, r.from.columns.join(), r.to.table, r.onDelete, r.to.optional, r.label])).toEqual([
      ['_CourseToStudent_A_fkey', '_CourseToStudent', 'A', 'courses', 'cascade', false, 'enrols in'],
      ['_CourseToStudent_B_fkey', '_CourseToStudent', 'B', 'students', 'cascade', false, 'enrols in'],
    ]);
    // a course must have a student (oneOrMore next to Course): the join side toward students is required
    expect(schema.relations.find((r) => r.to.table === 'students')!.from.optional).toBe(false);
    expect(schema.relations.find((r) => r.to.table === 'courses')!.from.optional).toBe(true);
    expect(diagnostics.find((d) => d.code === 'resolve/many-to-many')?.message).toBe('many-to-many Course – Student lowered to junction table _CourseToStudent');
  });

  it('keeps an explicit junction when an end has a composite key (Prisma needs a single @id)', () => {
    const f = facts();
    const input = [
      f.entity('Seat'), f.attr('Seat', 'row', { primaryKey: true }), f.attr('Seat', 'number', { rawType: 'int', primaryKey: true }),
      f.entity('Show'), f.rel('Seat', 'Show', { aEnd: many, bEnd: many }),
    ];
    const { schema } = resolveChecked(input);
    expect(schema.tables.map((t) => `${t.name}:${t.role}`)).toEqual(['seat_shows:join', 'seats:entity', 'shows:entity']);
  });

  it('names the implicit table after the relation name of a Prisma source', () => {
    const f = facts('schema.md', 'prisma');
    const { schema } = resolveChecked([f.entity('User'), f.entity('Post'), f.rel('User', 'Post', { aEnd: many, bEnd: many, label: 'Likes' })]);
    expect(tableOf(schema, '_Likes')).toMatchObject({ role: 'join', primaryKey: ['A', 'B'] });
    expect(schema.relations.map((r) => `${r.name}→${r.to.table}`)).toEqual(['_Likes_A_fkey→posts', '_Likes_B_fkey→users']);
  });

  it('reuses an entity that already has required FKs to both ends', () => {
    const f = facts();
    const input = [
      f.entity('Order'), f.entity('Product'), f.entity('Order Line'),
      f.attr('Order Line', 'order_id'), f.attr('Order Line', 'product_id'), f.attr('Order Line', 'quantity'),
      f.rel('Order', 'Product', { aEnd: many, bEnd: many, label: 'lists' }),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.tables.map((t) => `${t.name}:${t.role}`)).toEqual(['order_lines:entity', 'orders:entity', 'products:entity']);
    expect(schema.relations.map((r) => r.name)).toEqual(['order_lines_order_id_fkey', 'order_lines_product_id_fkey']);
    expect(tableOf(schema, 'order_lines').columns.map((c) => c.name)).toEqual(['id', 'order_id', 'product_id', 'quantity', 'created_at', 'updated_at']);
    expect(diagnostics.find((d) => d.code === 'resolve/many-to-many')?.message).toBe('many-to-many Order – Product lowered to junction table order_lines');
  });

  it('does not take an entity prose links to both ends for their junction unless it names an event or association', () => {
    for (const [middle, reused] of [['Lesson', false], ['Booking', true]] as const) {
      const f = facts('prd.md', 'prose');
      const rule = { rule: 'prose/relation/svo', confidence: 0.6 };
      const one = { cardinality: 'one', optional: false } as const;
      const input = [
        f.entity('Guardian', rule), f.entity('Child', rule), f.entity(middle, rule),
        f.rel(middle, 'Child', { aEnd: many, bEnd: one, ...rule }), f.rel(middle, 'Guardian', { aEnd: many, bEnd: one, ...rule }),
        f.rel('Child', 'Guardian', { aEnd: many, bEnd: oneOrMore, ...rule }),
      ];
      const { schema, diagnostics } = resolveChecked(input);
      const join = reused ? 'bookings' : '_ChildToGuardian';
      expect(diagnostics.find((d) => d.code === 'resolve/many-to-many')?.message).toBe(`many-to-many Child – Guardian lowered to junction table ${join}`);
      expect(schema.tables.some((t) => t.name === '_ChildToGuardian')).toBe(!reused);
    }
  });

  it('never takes a model for the junction of list fields on both sides of a Prisma source', () => {
    const f = facts('schema.prisma.md', 'prisma');
    const input = [
      f.entity('Order'), f.entity('Product'), f.entity('Order Line'),
      f.attr('Order Line', 'order_id'), f.attr('Order Line', 'product_id'), f.attr('Order Line', 'quantity', { rawType: 'int' }),
      f.rel('Order', 'Product', { aEnd: many, bEnd: many }),
    ];
    const { schema } = resolveChecked(input);
    expect(schema.tables.map((t) => `${t.name}:${t.role}`)).toEqual(['_OrderToProduct:join', 'order_lines:entity', 'orders:entity', 'products:entity']);
  });

  it('does not reuse an entity whose link to one end is optional', () => {
    const f = facts();
    const input = [
      f.entity('Order'), f.entity('Product'), f.entity('Wish'),
      f.attr('Wish', 'order_id', { nullable: true }), f.attr('Wish', 'product_id'),
      f.rel('Order', 'Product', { aEnd: many, bEnd: many }),
    ];
    const { schema } = resolveChecked(input);
    expect(tableOf(schema, '_OrderToProduct').role).toBe('join');
  });

  it('names the join table after a label that is an association noun', () => {
    const f = facts();
    const { schema } = resolveChecked([f.entity('Student'), f.entity('Club'), f.rel('Student', 'Club', { aEnd: many, bEnd: many, label: 'Membership' })]);
    expect(tableOf(schema, 'memberships').primaryKey).toEqual(['club_id', 'student_id']);
  });

  it('makes the entity a label names the junction, adding the keys it lacks', () => {
    const f = facts();
    const input = [
      f.entity('Student'), f.entity('Course'), f.entity('Enrollment'), f.attr('Enrollment', 'grade'), f.attr('Enrollment', 'student_id'),
      f.rel('Student', 'Course', { aEnd: many, bEnd: many, label: 'Enrollment' }),
    ];
    const { schema, diagnostics } = resolveChecked(input);
    expect(schema.tables.map((t) => `${t.name}:${t.role}`)).toEqual(['courses:entity', 'enrollments:entity', 'students:entity']);
    expect(tableOf(schema, 'enrollments').columns.map((c) => c.name)).toEqual(['id', 'grade', 'student_id', 'course_id', 'created_at', 'updated_at']);
    expect(schema.relations.map((r) => [r.name, r.onDelete])).toEqual([
      ['enrollments_course_id_fkey', 'cascade'],
      ['enrollments_student_id_fkey', 'restrict'],
    ]);
    expect(diagnostics.find((d) => d.code === 'resolve/many-to-many')?.message).toContain('junction table enrollments');
  });

  it('names a self many-to-many after its label: both keys point at the one table', () => {
    const f = facts();
    const { schema } = resolveChecked([f.entity('User'), f.rel('User', 'User', { aEnd: many, bEnd: many, label: 'follows' })]);
    expect(tableOf(schema, '_UserFollowsUser').primaryKey).toEqual(['A', 'B']);
    expect(schema.relations.map((r) => `${r.name}→${r.to.table}`)).toEqual(['_UserFollowsUser_A_fkey→users', '_UserFollowsUser_B_fkey→users']);
  });

  it('keeps a junction table name an association noun gives clear of existing tables', () => {
    const f = facts();
    const input = [f.entity('Tag'), f.entity('Post'), f.entity('Tagging'), f.attr('Tagging', 'note'), f.attr('Tagging', 'post_id', { nullable: true }), f.rel('Post', 'Tag', { aEnd: many, bEnd: many, label: 'Tagging' })];
    const { schema, diagnostics } = resolveChecked(input);
    expect(codes(diagnostics)).toContain('resolve/many-to-many');
    expect(schema.tables.some((t) => t.name.startsWith('_'))).toBe(false);
  });
});

describe('resolve: pure link tables', () => {
  const build = () => {
    const f = facts('prd.md', 'table-list');
    return {
      f,
      base: [
        f.entity('dishes'), f.attr('dishes', 'id'), f.attr('dishes', 'name'),
        f.entity('sauces'), f.attr('sauces', 'id'), f.attr('sauces', 'name'),
        f.entity('dish_sauces'), f.attr('dish_sauces', 'dish_id'), f.attr('dish_sauces', 'sauce_id'),
      ],
    };
  };

  it('keys a table of foreign keys only by its pair: a join table without an id', () => {
    const { base } = build();
    const { schema, diagnostics } = resolveChecked(base);
    const link = tableOf(schema, 'dish_sauces');
    expect(link).toMatchObject({ role: 'join', primaryKey: ['dish_id', 'sauce_id'] });
    expect(link.columns.map((c) => `${c.name}${c.nullable ? '?' : ''}`)).toEqual(['dish_id', 'sauce_id', 'created_at']);
    expect(schema.relations.map((r) => [r.from.table, r.from.columns.join(), r.to.table, r.onDelete])).toEqual([
      ['dish_sauces', 'dish_id', 'dishes', 'cascade'],
      ['dish_sauces', 'sauce_id', 'sauces', 'cascade'],
    ]);
    expect(codes(diagnostics)).not.toContain('resolve/default-primary-key');
    expect(diagnostics.find((d) => d.code === 'resolve/many-to-many')?.message).toBe('many-to-many dishes – sauces lowered to junction table dish_sauces');
  });

  it('serves as the junction of a many-to-many stated elsewhere, instead of a second table', () => {
    const { f, base } = build();
    const { schema } = resolveChecked([...base, f.rel('dishes', 'sauces', { aEnd: many, bEnd: many, source: 'prose' })]);
    expect(schema.tables.map((t) => `${t.name}:${t.role}`)).toEqual(['dish_sauces:join', 'dishes:entity', 'sauces:entity']);
    expect(schema.relations).toHaveLength(2);
  });

  it('gives a table with a column of its own, or a key-less pointer to nothing, an id as before', () => {
    const { f, base } = build();
    const own = resolveChecked([...base, f.attr('dish_sauces', 'grams')]);
    expect(tableOf(own.schema, 'dish_sauces')).toMatchObject({ role: 'entity', primaryKey: ['id'] });
    const g = facts('prd.md', 'table-list');
    const nowhere = resolveChecked([g.entity('dishes'), g.entity('dish_tags'), g.attr('dish_tags', 'dish_id'), g.attr('dish_tags', 'tag_id')]);
    expect(tableOf(nowhere.schema, 'dish_tags')).toMatchObject({ role: 'entity', primaryKey: ['id'] });
  });
});

describe('resolve: not link tables', () => {
  it('gives two keys to one entity an id: a match between two teams is an event, not a pair', () => {
    const f = facts('prd.md', 'table-list');
    const { schema } = resolveChecked([f.entity('teams'), f.entity('matches'), f.attr('matches', 'home_team_id'), f.attr('matches', 'away_team_id')]);
    expect(tableOf(schema, 'matches')).toMatchObject({ role: 'entity', primaryKey: ['id'] });
  });
});
