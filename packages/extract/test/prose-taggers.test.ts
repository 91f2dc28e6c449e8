import { describe, expect, it } from 'vitest';
import { compromiseTagger } from './prose-compromise.js';
import { corpusRoot, formatScore, scoreSet } from './prose-harness.js';
import { winkTagger } from '../src/prose/tagger.js';

// Quality comparison of the two taggers through the whole prose collector (the figures that matter are
// the downstream ones). Speed is measured by bench/prose-speed.mjs.
describe.skipIf(!corpusRoot() || !process.env.PROSE_TAGGERS)('tagger comparison', () => {
  it('scores both taggers on both sets', () => {
    for (const [name, tagger] of [['wink', winkTagger], ['compromise', compromiseTagger]] as const) {
      for (const set of ['domain-golden', 'prd-real']) console.log(name.padEnd(11), formatScore(set, scoreSet(set, tagger)));
    }
    expect(true).toBe(true);
  }, 600_000);
});

describe('compromise adapter', () => {
  it('maps tags and offsets into the Tagger contract', () => {
    const tokens = compromiseTagger('Each order has several lines.');
    expect(tokens.map((t) => t.text)).toEqual(['Each', 'order', 'has', 'several', 'lines', '.']);
    expect(tokens[1]!.pos).toBe('NOUN');
    expect(tokens[4]!.start).toBe(23);
  });
});
