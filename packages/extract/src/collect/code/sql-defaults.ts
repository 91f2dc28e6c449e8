import type { DefaultValue, ScalarType } from '@schemawright/ir';
import type { SqlDefault } from './sql-model.js';

/**
 * SQL functions and keywords used as column defaults → the neutral default they mean. Data: add a row to
 * teach a new spelling. Keys are lower-case.
 */
export const SQL_DEFAULT_FUNCTIONS: Readonly<Record<string, 'now' | 'uuid' | 'autoincrement'>> = {
  now: 'now', current_timestamp: 'now', current_date: 'now', localtimestamp: 'now', transaction_timestamp: 'now',
  statement_timestamp: 'now', clock_timestamp: 'now', getdate: 'now', getutcdate: 'now', sysdate: 'now',
  sysdatetime: 'now', utc_timestamp: 'now', datetime: 'now', timezone: 'now',
  gen_random_uuid: 'uuid', uuid_generate_v4: 'uuid', uuid_generate_v1: 'uuid', uuid_generate_v7: 'uuid', uuid: 'uuid',
  uuidv4: 'uuid', uuidv7: 'uuid', newid: 'uuid', newsequentialid: 'uuid',
  nextval: 'autoincrement', autoincrement: 'autoincrement',
};

/** The neutral default of a SQL default, given the column's type; undefined for NULL and unknown calls. */
export function defaultValueOf(d: SqlDefault, type: ScalarType | undefined, isEnum: boolean): DefaultValue | undefined {
  switch (d.kind) {
    case 'string':
      if (isEnum || type?.kind === 'enum') return { kind: 'enum', value: d.value };
      if (type?.kind === 'json') return { kind: 'json', value: d.value };
      if (type?.kind === 'boolean' && /^(true|false|t|f|0|1)$/i.test(d.value)) return { kind: 'boolean', value: /^(true|t|1)$/i.test(d.value) };
      if (type?.kind === 'datetime' && /^now$/i.test(d.value)) return { kind: 'now' };
      return { kind: 'string', value: d.value };
    case 'number':
      if (type?.kind === 'boolean' && (d.value === 0 || d.value === 1)) return { kind: 'boolean', value: d.value === 1 };
      return { kind: 'number', value: d.value };
    case 'boolean':
      return { kind: 'boolean', value: d.value };
    case 'call': {
      const kind = SQL_DEFAULT_FUNCTIONS[d.name];
      // SQLite writes `datetime('now')`; other datetime(...) calls are not "now".
      if (kind === undefined || (d.name === 'datetime' && !d.args.some((a) => /^now$/i.test(a)))) return undefined;
      return { kind };
    }
    case 'null':
      return undefined;
  }
}

/** Reads a default expression as text (`'open'`, `0`, `now()`, `('{}'::jsonb)`, `CURRENT_TIMESTAMP`). */
export function parseSqlDefault(raw: string): SqlDefault | undefined {
  let t = raw.trim();
  while (/^\(.*\)$/s.test(t)) t = t.slice(1, -1).trim();
  t = t.replace(/::[\w ]+(\[\])?$/, '').trim();
  if (t === '') return undefined;
  const str = /^[NE]?'((?:[^']|'')*)'$/s.exec(t);
  if (str) return { kind: 'string', value: str[1]!.replace(/''/g, "'") };
  if (/^-?\d+(\.\d+)?$/.test(t)) return { kind: 'number', value: Number(t) };
  if (/^(true|false)$/i.test(t)) return { kind: 'boolean', value: /^true$/i.test(t) };
  if (/^null$/i.test(t)) return { kind: 'null' };
  const call = /^([\w.]+)\s*(?:\((.*)\))?$/s.exec(t);
  if (!call) return undefined;
  const args = (call[2] ?? '').split(',').map((a) => a.trim().replace(/^'(.*)'$/s, '$1')).filter((a) => a !== '');
  return { kind: 'call', name: call[1]!.split('.').pop()!.toLowerCase(), args };
}
