#!/usr/bin/env node
// Speed and memory of the whole job, measured, never asserted: prints throughput and the ratios that
// matter (time and memory per input doubling; ~2.0 means linear). Run after `npm run build`:
//   node scripts/bench.mjs [--max-mb 1]
// Inputs are our own: the example workspace and the golden fixtures, repeated with renamed entities
// until the size is reached, so the job sees many distinct tables, not one table many times.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateSchema } from '../packages/schemawright/dist/index.js';

const args = process.argv.slice(2);
const maxMb = Number(args[args.indexOf('--max-mb') + 1] || 1);
const root = new URL('..', import.meta.url).pathname;

function markdownUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'expected' && name !== 'node_modules') out.push(...markdownUnder(p)); }
    else if (name.endsWith('.md') && !p.includes('/backend/database/')) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

const seedDocs = [...markdownUnder(join(root, 'examples/workspaces')), ...markdownUnder(join(root, 'fixtures'))];
const letters = (i) => { let s = ''; do { s = String.fromCharCode(65 + (i % 26)) + s; i = Math.floor(i / 26); } while (i > 0); return s; };

/** Documents of about `bytes` size: copy k renames every UPPER_SNAKE / PascalCase entity with a suffix. */
function corpus(bytes) {
  const docs = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const suffix = letters(k);
    for (const [i, text] of seedDocs.entries()) {
      const renamed = text.replace(/\b([A-Z][A-Z_]{2,})\b/g, `$1_${suffix}`).replace(/\b([A-Z][a-z]+)(?=\s*(?:\{|\|))/g, `$1${suffix}`);
      docs.push({ path: `doc-${String(k).padStart(4, '0')}-${i}.md`, text: renamed });
      size += Buffer.byteLength(renamed);
      if (size >= bytes) break;
    }
  }
  return { docs, size };
}

function measure(bytes) {
  const { docs, size } = corpus(bytes);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const r = generateSchema({ documents: docs });
  const ms = performance.now() - t0;
  const heapAfter = process.memoryUsage().heapUsed;
  return { size, ms, tables: r.schema.tables.length, heapMb: Math.max(0, heapAfter - heapBefore) / 1e6, rssMb: process.memoryUsage().rss / 1e6 };
}

measure(32 * 1024); // warm-up: wasm instantiation and JIT
const rows = [];
for (let kb = 64; kb <= maxMb * 1024; kb *= 2) rows.push(measure(kb * 1024));
console.log('input KB   tables   ms      MB/s   heap MB  rss MB   time ratio  heap ratio');
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const ratio = (a, b) => (prev ? (a / b).toFixed(2) : '  - ');
  console.log(
    `${String(Math.round(r.size / 1024)).padStart(8)} ${String(r.tables).padStart(8)} ${r.ms.toFixed(0).padStart(7)} ${(r.size / 1e6 / (r.ms / 1000)).toFixed(2).padStart(7)} ${r.heapMb.toFixed(1).padStart(8)} ${r.rssMb.toFixed(0).padStart(7)}   ${ratio(r.ms, prev?.ms)}        ${ratio(r.heapMb || 1, prev?.heapMb || 1)}`,
  );
});
const last = rows[rows.length - 1];
console.log(`\n1 MB budget ratio (time for ~${(last.size / 1e6).toFixed(2)} MB / 2 s): ${(last.ms / 2000).toFixed(2)}  (below 1.00 is within budget)`);
