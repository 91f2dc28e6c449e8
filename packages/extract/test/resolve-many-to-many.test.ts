import { describe, expect, it } from 'vitest';
import { codes, columnOf, facts, many, oneOrMore, resolveChecked, tableOf } from './resolve-fact-builder.js';

describe('resolve: many-to-many (rule 7)', () => {
  it('lowers a many-to-many without own columns to a join table', () => {
    const f = facts();
    const rel = f.rel('Student', 'Course', { aEnd: many, bEnd: oneOrMore, label: 'enrols in' });
    const input = [f.entity('Student'), f.entity('Course'), f.attr('Course', 'id', { rawType: 'int', primaryKey: true }), rel];
    const { schema, diagnostics } = resolveChecked(input);
    const join = tableOf(schema, 'course_students');
    expect(join).toMatchObject({ role: 'join', primaryKey: ['course_id', 'student_id'], rule: 'resolve/many-to-many', origin: rel.span });
    expect(join.columns.map((c) => `${c.name}:${c.type.kind}${c.nullable ? '?' : ''}`)).toEqual(['course_id:int', 'student_id:uuid', 'created_at:datetime']);
    expect(join.indexes.map((i) => i.name)).toEqual(['course_students_student_id_idx']);
    expect(schema.relations.map((r) => [r.name, r.from.table, r.to.table, r.onDelete, r.to.optional, r.label])).toEqual([
      ['course_students_course_id_fkey', 'course_students', 'courses', 'cascade', false, 'enrols in'],
      ['course_students_student_id_fkey', 'course_students', 'students', 'cascade', false, 'enrols in'],
    ]);
    // a course must have a student (oneOrMore next to Course): the join side toward students is required
    expect(schema.relations.find((r) => r.to.table === 'students')!.from.optional).toBe(false);
    expect(schema.relations.find((r) => r.to.table === 'courses')!.from.optional).toBe(true);
    expect(diagnostics.find((d) => d.code === 'resolve/many-to-many')?.message).toBe('many-to-many Course – Student lowered to junction table course_students');
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

  it('does not reuse an entity whose link to one end is optional', () => {
    const f = facts();
    const input = [
      f.entity('Order'), f.entity('Product'), f.entity('Wish'),
      f.attr('Wish', 'order_id', { nullable: true }), f.attr('Wish', 'product_id'),
      f.rel('Order', 'Product', { aEnd: many, bEnd: many }),
    ];
    const { schema } = resolveChecked(input);
    expect(tableOf(schema, 'order_products').role).toBe('join');
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

  it('gives the second column of a self many-to-many a role', () => {
    const f = facts();
    const { schema } = resolveChecked([f.entity('User'), f.rel('User', 'User', { aEnd: many, bEnd: many, label: 'follows' })]);
    const join = tableOf(schema, 'user_users');
    expect(join.primaryKey).toEqual(['user_id', 'follower_user_id']);
    expect(schema.relations.map((r) => r.name)).toEqual(['user_users_follower_user_id_fkey', 'user_users_user_id_fkey']);
  });

  it('keeps a join table name clear of existing tables', () => {
    const f = facts();
    const input = [f.entity('Tag'), f.entity('Post'), f.entity('Post Tag', { tableName: 'post_tags' }), f.attr('Post Tag', 'note'), f.rel('Post', 'Tag', { aEnd: many, bEnd: many })];
    const { schema, diagnostics } = resolveChecked(input);
    expect(tableOf(schema, 'post_tags_2').role).toBe('join');
    expect(columnOf(schema, 'post_tags_2', 'tag_id').nullable).toBe(false);
    expect(codes(diagnostics)).toContain('resolve/many-to-many');
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
