import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parseDocument } from '@schemawright/extract';

const gfm = unified().use(remarkParse).use(remarkGfm);

/** The tree remark-gfm gives, positions included. */
function full(text: string): unknown {
  return JSON.parse(JSON.stringify(gfm.parse(text)));
}

function parsed(text: string): unknown {
  return JSON.parse(JSON.stringify(parseDocument({ path: 'a.md', text }).tree));
}

const GFM_WITHOUT_LITERALS = [
  '# Library',
  '',
  'A *member* borrows **books**; ~~fines~~ are kept per loan[^1].',
  '',
  '| Field | Type |',
  '| ----- | ---- |',
  '| title | text \\| null |',
  '',
  '- [ ] reserve a book',
  '- [x] return a book',
  '',
  '> A quote with `code` and a [link](/docs "title").',
  '',
  '[^1]: Fines are in cents.',
  '',
].join('\n');

describe('parseDocument: GFM trees', () => {
  it('gives the remark-gfm tree for text that cannot hold an autolink literal', () => {
    expect(parsed(GFM_WITHOUT_LITERALS)).toEqual(full(GFM_WITHOUT_LITERALS));
  });

  it.each([
    'Visit www.example.org today.',
    'Write to help@example.org.',
    'See https://example.org/docs.',
    'See www\\.example.org.',
    'Write to help&#64;example.org.',
  ])('still reads autolink literals: %s', (text) => {
    const tree = parsed(text);
    expect(tree).toEqual(full(text));
    expect(JSON.stringify(tree)).toContain('"type":"link"');
  });
});
