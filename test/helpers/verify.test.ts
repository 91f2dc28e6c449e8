import { describe, expect, it } from 'vitest';
import { mermaidProblem, prismaFormat, prismaProblem } from './verify.js';

// The verifiers must be able to fail, or every test built on them proves nothing.
describe('verifiers', () => {
  const valid = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id String @id\n}\n';
  it('prisma validate accepts a valid schema and rejects a broken one', () => {
    expect(prismaProblem(valid)).toBeUndefined();
    expect(prismaProblem(valid.replace('String @id', 'Strng @id'))).toMatch(/Strng/);
  });
  it('prisma format is a fixed point on formatted text', () => {
    expect(prismaFormat(valid)).toBe(valid);
    expect(prismaFormat(valid.replace('  id', 'id'))).toBe(valid);
  });
  it('mermaid parse accepts and rejects', async () => {
    expect(await mermaidProblem('erDiagram\n  A ||--o{ B : has\n')).toBeUndefined();
    expect(await mermaidProblem('erDiagram\n  A ||--o{ : has\n')).toMatch(/Parse error/);
  });
});
