#!/usr/bin/env node
// Throughput of the prose collector (and of the two taggers it was chosen between) on 1 MB of prose.
// Prints figures and ratios against the 2 s budget; it asserts nothing (timing depends on the machine).
//
//   npx tsc -b packages/extract && node packages/extract/bench/prose-speed.mjs [--corpus DIR]
//
// The text is generated from our own sentence templates; --corpus DIR also times every prd.md under DIR.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '..', 'dist');
const { parseDocument } = await import(path.join(dist, 'document.js'));
const { collectProse } = await import(path.join(dist, 'collect', 'prose.js'));
const { winkTagger } = await import(path.join(dist, 'prose', 'tagger.js'));

const NOUNS = ['customer', 'order', 'invoice', 'product', 'warehouse', 'supplier', 'shipment', 'driver', 'vehicle', 'branch',
  'account', 'teacher', 'course', 'student', 'room', 'booking', 'payment', 'ticket', 'event', 'venue', 'member', 'team'];
const TEMPLATES = [
  (a, b) => `Each ${a} has several ${b}s.`,
  (a, b) => `A ${b} belongs to exactly one ${a}.`,
  (a) => `The name, address and date of registration are stored for every ${a}.`,
  (a, b) => `Several ${a}s can take part in a ${b}, and their names and phone numbers are recorded.`,
  (a, b) => `A ${a} may be assigned to at most five ${b}s, whereas a ${b} is managed by a single ${a}.`,
  (a) => `There are two types of ${a}s: regular ${a}s and premium ${a}s.`,
  (a) => `As a ${a}, I want to create a new record so that the team sees my progress.`,
  (a, b) => `The status of a ${a} is draft, active or closed, and each ${a} refers to one ${b}.`,
];

/** About `bytes` of paragraphs made from the templates, in a fixed order. */
function syntheticProse(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = NOUNS[i % NOUNS.length], b = NOUNS[(i * 7 + 3) % NOUNS.length];
    const sentence = TEMPLATES[i % TEMPLATES.length](a, b);
    parts.push(i % 6 === 5 ? `${sentence}\n\n` : `${sentence} `);
    size += sentence.length + 1;
  }
  return parts.join('');
}

/** Wall time and this process's CPU time (user + system) of one call: on a busy machine CPU time is the fairer figure. */
function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, value };
}

const text = syntheticProse(1_000_000);
const mb = Buffer.byteLength(text) / 1_000_000;
winkTagger('Warm up the model.');
const tag = time(() => winkTagger(text));
const doc = parseDocument({ path: 'bench.md', text });
const collect = time(() => collectProse(doc));
const f = (x) => x.toFixed(0).padStart(6);
console.log(`input               ${mb.toFixed(2)} MB, ${tag.value.length} tokens`);
const parse = time(() => parseDocument({ path: 'bench2.md', text }));
console.log(`parseDocument       ${f(parse.ms)} ms wall ${f(parse.cpu)} ms cpu  (markdown parsing, shared by every collector)`);
console.log(`wink tagger         ${f(tag.ms)} ms wall ${f(tag.cpu)} ms cpu  ${(tag.value.length / (tag.cpu / 1000) / 1000).toFixed(0)}k tokens/s (cpu)`);
console.log(`collectProse        ${f(collect.ms)} ms wall ${f(collect.cpu)} ms cpu  ${(mb / (collect.cpu / 1000)).toFixed(2)} MB/s (cpu)  ${collect.value.value.length} facts  budget ratio ${(collect.cpu / 2000).toFixed(2)} (cpu ms / 2000 ms per MB)`);

// compromise, the other tagger measured (a dev dependency), on a tenth of the text
const require = createRequire(path.join(here, '..', 'package.json'));
try {
  const nlp = require('compromise');
  const tenth = text.slice(0, Math.floor(text.length / 10));
  const c = time(() => nlp(tenth).json());
  const w = time(() => winkTagger(tenth));
  console.log(`compromise (0.1 MB) ${f(c.cpu)} ms cpu vs wink ${w.cpu.toFixed(0)} ms cpu: ${(c.cpu / w.cpu).toFixed(1)}x slower`);
} catch {
  console.log('compromise not installed; skipped');
}

const corpusAt = process.argv.indexOf('--corpus');
if (corpusAt > 0) {
  const dir = process.argv[corpusAt + 1];
  let bytes = 0, ms = 0, cpu = 0;
  for (const c of fs.readdirSync(dir).sort()) {
    for (const name of fs.existsSync(path.join(dir, c)) && fs.statSync(path.join(dir, c)).isDirectory() ? fs.readdirSync(path.join(dir, c)).filter((n) => n.endsWith('.md')) : []) {
      const t = fs.readFileSync(path.join(dir, c, name), 'utf8');
      bytes += Buffer.byteLength(t);
      const doc = parseDocument({ path: name, text: t });
      const r = time(() => collectProse(doc));
      ms += r.ms;
      cpu += r.cpu;
    }
  }
  console.log(`corpus ${path.basename(dir)}  ${(bytes / 1e6).toFixed(2)} MB collected in ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms cpu: ${(bytes / 1e6 / (cpu / 1000)).toFixed(2)} MB/s (cpu)`);
}
