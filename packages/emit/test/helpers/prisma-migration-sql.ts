/**
 * Prisma's own migration SQL for a schema, offline: `diff` from an empty database to the datamodel, through
 * @prisma/schema-engine-wasm (an internal Prisma package: the version is pinned to the prisma-schema-wasm
 * one). The engine insists on a driver adapter and asks it one version probe on start; this adapter answers
 * that probe and refuses everything else, so nothing touches a database.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

type AdapterProvider = 'postgres' | 'sqlite';
type Ok<T> = { ok: true; value: T };
type Failure = { ok: false; error: { kind: 'GenericJs'; id: number } };
interface Query { sql: string }

/** Column type codes of Prisma's driver adapter protocol used by the probes. */
const COLUMN_TYPE = { int32: 0, boolean: 5, text: 7 } as const;

/** The few WebAssembly calls used here (the TypeScript lib in use declares no WebAssembly values). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, unknown>) => { exports: Record<string, unknown> };
}

let loaded = false;
function loadEngine(): typeof bindings.SchemaEngine {
  if (!loaded) {
    const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const module = new wasm.Module(readFileSync(join(dir, 'schema_engine_bg.wasm')));
    const instance = new wasm.Instance(module, { './schema_engine_bg.js': bindings });
    (bindings as unknown as { __wbg_set_wasm(exports: Record<string, unknown>): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    loaded = true;
  }
  return bindings.SchemaEngine;
}

function probeAnswer(provider: AdapterProvider, q: Query): Ok<unknown> | Failure {
  if (provider === 'postgres' && q.sql.includes('server_version_num')) {
    return { ok: true, value: { columnNames: ['exists', 'version', 'numeric_version'], columnTypes: [COLUMN_TYPE.boolean, COLUMN_TYPE.text, COLUMN_TYPE.int32], rows: [[true, 'PostgreSQL 17.5', 170005]] } };
  }
  if (provider === 'sqlite' && q.sql.includes('sqlite_version')) {
    return { ok: true, value: { columnNames: ['version'], columnTypes: [COLUMN_TYPE.text], rows: [['3.45.0']] } };
  }
  throw new Error(`the schema engine asked an unexpected query: ${q.sql}`);
}

function offlineAdapter(provider: AdapterProvider) {
  const refuse = async (): Promise<Failure> => ({ ok: false, error: { kind: 'GenericJs', id: 0 } });
  const connection = {
    provider,
    adapterName: 'schemawright-offline',
    queryRaw: async (q: Query) => probeAnswer(provider, q),
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ ok: true, value: { supportsRelationJoins: false } }),
    dispose: async () => ({ ok: true, value: undefined }),
  };
  return { provider, adapterName: 'schemawright-offline', connect: async () => ({ ok: true, value: connection }), connectToShadowDb: refuse };
}

/** The SQL `prisma migrate diff --from-empty --to-schema-datamodel --script` prints for `prismaSchema`. */
export async function prismaMigrationSql(prismaSchema: string, provider: AdapterProvider): Promise<string> {
  const SchemaEngine = loadEngine();
  const files: [string, string][] = [['schema.prisma', prismaSchema]];
  const engine = await SchemaEngine.new({ datamodels: files }, () => {}, offlineAdapter(provider));
  try {
    const out = await engine.diff({
      from: { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: prismaSchema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return out.stdout ?? '';
  } finally {
    engine.free();
  }
}
