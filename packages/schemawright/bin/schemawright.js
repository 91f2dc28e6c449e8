#!/usr/bin/env node
// The CLI lives in the compiled package; this shim exists so the bin link is valid before the first build.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
