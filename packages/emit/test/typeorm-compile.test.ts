import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseProvider } from '@schemawright/ir';
import { emitTypeOrm } from '../src/typeorm/index.js';
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
      for (const [path, text] of Object.entries(emitTypeOrm(withProvider(shape, provider)))) files.push(project.write(`${provider}/${name}/${path}`, text));
    }
  }
  // a broken entity checked in the same program shows the harness reports what it should
  files.push(
    project.write(
      'harness/user.entity.ts',
      "import { Column, Entity, Index } from 'typeorm';\n@Entity({ name: 'users' })\nexport class User {\n  @Column({ name: 'email', type: 'varchar', lenght: 20 })\n  email!: string;\n  other!: Project;\n}\n",
    ),
  );
  problems = typeCheck(project.root, files);
});
afterAll(() => project.remove());

describe('TypeORM entities type-check against typeorm with decorators and strict', () => {
  it('reports nothing outside the emitted files', () => {
    expect(problems.filter((p) => !p.file.startsWith('harness/') && !PROVIDERS.some((pr) => p.file.startsWith(`${pr}/`))).map((p) => p.text)).toEqual([]);
  });
  for (const provider of PROVIDERS) {
    for (const [name] of ormShapes(allShapes())) {
      it(`${provider} ${name}`, () => {
        expect(problems.filter((p) => p.file.startsWith(`${provider}/${name}/`)).map((p) => p.text)).toEqual([]);
      });
    }
  }
});

describe('the type-check harness', () => {
  it('catches a wrong column option, an unused import and a missing entity import', () => {
    const codes = problems.filter((p) => p.file.startsWith('harness/')).map((p) => /TS(\d+)/.exec(p.text)?.[1]);
    expect(codes).toEqual(expect.arrayContaining(['2769', '6133', '2304']));
  });
});
