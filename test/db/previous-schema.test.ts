/**
 * The migration reader on real outputs: every golden's and example's schema.prisma, read back with
 * previousSchemaOf, gives its schema.sql byte for byte and needs no migration, so rerunning on unchanged
 * documents never writes one.
 */
import { emitSql, isSameDatabase, previousSchemaOf } from '@schemawright/emit';
import { describe, expect, it } from 'vitest';
import { dbCases } from './cases.js';

describe('previousSchemaOf on every golden and example', () => {
  for (const c of dbCases()) {
    const sql = c.result.files['schema.sql'];
    if (sql === undefined) continue;
    it(`${c.name}: schema.prisma reads back to the same DDL`, () => {
      const back = previousSchemaOf(c.result.files['schema.prisma']);
      expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(emitSql(back.value, 'postgresql')).toBe(sql);
      expect(isSameDatabase(back.value, c.result.schema)).toBe(true);
    });
  }
});
