import { camelCase, isImplicitJunction, modelNameOf, pascalCase, words, type Enum, type Schema, type Table } from '@schemawright/ir';
import { claimName, isPrismaIdentifier, RESERVED_TYPE_NAMES, validIdentifier } from './identifiers.js';

/** Prisma names for one enum: the enum's name and each database value's identifier. */
export interface EnumNames {
  readonly name: string;
  /** Database value → Prisma identifier. */
  readonly values: ReadonlyMap<string, string>;
}

/** The Prisma names of everything but relation fields. */
export interface SchemaNames {
  /** Table name → model name. */
  readonly models: ReadonlyMap<string, string>;
  /** Enum name → enum names. */
  readonly enums: ReadonlyMap<string, EnumNames>;
  /** Table name → (column name → field name). */
  readonly fields: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/**
 * Names models (PascalCase singular of the table), enums (PascalCase) and scalar fields (camelCase), each
 * a valid Prisma identifier, unique where Prisma needs it (models and enums share one namespace; fields are
 * per model). Models claim names before enums (Prisma's implicit junction tables after both); names that
 * need no `@map` claim before those that do.
 */
export function nameSchema(schema: Schema): SchemaNames {
  const types = new Set<string>();
  const models = new Map<string, string>();
  const nameModel = (t: Table) => {
    const base = validIdentifier(modelNameOf(t.name), 'Model', t.name);
    models.set(t.name, claimName(base, types, 'Model', RESERVED_TYPE_NAMES));
  };
  schema.tables.filter((t) => !isImplicitJunction(t)).forEach(nameModel);
  const enums = new Map<string, EnumNames>();
  schema.enums.forEach((e) => {
    const base = validIdentifier(pascalCase(e.name), 'Enum', e.name);
    enums.set(e.name, { name: claimName(base, types, 'Enum', RESERVED_TYPE_NAMES), values: nameEnumValues(e) });
  });
  // implicit many-to-many tables are usually no model at all: they claim last, so they never take a name
  // from a model or an enum (one printed as a model after all still gets a name)
  schema.tables.filter(isImplicitJunction).forEach(nameModel);
  const fields = new Map<string, Map<string, string>>();
  for (const t of schema.tables) {
    const taken = new Set<string>();
    const byColumn = new Map<string, string>();
    const candidates = t.columns.map((c) => ({ column: c.name, base: validIdentifier(camelCase(c.name), 'field', c.name) }));
    for (const exact of [true, false]) {
      for (const { column, base } of candidates) {
        if ((base === column) === exact) byColumn.set(column, claimName(base, taken, 'Field'));
      }
    }
    fields.set(t.name, new Map(t.columns.map((c) => [c.name, byColumn.get(c.name)!])));
  }
  return { models, enums, fields };
}

/** Values that are identifiers keep their spelling; others become snake_case words (`in progress` → `in_progress`). */
function nameEnumValues(e: Enum): ReadonlyMap<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const v of e.values) if (isPrismaIdentifier(v.name) && !taken.has(v.name)) out.set(v.name, claimName(v.name, taken, ''));
  e.values.forEach((v) => {
    if (out.has(v.name)) return;
    const base = validIdentifier(words(v.name).join('_'), 'value_', v.name);
    out.set(v.name, claimName(base, taken, ''));
  });
  return out;
}
