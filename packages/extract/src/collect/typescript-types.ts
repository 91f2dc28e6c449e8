import { pascalCase, words, type Result } from '@schemawright/ir';
import type { ParsedDocument } from '../document.js';
import type { AttributeFact, Fact, FactBase } from '../facts.js';
import { blockSpan, codeBlocks } from './code/blocks.js';
import { commentValuesFact } from './code/sql-facts.js';
import { valuesFromComment } from './code/comment-values.js';
import { tsDeclarations } from './code/ts-declarations.js';
import { idMember, tsRelationFacts } from './code/ts-relations.js';
import { tsModels, type TsModel } from './code/ts-scope.js';
import type { ValueField } from './code/ts-fields.js';

export const TYPESCRIPT_RULE = 'collect/typescript-type';

/** Fence languages read as TypeScript. */
export const TYPESCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['ts', 'typescript']);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Collects entities from TypeScript blocks: interfaces, object type aliases and zod objects, with enums and
 * literal unions as value sets. API, UI and config shapes (`*Props`, `*Request`, `Create*Schema`, …) are
 * skipped; shapes without an `id` used inside another are value objects (json columns of their owner).
 */
export function collectTypeScriptTypes(doc: ParsedDocument): Result<readonly Fact[]> {
  const blocks = codeBlocks(doc).filter((b) => TYPESCRIPT_LANGUAGES.has(b.lang));
  const { models, valueSets, scope } = tsModels(blocks.flatMap(tsDeclarations));
  const base = (model: TsModel, line: number, token: string, confidence = model.confidence): FactBase => ({
    span: blockSpan(doc, model.shape.block, line, token),
    rule: TYPESCRIPT_RULE,
    source: 'code',
    confidence,
  });
  const facts: Fact[] = [];
  const usedEnums = new Set<string>();
  for (const model of models) {
    facts.push({ kind: 'entity', ...base(model, model.shape.line, model.shape.name), name: model.name });
    for (const { member, field } of model.fields) {
      if (field.kind !== 'value') continue;
      if (field.enumName !== undefined) usedEnums.add(field.enumName);
      const fact = attributeOf(model, member.name, field, member.comment, base(model, member.line, member.name), scope.isEntity);
      facts.push(fact);
      const values = field.type.kind === 'string' && !field.enumValues && member.comment !== undefined ? valuesFromComment(member.comment) : undefined;
      if (values) facts.push(commentValuesFact(fact, values));
    }
  }
  for (const v of valueSets) {
    if (!usedEnums.has(v.name)) continue;
    facts.push({ kind: 'enum', span: blockSpan(doc, v.block, v.line, v.name), rule: TYPESCRIPT_RULE, source: 'code', confidence: 0.85, name: v.name, values: v.values });
  }
  facts.push(...tsRelationFacts(models, (m, member, confidence) => base(m, member.line, member.name, confidence)));
  return { value: facts, diagnostics: [] };
}

function attributeOf(model: TsModel, name: string, field: ValueField, comment: string | undefined, b: FactBase, isEntity: (n: string) => boolean): AttributeFact {
  const fact: Mutable<AttributeFact> = { kind: 'attribute', ...b, entity: model.name, name, type: field.type, rawType: field.rawType, nullable: field.nullable };
  if (/^(id|_id)$/.test(name)) {
    fact.primaryKey = true;
    fact.nullable = false;
  }
  const target = referencedEntity(model, name, isEntity);
  if (target !== undefined) fact.references = { entity: target };
  if (field.enumValues) fact.enumValues = field.enumValues;
  if (field.enumName !== undefined) fact.enumName = field.enumName;
  if (comment !== undefined && valuesFromComment(comment) === undefined) fact.description = comment;
  return fact;
}

/**
 * The entity a `<name>Id` member points at: the longest tail of its words naming a declared entity
 * (`currentClinicId` → `Clinic`). None when a member typed by the entity already holds the relation.
 */
function referencedEntity(model: TsModel, name: string, isEntity: (n: string) => boolean): string | undefined {
  const m = /^(.*[a-z0-9])(Id|ID|_id)$/.exec(name);
  if (!m) return undefined;
  const stem = m[1]!;
  const owner = model.fields.find((f) => f.field.kind === 'ref' && idMember(model, f.member.name)?.name === name);
  if (owner) return undefined;
  const w = words(stem);
  for (let i = 0; i < w.length; i++) {
    const candidate = pascalCase(w.slice(i).join(' '));
    if (isEntity(candidate)) return candidate;
  }
  return undefined;
}
