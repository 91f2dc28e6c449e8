// Prisma 7 configuration written by schemawright: `npx prisma db seed` runs seed.ts.
import 'dotenv/config';
import { defineConfig, env } from 'prisma/config';

export default defineConfig({
  schema: 'schema.prisma',
  migrations: {
    path: 'migrations',
    seed: 'tsx seed.ts',
  },
  datasource: {
    url: env('DATABASE_URL'),
  },
});
