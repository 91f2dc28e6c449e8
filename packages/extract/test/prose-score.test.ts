import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusRoot, formatScore, scoreSet } from './prose-harness.js';

// Scores the prose collector on the shared corpus when it sits beside the checkout (it is measuring
// material, never copied in). Floors catch regressions; the figures go to stdout and PROSE_SCORE_OUT.
describe.skipIf(!corpusRoot())('prose collector on the corpus', () => {
  it('domain-golden', () => {
    const s = scoreSet('domain-golden');
    console.log(formatScore('domain-golden', s));
    if (process.env.PROSE_SCORE_OUT) fs.writeFileSync(`${process.env.PROSE_SCORE_OUT}.domain-golden.json`, JSON.stringify(s.cases, null, 1));
    // floors a little under the figures at the last commit (0.796 / 0.543 / 0.435 / 0.805): a drop is a
    // regression. The collector alone, before resolve: the shared bench scores the whole pipeline, where
    // join tables of many-to-many relations count as extra models.
    expect(s.entity.f1).toBeGreaterThanOrEqual(0.77);
    expect(s.attribute.f1).toBeGreaterThanOrEqual(0.52);
    expect(s.relation.f1).toBeGreaterThanOrEqual(0.41);
    expect(s.cardinality).toBeGreaterThanOrEqual(0.78);
  }, 300_000);
  it('prd-real (leak=false)', () => {
    const s = scoreSet('prd-real');
    console.log(formatScore('prd-real', s));
    if (process.env.PROSE_SCORE_OUT) fs.writeFileSync(`${process.env.PROSE_SCORE_OUT}.prd-real.json`, JSON.stringify(s.cases, null, 1));
    // prose alone on PRDs is held back on purpose where the documents spell their schema out (structured
    // collectors own those entities), so recall is low here; precision is what the floor guards
    expect(s.entity.p).toBeGreaterThanOrEqual(0.45);
    expect(s.entity.f1).toBeGreaterThanOrEqual(0.21);
  }, 300_000);
});
