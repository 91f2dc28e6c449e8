import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run on the TypeScript sources of every package, so a change is tested without a rebuild.
export default defineConfig({
  resolve: {
    alias: {
      '@schemawright/ir': src('ir'),
      '@schemawright/extract': src('extract'),
      '@schemawright/emit': src('emit'),
      '@schemawright/seed': src('seed'),
      schemawright: src('schemawright'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'fixtures/**/*.test.ts', 'examples/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
