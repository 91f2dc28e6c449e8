import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseProvider } from '@schemawright/ir';
import { emitDrizzle } from '../src/drizzle/index.js';
import { makeProject, typeCheck, type CompileProblem } from './orm-typecheck/compile.js';
import { allShapes, withProvider } from './helpers/schemas.js';
import { ormShapes } from './orm-typecheck/shapes.js';

const PROVIDERS: readonly DatabaseProvider[] = ['postgresql', 'mysql', 'sqlite'];
const project = makeProject();
let problems: CompileProblem[] = [];

beforeAll(() => {
  const files: string[] = [];
  for (const provider of PROVIDERS) {
    for (const [name, shape] of ormShapes(allShapes())) {
      for (const [path, text] of Object.entries(emitDrizzle(withProvider(shape, provider)))) files.push(project.write(`${provider}/${name}/${path}`, text));
    }
  }
  problems = typeCheck(project.root, files);
});
afterAll(() => project.remove());

describe('Drizzle schemas type-check against drizzle-orm with strict', () => {
  it('reports nothing outside the emitted files', () => {
    expect(problems.filter((p) => !PROVIDERS.some((pr) => p.file.startsWith(`${pr}/`))).map((p) => p.text)).toEqual([]);
  });
  for (const provider of PROVIDERS) {
    for (const [name] of ormShapes(allShapes())) {
      it(`${provider} ${name}`, () => {
        expect(problems.filter((p) => p.file.startsWith(`${provider}/${name}/`)).map((p) => p.text)).toEqual([]);
      });
    }
  }
});
