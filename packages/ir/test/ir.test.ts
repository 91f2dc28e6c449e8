import { describe, expect, it } from 'vitest';
import { camelCase, diagnostic, entityKey, formatDiagnostic, modelNameOf, pascalCase, snakeCase, sortDiagnostics, span, tableNameOf, words } from '@schemawright/ir';

describe('names', () => {
  it('splits every identifier style the same way', () => {
    for (const n of ['orderItem', 'OrderItem', 'order_item', 'ORDER_ITEM', 'order-item', 'Order Item']) expect(words(n)).toEqual(['order', 'item']);
    expect(words('HTTPRequestLog')).toEqual(['http', 'request', 'log']);
  });
  it('derives table, model and key names', () => {
    expect(tableNameOf('OrderItem')).toBe('order_items');
    expect(tableNameOf('PROJECT_MEMBER')).toBe('project_members');
    expect(tableNameOf('person')).toBe('people');
    expect(modelNameOf('order_items')).toBe('OrderItem');
    expect(modelNameOf('categories')).toBe('Category');
    expect(entityKey('Users')).toBe(entityKey('USER'));
    expect(camelCase('owner_id')).toBe('ownerId');
    expect(pascalCase('task status')).toBe('TaskStatus');
    expect(snakeCase('createdAt')).toBe('created_at');
  });
});

describe('diagnostics', () => {
  it('fills the catalog wording and prints file:line:col', () => {
    const d = diagnostic('read/missing-document', { role: 'PRD', path: 'prd.md' }, span('prd.md', 3, 2));
    expect(formatDiagnostic(d)).toBe('prd.md:3:2: warning read/missing-document: no PRD document at prd.md; working with what exists');
  });
  it('sorts by place and removes duplicates', () => {
    const a = diagnostic('resolve/empty-schema', {}, span('b.md', 1, 1));
    const b = diagnostic('resolve/empty-schema', {}, span('a.md', 9, 1));
    const c = diagnostic('read/no-documents');
    expect(sortDiagnostics([a, b, c, a]).map((d) => d.span?.file ?? '-')).toEqual(['-', 'a.md', 'b.md']);
  });
});

describe('names in other scripts', () => {
  it('keep their identity instead of vanishing', async () => {
    const { hasNoLatinForm, nameTag } = await import('@schemawright/ir');
    expect(words('사용자_id')).toEqual(['사용자', 'id']);
    expect(entityKey('사용자')).toBe('사용자');
    expect(tableNameOf('사용자')).toBe('사용자');
    expect(entityKey('Café')).toBe('café');
    expect(hasNoLatinForm('文章')).toBe(true);
    expect(nameTag('文章')).toMatch(/^[0-9a-f]{8}$/);
    expect(nameTag('文章')).toBe(nameTag('文章'));
    expect(nameTag('文章')).not.toBe(nameTag('文字'));
  });
});
