import { describe, expect, it } from 'vitest';
import { matchesNamePattern, NAME_TYPE_RULES, typeFromName } from '../src/infer/by-name.js';
import { isOptionalByName, OPTIONAL_NAME_PATTERNS } from '../src/infer/optional-names.js';

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

  it('matches a star in the middle as one or more words between a prefix and a suffix', () => {
    expect(matchesNamePattern('last_login_at', 'last_*_at')).toBe(true);
    expect(matchesNamePattern('last_seen_by_at', 'last_*_at')).toBe(true);
    expect(matchesNamePattern('last_at', 'last_*_at')).toBe(false);
    expect(matchesNamePattern('last_name', 'last_*_at')).toBe(false);
    expect(matchesNamePattern('blast_off_at', 'last_*_at')).toBe(false);
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

describe('infer/optional-names', () => {
  it('knows events that may not have happened, and leaves ordinary columns alone', () => {
    for (const n of ['deleted_at', 'archived_at', 'completed_at', 'cancelled_at', 'last_login_at', 'read_at', 'email_verified_at', 'published_at']) {
      expect(isOptionalByName(n), n).toBe(true);
    }
    for (const n of ['created_at', 'updated_at', 'due_at', 'last_name', 'title', 'deleted', 'starts_at']) expect(isOptionalByName(n), n).toBe(false);
  });

  it('is a data table of snake_case patterns', () => {
    for (const p of OPTIONAL_NAME_PATTERNS) expect(p).toMatch(/^\*?[a-z_]+(\*[a-z_]+)?\*?$/);
  });
});

describe('infer/by-name: flags, cents and bounds', () => {
  it('types switches, whole-unit amounts and limits by their names', () => {
    expect(typeFromName('visible_online')).toEqual({ kind: 'boolean' });
    expect(typeFromName('waiver_required')).toEqual({ kind: 'boolean' });
    expect(typeFromName('internal_only')).toEqual({ kind: 'boolean' });
    expect(typeFromName('total_cents')).toEqual({ kind: 'int', bits: 32 });
    expect(typeFromName('max_participants')).toEqual({ kind: 'int', bits: 32 });
    expect(typeFromName('sort_index')).toEqual({ kind: 'int', bits: 32 });
    // earlier rows still win: a price bound is money, a key is a key
    expect(typeFromName('max_price')).toEqual({ kind: 'decimal', precision: 10, scale: 2 });
    expect(typeFromName('max_id')).toEqual({ kind: 'uuid' });
  });
});
