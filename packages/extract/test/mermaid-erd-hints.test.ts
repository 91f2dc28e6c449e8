import { describe, expect, it } from 'vitest';
import { readCommentHints } from '../src/collect/mermaid/comment-hints.js';
import { readDefaultValue } from '../src/collect/mermaid/default-value.js';

describe('readCommentHints', () => {
  it('reads nullability, with negations first', () => {
    expect(readCommentHints('nullable').nullable).toBe(true);
    expect(readCommentHints('optional').nullable).toBe(true);
    expect(readCommentHints('NULL until verified').nullable).toBe(true);
    expect(readCommentHints('required').nullable).toBe(false);
    expect(readCommentHints('not null').nullable).toBe(false);
    expect(readCommentHints('non-nullable').nullable).toBe(false);
    expect(readCommentHints('display name').nullable).toBeUndefined();
  });

  it('reads unique but not its negation', () => {
    expect(readCommentHints('unique').unique).toBe(true);
    expect(readCommentHints('Unique per tenant').unique).toBe(true);
    expect(readCommentHints('not unique').unique).toBeUndefined();
    expect(readCommentHints('non-unique').unique).toBeUndefined();
  });

  it('reads value lists', () => {
    expect(readCommentHints('draft|published|archived').enumValues).toEqual(['draft', 'published', 'archived']);
    expect(readCommentHints('USER | ADMIN').enumValues).toEqual(['USER', 'ADMIN']);
    expect(readCommentHints('values: low, medium, high').enumValues).toEqual(['low', 'medium', 'high']);
    expect(readCommentHints('one of: card, cash or transfer').enumValues).toEqual(['card', 'cash', 'transfer']);
    expect(readCommentHints("enum: 'a', 'b'").enumValues).toEqual(['a', 'b']);
    expect(readCommentHints('either yes or no').enumValues).toEqual(['yes', 'no']);
    expect(readCommentHints('the value of the order').enumValues).toBeUndefined();
    expect(readCommentHints('string | null').enumValues).toBeUndefined();
  });

  it('reads defaults, typed by what they look like', () => {
    expect(readCommentHints('default: 0').default).toEqual({ kind: 'number', value: 0 });
    expect(readCommentHints('defaults to true').default).toEqual({ kind: 'boolean', value: true });
    expect(readCommentHints('default now()').default).toEqual({ kind: 'now' });
    expect(readCommentHints("default = 'EUR'").default).toEqual({ kind: 'string', value: 'EUR' });
    expect(readCommentHints('draft|live, default draft')).toMatchObject({ enumValues: ['draft', 'live'], default: { kind: 'enum', value: 'draft' } });
    expect(readCommentHints('values: a, b default b')).toMatchObject({ enumValues: ['a', 'b'], default: { kind: 'enum', value: 'b' } });
    expect(readCommentHints('default null').default).toBeUndefined();
  });

  it('keeps the comment as a description only when it says more than hints', () => {
    expect(readCommentHints('unique').description).toBeUndefined();
    expect(readCommentHints('draft|published').description).toBeUndefined();
    expect(readCommentHints('required, default: 1').description).toBeUndefined();
    expect(readCommentHints('login email, unique').description).toBe('login email, unique');
    expect(readCommentHints('  shown on the profile ').description).toBe('shown on the profile');
  });
});

describe('readDefaultValue', () => {
  it('reads database expressions, literals and enum values', () => {
    expect(readDefaultValue('gen_random_uuid()')).toEqual({ kind: 'uuid' });
    expect(readDefaultValue('autoincrement()')).toEqual({ kind: 'autoincrement' });
    expect(readDefaultValue('CURRENT_TIMESTAMP')).toEqual({ kind: 'now' });
    expect(readDefaultValue('-1.5')).toEqual({ kind: 'number', value: -1.5 });
    expect(readDefaultValue('{}')).toEqual({ kind: 'json', value: '{}' });
    expect(readDefaultValue('`active`', ['active', 'closed'])).toEqual({ kind: 'enum', value: 'active' });
    expect(readDefaultValue('a b c')).toBeUndefined();
  });
});

describe('bare value lists on enum columns', () => {
  it('reads `enum role "owner, admin, member"` as values, and leaves a plain string comment alone', () => {
    expect(readCommentHints('owner, admin, member', { enumType: true }).enumValues).toEqual(['owner', 'admin', 'member']);
    expect(readCommentHints('todo, in_progress, done', { enumType: true }).description).toBeUndefined();
    expect(readCommentHints('owner, admin, member').enumValues).toBeUndefined();
    expect(readCommentHints('short code, e.g. WEB', { enumType: true }).enumValues).toBeUndefined();
  });
});
