import { truncateBytes } from '../sql/constraint-names.js';
import { sqlString } from '../sql/dialect.js';
import { alterColumnStatements, castSql } from './column-alter.js';
import { pgId, type DatabaseModel, type DbColumn, type DbForeignKey, type DbTable } from './database-model.js';
import { adviceText } from './destructive-advice.js';
import { addValueStatements, createEnumSql, enumChangesOf } from './enum-changes.js';
import type { DestructiveNote, MigrationPlan, MigrationStep, SchemaChange, StepLabel } from './migration-steps.js';
import { renameCandidate } from './rename-candidates.js';
import { isUnchanged, tableChangesOf, type TableChanges } from './table-changes.js';
import { isLosslessChange } from './type-widening.js';

const INDENT = '    ';
const byName = <T extends { name: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.name, x]));

/**
 * The PostgreSQL statements taking a database from `prev` to `next`, in a fixed order that keeps every
 * statement valid when it runs: new enum types and values; dropped foreign keys and indexes; column drops
 * (and type changes of columns leaving a rebuilt enum); dropped tables; rebuilt enums; added and altered
 * columns and primary keys; new tables; dropped enum types; new indexes; new foreign keys. Tables and keys
 * match by name: a rename is a drop and an add, with a note suggesting the rename instead.
 */
export function planMigration(prev: DatabaseModel, next: DatabaseModel): MigrationPlan {
  const steps: MigrationStep[] = [];
  const notes: DestructiveNote[] = [];
  const push = (label: StepLabel, statements: readonly string[]) => {
    if (statements.length > 0) steps.push({ label, sql: statements.join('\n') });
  };
  const before = byName(prev.tables);
  const after = byName(next.tables);
  const created = next.tables.filter((t) => !before.has(t.name));
  const dropped = prev.tables.filter((t) => !after.has(t.name)).reverse();
  const kept = next.tables.flatMap((t) => (before.has(t.name) ? [tableChangesOf(before.get(t.name)!, t)] : []));
  const enums = enumChangesOf(prev, next);
  const rebuiltEnums = new Set(enums.rebuilt.map(([, e]) => e.name));

  // 1. new enum types and values
  for (const e of enums.created) push('CreateEnum', [createEnumSql(e)]);
  for (const [p, e] of enums.extended) push('AlterEnum', addValueStatements(p, e));

  // 2-3. foreign keys and indexes that go or change
  const fkChanged = foreignKeyChangeTest(kept);
  const oldFks = byName(prev.foreignKeys);
  const newFks = byName(next.foreignKeys);
  for (const fk of [...prev.foreignKeys].reverse()) {
    const n = newFks.get(fk.name);
    if (!n || fkChanged(fk, n)) push('DropForeignKey', [`ALTER TABLE ${pgId(fk.table)} DROP CONSTRAINT ${pgId(fk.name)};`]);
  }
  for (const t of kept) push('DropIndex', t.droppedKeys.map((k) => `DROP INDEX ${pgId(k.name)};`));

  // 4. primary keys that change, columns that go, columns leaving a rebuilt enum
  const leaving = (p: DbColumn, n: DbColumn) => p.enumName !== undefined && rebuiltEnums.has(p.enumName) && n.enumName !== p.enumName;
  for (const t of kept) {
    const table = pgId(t.after.name);
    const statements: string[] = [];
    if (t.primaryKeyChanged && t.before.primaryKey.length > 0) statements.push(`ALTER TABLE ${table} DROP CONSTRAINT ${pgId(t.before.primaryKeyName)};`);
    for (const c of [...t.dropped, ...t.recreated.map(([p]) => p)]) statements.push(`ALTER TABLE ${table} DROP COLUMN ${pgId(c.name)};`);
    for (const [p, n] of t.altered) if (leaving(p, n)) statements.push(...alterColumnStatements(t.after.name, p, n));
    push('AlterTable', statements);
    notes.push(...columnNotes(t));
  }

  // 5. tables that go
  for (const t of dropped) {
    push('DropTable', [`DROP TABLE ${pgId(t.name)};`]);
    const candidate = renameCandidate(t.name, created.filter((c) => signatureOf(c) === signatureOf(t)).map((c) => c.name));
    const drop = adviceText('dropTable');
    const advice = candidate === undefined ? drop : `${adviceText('renameTable', { added: candidate, sql: `ALTER TABLE ${pgId(t.name)} RENAME TO ${pgId(candidate)}` })}. Otherwise ${drop}`;
    notes.push({ step: `drop table ${t.name}`, advice, span: t.origin });
  }

  // 6. enums losing or reordering values: a new type, the columns moved over, the old type dropped
  const settled = new Set<string>();
  for (const [p, e] of enums.rebuilt) {
    const fresh = `${truncateBytes(e.name, 59)}_new`;
    const users = kept.flatMap((t) => t.after.columns.flatMap((c) => {
      const old = t.before.columns.find((x) => x.name === c.name);
      return old && old.enumName === e.name && c.enumName === e.name && !t.recreated.some(([r]) => r.name === c.name) ? [{ table: t.after.name, old, c }] : [];
    }));
    const statements = [createEnumSql(e, fresh)];
    for (const u of users) {
      const at = `ALTER TABLE ${pgId(u.table)} ALTER COLUMN ${pgId(u.c.name)}`;
      if (u.old.default !== undefined) statements.push(`${at} DROP DEFAULT;`);
      statements.push(`${at} SET DATA TYPE ${pgId(fresh)} USING (${castSql(u.c, pgId(fresh))});`);
    }
    statements.push(`ALTER TYPE ${pgId(e.name)} RENAME TO ${pgId(`${truncateBytes(e.name, 59)}_old`)};`, `ALTER TYPE ${pgId(fresh)} RENAME TO ${pgId(e.name)};`, `DROP TYPE ${pgId(`${truncateBytes(e.name, 59)}_old`)};`);
    for (const u of users) {
      settled.add(`${u.table}\0${u.c.name}`);
      if (u.c.default !== undefined) statements.push(`ALTER TABLE ${pgId(u.table)} ALTER COLUMN ${pgId(u.c.name)} SET DEFAULT ${u.c.default};`);
    }
    push('AlterEnum', statements);
    const removed = p.values.filter((v) => !e.values.includes(v));
    if (removed.length > 0) notes.push({ step: `remove ${quoted(removed)} from enum ${e.name}`, advice: adviceText('dropEnumValues', { values: quoted(removed) }), span: p.origin });
  }

  // 7. columns that come or change, primary keys
  for (const t of kept) {
    const table = pgId(t.after.name);
    const statements: string[] = [];
    for (const c of [...t.added, ...t.recreated.map(([, n]) => n)]) statements.push(`ALTER TABLE ${table} ADD COLUMN ${c.sql};`);
    for (const [p, n] of t.altered) if (!leaving(p, n)) statements.push(...alterColumnStatements(t.after.name, p, n, settled.has(`${t.after.name}\0${n.name}`)));
    if (t.primaryKeyChanged && t.after.primaryKey.length > 0) statements.push(`ALTER TABLE ${table} ADD CONSTRAINT ${pgId(t.after.primaryKeyName)} PRIMARY KEY (${t.after.primaryKey.map(pgId).join(', ')});`);
    push('AlterTable', statements);
  }

  // 8-11. new tables, enum types that go, new indexes, new foreign keys
  for (const t of created) push('CreateTable', [createTableSql(t)]);
  for (const e of [...enums.dropped].reverse()) push('DropEnum', [`DROP TYPE ${pgId(e.name)};`]);
  for (const t of next.tables) {
    const keys = before.has(t.name) ? kept.find((k) => k.after === t)!.createdKeys : t.keys;
    for (const k of keys) push('CreateIndex', [`CREATE ${k.unique ? 'UNIQUE ' : ''}INDEX ${pgId(k.name)} ON ${pgId(t.name)}(${k.columns.map(pgId).join(', ')});`]);
  }
  for (const fk of next.foreignKeys) {
    const p = oldFks.get(fk.name);
    if (!p || fkChanged(p, fk)) push('AddForeignKey', [`ALTER TABLE ${pgId(fk.table)} ADD CONSTRAINT ${pgId(fk.name)} ${fk.clause};`]);
  }

  const keyTables = new Set([...prev.foreignKeys.filter((fk) => !newFks.has(fk.name) || fkChanged(fk, newFks.get(fk.name)!)), ...next.foreignKeys.filter((fk) => !oldFks.has(fk.name) || fkChanged(oldFks.get(fk.name)!, fk))].map((fk) => fk.table));
  return { steps, notes, changes: changesOf(created, dropped, kept, enums, keyTables) };
}

/**
 * A foreign key is dropped and added again when its definition changes, when a column at either end
 * changes type, or when what it points at (the primary key or a unique index of the target) is rebuilt.
 */
function foreignKeyChangeTest(kept: readonly TableChanges[]): (before: DbForeignKey, after: DbForeignKey) => boolean {
  const byTable = new Map(kept.map((t) => [t.after.name, t]));
  const retyped = (table: string, columns: readonly string[]) => {
    const t = byTable.get(table);
    return t !== undefined && columns.some((c) => t.altered.some(([p, n]) => n.name === c && p.type !== n.type) || t.recreated.some(([, n]) => n.name === c));
  };
  const targetRebuilt = (fk: DbForeignKey) => {
    const t = byTable.get(fk.target);
    return t !== undefined && (t.primaryKeyChanged || t.droppedKeys.some((k) => k.columns.join('\0') === fk.targetColumns.join('\0')));
  };
  return (before, after) => before.clause !== after.clause || before.table !== after.table || retyped(after.table, after.columns) || retyped(after.target, after.targetColumns) || targetRebuilt(after);
}

/** Destructive notes about one table's columns and key. */
function columnNotes(t: TableChanges): DestructiveNote[] {
  const notes: DestructiveNote[] = [];
  const name = t.after.name;
  for (const c of t.dropped) {
    const candidate = renameCandidate(c.name, t.added.filter((a) => a.type === c.type && a.serial === c.serial).map((a) => a.name));
    const drop = adviceText('dropColumn');
    const advice = candidate === undefined ? drop : `${adviceText('renameColumn', { added: candidate, sql: `ALTER TABLE ${pgId(name)} RENAME COLUMN ${pgId(c.name)} TO ${pgId(candidate)}` })}. Otherwise ${drop}`;
    notes.push({ step: `drop column ${name}.${c.name}`, advice, span: c.origin });
  }
  for (const [, n] of t.recreated) notes.push({ step: `recreate column ${name}.${n.name}`, advice: adviceText('recreateColumn'), span: n.origin });
  for (const c of t.added) if (c.notNull && c.default === undefined && !c.serial) notes.push({ step: `add required column ${name}.${c.name}`, advice: adviceText('requiredColumn'), span: c.origin });
  for (const [p, n] of t.altered) {
    if (p.type !== n.type && !isLosslessChange(p.type, n.type)) notes.push({ step: `change ${name}.${n.name} from ${p.type} to ${n.type}`, advice: adviceText('narrowType'), span: n.origin });
    if (!p.notNull && n.notNull) notes.push({ step: `set ${name}.${n.name} NOT NULL`, advice: adviceText('setNotNull'), span: n.origin });
  }
  if (t.primaryKeyChanged) notes.push({ step: `change the primary key of ${name} to (${t.after.primaryKey.join(', ')})`, advice: adviceText('primaryKey'), span: t.after.origin });
  return notes;
}

/** Column names and types, for telling a renamed table from a different one. */
function signatureOf(t: DbTable): string {
  return t.columns.map((c) => `${c.name} ${c.type}`).join('\0');
}

/** `CREATE TABLE` as the DDL emitter writes it for PostgreSQL. */
function createTableSql(t: DbTable): string {
  const lines = t.columns.map((c) => c.sql);
  if (t.primaryKey.length > 0) lines.push(`CONSTRAINT ${pgId(t.primaryKeyName)} PRIMARY KEY (${t.primaryKey.map(pgId).join(', ')})`);
  return `CREATE TABLE ${pgId(t.name)} (\n${lines.map((l) => INDENT + l).join(',\n')}\n);`;
}

/** Tables added, dropped and changed (`keyTables`: tables whose foreign keys change), then enums, in plan order. */
function changesOf(created: readonly DbTable[], dropped: readonly DbTable[], kept: readonly TableChanges[], enums: ReturnType<typeof enumChangesOf>, keyTables: ReadonlySet<string>): SchemaChange[] {
  const out: SchemaChange[] = [];
  for (const t of created) out.push({ verb: 'add', name: t.name });
  for (const e of enums.created) out.push({ verb: 'add', name: e.name });
  for (const t of kept) {
    if (isUnchanged(t)) {
      if (keyTables.has(t.after.name)) out.push({ verb: 'alter', name: t.after.name });
      continue;
    }
    const onlyAdds = t.added.length > 0 && t.dropped.length + t.altered.length + t.recreated.length === 0 && !t.primaryKeyChanged;
    const onlyDrops = t.dropped.length > 0 && t.added.length + t.altered.length + t.recreated.length === 0 && !t.primaryKeyChanged;
    if (onlyAdds) for (const c of t.added) out.push({ verb: 'add', name: `${t.after.name}_${c.name}` });
    else if (onlyDrops) for (const c of t.dropped) out.push({ verb: 'drop', name: `${t.after.name}_${c.name}` });
    else out.push({ verb: 'alter', name: t.after.name });
  }
  for (const t of [...dropped].reverse()) out.push({ verb: 'drop', name: t.name });
  for (const e of enums.dropped) out.push({ verb: 'drop', name: e.name });
  for (const [, e] of [...enums.extended, ...enums.rebuilt]) out.push({ verb: 'alter', name: e.name });
  return out;
}

/** Enum values as SQL literals, for messages. */
function quoted(values: readonly string[]): string {
  return values.map(sqlString).join(', ');
}
