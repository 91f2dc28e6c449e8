import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusRoot, formatScore, scoreSet } from './prose-harness.js';

// Scores the prose collector on the shared corpus when it sits beside the checkout (it is measuring
// material, never copied in). Floors catch regressions; the figures go to stdout and PROSE_SCORE_OUT.
describe.skipIf(!corpusRoot())('prose collector on the corpus', () => {
  it('domain-golden', () => {
    const s = scoreSet('domain-golden');
    console.log(formatScore('domain-golden', s));
    if (process.env.PROSE_SCORE_OUT) fs.writeFileSync(`${process.env.PROSE_SCORE_OUT}.domain-golden.json`, JSON.stringify(s.cases.map((c) => ({ ...c })), null, 1));
    expect(s.entity.f1).toBeGreaterThan(0);
  });
  it('prd-real (leak=false)', () => {
    const s = scoreSet('prd-real');
    console.log(formatScore('prd-real', s));
    if (process.env.PROSE_SCORE_OUT) fs.writeFileSync(`${process.env.PROSE_SCORE_OUT}.prd-real.json`, JSON.stringify(s.cases, null, 1));
    expect(s.entity.f1).toBeGreaterThan(0);
  });
});
