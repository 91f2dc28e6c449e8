import { describe, expect, it } from 'vitest';
import { matchesNamePattern, NAME_TYPE_RULES, typeFromName } from '../src/infer/by-name.js';

describe('infer/by-name', () => {
  it('matches whole names, prefixes and suffixes at word boundaries only', () => {
    expect(matchesNamePattern('user_id', '*_id')).toBe(true);
    expect(matchesNamePattern('paid', '*_id')).toBe(false);
    expect(matchesNamePattern('_id', '*_id')).toBe(false);
    expect(matchesNamePattern('is_active', 'is_*')).toBe(true);
    expect(matchesNamePattern('is_', 'is_*')).toBe(false);
    expect(matchesNamePattern('issue', 'is_*')).toBe(false);
    expect(matchesNamePattern('duration', 'duration*')).toBe(true);
    expect(matchesNamePattern('duration_ms', 'duration*')).toBe(true);
    expect(matchesNamePattern('status', 'status')).toBe(true);
    expect(matchesNamePattern('statuses', 'status')).toBe(false);
  });

  it('lets earlier rows win: keys before amounts, times before strings', () => {
    expect(typeFromName('price_id')).toEqual({ kind: 'uuid' });
    expect(typeFromName('status_changed_at')).toEqual({ kind: 'datetime' });
    expect(typeFromName('is_paid')).toEqual({ kind: 'boolean' });
    expect(typeFromName('content_type')).toEqual({ kind: 'string' });
    expect(typeFromName('order')).toEqual({ kind: 'int', bits: 32 });
    expect(typeFromName('data')).toEqual({ kind: 'json' });
    expect(typeFromName('date')).toEqual({ kind: 'date' });
    expect(typeFromName('colour')).toBeUndefined();
  });

  it('is a data table: every row has a pattern and a type', () => {
    for (const r of NAME_TYPE_RULES) {
      expect(r.pattern).toMatch(/^\*?[a-z_]+\*?$/);
      expect(r.type.kind).not.toBe('unknown');
    }
  });
});
