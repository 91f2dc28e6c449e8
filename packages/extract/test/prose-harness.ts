/**
 * Measurement harness for the prose collector (test-only, never shipped): runs the collector over a
 * corpus case, turns its facts into the gold `truth.json` shape, and scores with the matching rules of
 * the shared bench (entity names by words with the last singular, then suffixes; attributes by
 * normalised name without ids/timestamps; relations on matched entities, then kind and direction).
 */
import fs from 'node:fs';
import path from 'node:path';
import pluralize from 'pluralize';
import { camelCase, pascalCase } from '@schemawright/ir';
import { parseDocument } from '../src/document.js';
import type { Fact } from '../src/facts.js';
import { collectProse } from '../src/collect/prose.js';
import type { Tagger } from '../src/prose/tokens.js';

export interface Model {
  entities: { name: string; attributes: string[]; grounded?: boolean }[];
  relations: { a: string; b: string; kind: string }[];
}

/** Facts → the truth.json shape: entities (PascalCase), attributes (camelCase), relation kinds from ends. */
export function modelOfFacts(facts: readonly Fact[]): Model {
  const entities = new Map<string, { name: string; attributes: string[] }>();
  for (const f of facts) if (f.kind === 'entity') entities.set(pascalCase(f.name), { name: pascalCase(f.name), attributes: [] });
  for (const f of facts) if (f.kind === 'attribute') entities.get(pascalCase(f.entity))?.attributes.push(camelCase(f.name));
  const relations: Model['relations'] = [];
  for (const f of facts) {
    if (f.kind !== 'relation') continue;
    const a = pascalCase(f.a), b = pascalCase(f.b);
    const ac = f.aEnd?.cardinality ?? 'one', bc = f.bEnd?.cardinality ?? 'many';
    if (ac === 'many' && bc === 'many') relations.push({ a, b, kind: 'M-N' });
    else if (ac === 'one' && bc === 'one') relations.push({ a, b, kind: '1-1' });
    else if (ac === 'one') relations.push({ a, b, kind: '1-N' });
    else relations.push({ a: b, b: a, kind: '1-N' });
  }
  return { entities: [...entities.values()], relations };
}

const words = (name: string): string[] => String(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
  .replace(/[^A-Za-z0-9\u00C0-\uFFFF]+/g, ' ').trim().toLowerCase().split(' ').filter(Boolean);
const singularWords = (name: string): string[] => { const w = words(name); if (w.length) w[w.length - 1] = pluralize.singular(w[w.length - 1]!); return w; };
const norm = (name: string): string => singularWords(name).join('');
const normField = (name: string): string => String(name).toLowerCase().replace(/[^a-z0-9\u00C0-\uFFFF]/g, '');
const SKIP_FIELDS = new Set(['id', 'createdat', 'updatedat', 'deletedat', 'uuid']);

function matchEntities(gen: Model['entities'], gold: Model['entities']): Map<string, string> {
  const pairs = new Map<string, string>();
  const used = new Set<string>();
  const byNorm = new Map<string, string>();
  for (const t of gold) byNorm.set(norm(t.name), t.name);
  for (const g of gen) { const t = byNorm.get(norm(g.name)); if (t && !used.has(t)) { pairs.set(g.name, t); used.add(t); } }
  const isSuffix = (x: string[], y: string[]): boolean => x.length < y.length && y.slice(y.length - x.length).join(' ') === x.join(' ');
  for (const g of gen) {
    if (pairs.has(g.name)) continue;
    const gw = singularWords(g.name);
    const t = gold.find((t) => !used.has(t.name) && (isSuffix(gw, singularWords(t.name)) || isSuffix(singularWords(t.name), gw)));
    if (t) { pairs.set(g.name, t.name); used.add(t.name); }
  }
  return pairs;
}

export interface CaseScore {
  name: string; ent: { tp: number; fp: number; fn: number }; rel: { tp: number; fp: number; fn: number; cardKnown: number; cardOk: number };
  attr: { tp: number; fp: number; fn: number }; missed: string[]; extra: string[]; gen: Model;
}

/** Scores one generated model against a gold model, as the shared bench does. */
export function scoreModel(name: string, gen: Model, gold: Model): CaseScore {
  const groundedGold = gold.entities.filter((e) => e.grounded !== false);
  const groundedNames = new Set(groundedGold.map((e) => e.name));
  const goldRels = gold.relations.filter((r) => groundedNames.has(r.a) && groundedNames.has(r.b));
  const pairs = matchEntities(gen.entities, gold.entities);
  const matchedGold = new Set(pairs.values());
  const ent = { tp: groundedGold.filter((e) => matchedGold.has(e.name)).length, fn: groundedGold.filter((e) => !matchedGold.has(e.name)).length, fp: gen.entities.filter((e) => !pairs.has(e.name)).length };
  const toGold = (n: string): string | undefined => pairs.get(n);
  const genRels = gen.relations.filter((r) => toGold(r.a) && toGold(r.b)).map((r) => ({ ...r, a: toGold(r.a)!, b: toGold(r.b)! }));
  type R = { a: string; b: string; kind: string };
  const same = (x: R, y: R): boolean => (x.a === y.a && x.b === y.b) || (x.a === y.b && x.b === y.a);
  const exact = (g: R, t: R): boolean => same(g, t) && g.kind === t.kind && (g.kind !== '1-N' || g.a === t.a);
  const usedG = new Set<number>(), usedT = new Set<number>();
  let relTp = 0, cardKnown = 0, cardOk = 0;
  for (const pass of [exact, same]) {
    goldRels.forEach((t, j) => {
      if (usedT.has(j)) return;
      const i = genRels.findIndex((g, k) => !usedG.has(k) && pass(g, t));
      if (i < 0) return;
      usedG.add(i); usedT.add(j); relTp++;
      if (t.kind !== '?') { cardKnown++; if (pass === exact) cardOk++; }
    });
  }
  const extraRels = genRels.filter((_, k) => !usedG.has(k)).length + gen.relations.filter((r) => !(toGold(r.a) && toGold(r.b))).length;
  let aTp = 0, aFp = 0, aFn = 0;
  for (const [g, t] of pairs) {
    const gs = new Set((gen.entities.find((e) => e.name === g)!.attributes || []).map(normField).filter((n) => !SKIP_FIELDS.has(n)));
    const ts = new Set((gold.entities.find((e) => e.name === t)!.attributes || []).map(normField).filter((n) => !SKIP_FIELDS.has(n)));
    for (const n of gs) if (ts.has(n)) aTp++; else aFp++;
    for (const n of ts) if (!gs.has(n)) aFn++;
  }
  return {
    name, ent, rel: { tp: relTp, fn: goldRels.length - relTp, fp: extraRels, cardKnown, cardOk }, attr: { tp: aTp, fp: aFp, fn: aFn },
    missed: groundedGold.filter((e) => !matchedGold.has(e.name)).map((e) => e.name), extra: gen.entities.filter((e) => !pairs.has(e.name)).map((e) => e.name), gen,
  };
}

/** The corpus root, or undefined when this checkout has none beside it. */
export function corpusRoot(): string | undefined {
  const root = path.resolve(__dirname, '../../../../shared/corpus');
  return fs.existsSync(root) ? root : undefined;
}

/** Cases of a set; for prd-real only those whose documents do not spell the schema out (leak=false). */
export function casesOf(set: string): string[] {
  const dir = path.join(corpusRoot()!, set);
  return fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'truth.json'))).filter((d) => {
    const src = JSON.parse(fs.readFileSync(path.join(dir, d, 'source.json'), 'utf8')) as { leak?: boolean };
    return src.leak !== true;
  }).sort();
}

/** Runs the prose collector over every markdown file of a case and scores it. */
export function scoreCase(set: string, name: string, tagger?: Tagger): CaseScore {
  const dir = path.join(corpusRoot()!, set, name);
  const facts: Fact[] = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const doc = parseDocument({ path: f, text: fs.readFileSync(path.join(dir, f), 'utf8') });
    facts.push(...collectProse(doc, tagger).value);
  }
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Model;
  return scoreModel(name, modelOfFacts(mergeAcrossFiles(facts)), gold);
}

/** Facts of several files of one case as one model: entities and relations deduplicated by name. */
function mergeAcrossFiles(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = f.kind === 'entity' ? `e:${pascalCase(f.name)}` : f.kind === 'attribute' ? `a:${pascalCase(f.entity)}.${camelCase(f.name)}` : f.kind === 'relation' ? `r:${[pascalCase(f.a), pascalCase(f.b)].sort().join('-')}:${f.label ?? ''}` : `${f.kind}:${JSON.stringify(f)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const prf = (tp: number, fp: number, fn: number): { p: number; r: number; f1: number } => {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface SetScore { entity: ReturnType<typeof prf>; attribute: ReturnType<typeof prf>; relation: ReturnType<typeof prf>; cardinality: number; cases: CaseScore[] }

/** Micro-averaged scores over the cases of a set. */
export function scoreSet(set: string, tagger?: Tagger): SetScore {
  const cases = casesOf(set).map((c) => scoreCase(set, c, tagger));
  const sum = (f: (c: CaseScore) => number): number => cases.reduce((s, c) => s + f(c), 0);
  const known = sum((c) => c.rel.cardKnown);
  return {
    entity: prf(sum((c) => c.ent.tp), sum((c) => c.ent.fp), sum((c) => c.ent.fn)),
    attribute: prf(sum((c) => c.attr.tp), sum((c) => c.attr.fp), sum((c) => c.attr.fn)),
    relation: prf(sum((c) => c.rel.tp), sum((c) => c.rel.fp), sum((c) => c.rel.fn)),
    cardinality: known ? sum((c) => c.rel.cardOk) / known : 0,
    cases,
  };
}

/** One line of figures. */
export function formatScore(set: string, s: SetScore): string {
  const f = (x: number): string => x.toFixed(3);
  return `${set}: entityP=${f(s.entity.p)} entityR=${f(s.entity.r)} entityF1=${f(s.entity.f1)} attributeF1=${f(s.attribute.f1)} (P=${f(s.attribute.p)} R=${f(s.attribute.r)}) relationF1=${f(s.relation.f1)} (P=${f(s.relation.p)} R=${f(s.relation.r)}) cardinality=${f(s.cardinality)}`;
}
