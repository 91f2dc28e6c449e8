import NodeSqlParser from 'node-sql-parser';
import { hasPrimaryKeyConstraint } from '../src/sql/constraint-names.js';
import { describe, expect, it } from 'vitest';
import { emitDropSql, emitSql, tableKeysOf, oneToOneKeysOf } from '../src/sql/index.js';
import { allShapes, allTypesSchema, teamTasksSchema } from './helpers/schemas.js';

/** The parts of node-sql-parser's MySQL AST these tests read. */
interface ColumnRef { column: string }
interface Statement {
  type: 'create' | 'alter' | 'drop';
  keyword?: 'table' | 'index';
  table: { table: string }[] | { table: string };
  index?: string;
  name?: ColumnRef | { table: string }[];
  create_definitions?: { resource: string; column?: ColumnRef; constraint_type?: string; definition: { dataType?: string; length?: number } | ColumnRef[] }[];
  expr?: { create_definitions: { constraint: string; definition: ColumnRef[]; reference_definition: { table: { table: string }[]; on_action: { type: string; value: { value: string } }[] } } }[];
}

const parser = new NodeSqlParser.Parser();
const parse = (sql: string) => parser.astify(sql, { database: 'MySQL' }) as unknown as Statement[];
const tableOf = (s: Statement) => (Array.isArray(s.table) ? s.table[0]!.table : s.table.table);

describe('MySQL DDL parses with node-sql-parser (MySQL dialect)', () => {
  for (const [name, shape] of allShapes()) {
    it(`${name}: tables, columns, keys, indexes and foreign keys in order; the drop script reverses them`, () => {
      const up = parse(emitSql(shape, 'mysql'));
      const creates = up.filter((s) => s.type === 'create' && s.keyword === 'table');
      expect(creates.map(tableOf)).toEqual(shape.tables.map((t) => t.name));
      creates.forEach((c, i) => {
        const t = shape.tables[i]!;
        expect(c.create_definitions!.filter((d) => d.resource === 'column').map((d) => d.column!.column)).toEqual(t.columns.map((x) => x.name));
        const pk = c.create_definitions!.find((d) => d.constraint_type === 'primary key');
        // an implicit many-to-many table has Prisma's unique pair index instead of a primary key off PostgreSQL
        if (hasPrimaryKeyConstraint(t, 'mysql')) expect((pk?.definition as ColumnRef[]).map((x) => x.column)).toEqual(t.primaryKey);
        else expect(pk).toBeUndefined();
      });
      const oneToOne = oneToOneKeysOf(shape);
      const keys = shape.tables.flatMap((t) => tableKeysOf(t, 'mysql', oneToOne.get(t.name) ?? []).map((k) => k.name));
      expect(up.filter((s) => s.type === 'create' && s.keyword === 'index').map((s) => s.index)).toEqual(keys);
      const fks = up.filter((s) => s.type === 'alter').map((s) => s.expr![0]!.create_definitions);
      expect(fks.map((f) => f.constraint)).toEqual(shape.relations.map((r) => r.name));
      expect(fks.map((f) => f.reference_definition.table[0]!.table)).toEqual(shape.relations.map((r) => r.to.table));
      // order: all tables, then all indexes, then all foreign keys
      const kinds = up.map((s) => (s.type === 'alter' ? 'fk' : s.keyword));
      expect(kinds).toEqual([...creates.map(() => 'table'), ...keys.map(() => 'index'), ...fks.map(() => 'fk')]);

      const down = parse(emitDropSql(shape, 'mysql'));
      expect(down.filter((s) => s.type === 'drop' && s.keyword === 'table').map((s) => (s.name as { table: string }[])[0]!.table)).toEqual(shape.tables.map((t) => t.name).reverse());
      expect(down.filter((s) => s.type === 'alter').map(tableOf)).toEqual(shape.relations.map((r) => r.from.table).reverse());
    });
  }

  it('writes MySQL types, AUTO_INCREMENT, inline ENUMs and referential actions', () => {
    const sql = emitSql(allTypesSchema(), 'mysql');
    const table = parse(sql)[0]!;
    const types = table.create_definitions!.filter((d) => d.resource === 'column').map((d) => (d.definition as { dataType: string }).dataType);
    expect(types).toEqual(['BIGINT', 'VARCHAR', 'VARCHAR', 'TEXT', 'INTEGER', 'BIGINT', 'DECIMAL', 'DOUBLE', 'BOOLEAN', 'DATE', 'DATETIME', 'TIME', 'CHAR', 'JSON', 'LONGBLOB', 'ENUM', 'VARCHAR', 'DATETIME']);
    expect(sql).toContain('`id` BIGINT NOT NULL AUTO_INCREMENT,');
    expect(sql).toContain("`feeling` ENUM('happy','sad') NOT NULL DEFAULT 'sad',");
    expect(sql).toContain('`happened_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),');
    expect(sql).toContain("`payload` JSON NOT NULL DEFAULT ('{\"a\":1}'),");
    expect(sql).toContain(') DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;');
    const fks = parse(emitSql(teamTasksSchema(), 'mysql')).filter((s) => s.type === 'alter').map((s) => s.expr![0]!.create_definitions);
    expect(fks.map((f) => [f.constraint, f.reference_definition.on_action.map((a) => `${a.type} ${a.value.value}`).join(', ')])).toEqual([
      ['projects_owner_id_fkey', 'on delete restrict, on update cascade'],
      ['tasks_assignee_id_fkey', 'on delete set null, on update cascade'],
      ['tasks_project_id_fkey', 'on delete cascade, on update cascade'],
      ['tasks_reporter_id_fkey', 'on delete restrict, on update cascade'],
    ]);
  });
});
