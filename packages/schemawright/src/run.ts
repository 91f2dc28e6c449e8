import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PREVIOUS_SCHEMA_PATH } from '@schemawright/extract';
import { hasErrors, type Diagnostic } from '@schemawright/ir';
import type { SourceDocument } from '@schemawright/extract';
import { findDrift, type Drift } from './check.js';
import { generateSchema, type GenerateOptions, type GenerateResult } from './generate.js';
import { readFiles, readPreviousOutput, readWorkspace, WORKSPACE_LAYOUT, writeFiles } from './workspace.js';

/** What a run did, for the CLI or a caller to report. */
export interface RunOutcome {
  /** The generation, absent when reading failed. */
  readonly result?: GenerateResult;
  /** Diagnostics of reading and generating, sorted by the generator. */
  readonly diagnostics: readonly Diagnostic[];
  /** Output folder as shown to the user (POSIX, trailing slash). */
  readonly outputFolder: string;
  /** Absolute output folder. */
  readonly outputDir: string;
  /** Files written (none with `check`, or on errors). */
  readonly written: readonly string[];
  /** Files that differ from disk (only with `check`). */
  readonly drift: readonly Drift[];
  /** Maps a document path in spans to the path to show (relative to the caller's cwd). */
  readonly displayPath: (docPath: string) => string;
}

/** Options of a run that touches the file system. */
export interface RunOptions extends GenerateOptions {
  /** Compare with disk instead of writing. */
  readonly check?: boolean;
  /** Folder that display paths are relative to. Default: the process's cwd. */
  readonly cwd?: string;
}

const posix = (p: string) => p.split(sep).join('/');

/**
 * Reads `workspaces/<slug>` under `root`, generates, and writes to `code/backend/database/` (or, with
 * `check`, compares). Missing config.json gives an MVP_NOT_FOUND error and writes nothing.
 */
export function generateWorkspace(root: string, slug: string, options: RunOptions = {}): RunOutcome {
  const cwd = options.cwd ?? process.cwd();
  const ws = readWorkspace(resolve(cwd, root), slug);
  const outputDir = join(ws.dir, WORKSPACE_LAYOUT.output);
  const outputFolder = `${posix(relative(cwd, outputDir)) || '.'}/`;
  const displayPath = (p: string) => posix(relative(cwd, join(p === PREVIOUS_SCHEMA_PATH ? outputDir : ws.dir, p)));
  if (hasErrors(ws.diagnostics)) return { diagnostics: ws.diagnostics, outputFolder, outputDir, written: [], drift: [], displayPath };
  const result = generateSchema({ documents: ws.documents, ...(ws.config ? { config: ws.config } : {}) }, withPrevious(options, outputDir));
  return finish(result, [...ws.diagnostics, ...result.diagnostics], outputDir, outputFolder, options, displayPath);
}

/**
 * Generates from any markdown files into `out`. Document paths in spans are relative to the files'
 * common folder, so outputs do not depend on where the files live.
 */
export function generateFiles(files: readonly string[], out: string, options: RunOptions = {}): RunOutcome {
  const cwd = options.cwd ?? process.cwd();
  const absolute = files.map((f) => resolve(cwd, f));
  const missing = absolute.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`no such file: ${missing.map((f) => posix(relative(cwd, f))).join(', ')}`);
  const base = commonFolder(absolute);
  const documents: SourceDocument[] = absolute.map((f) => ({ path: posix(relative(base, f)), text: readFileSync(f, 'utf8') }));
  const outputDir = resolve(cwd, out);
  const outputFolder = `${posix(relative(cwd, outputDir)) || '.'}/`;
  const displayPath = (p: string) => posix(relative(cwd, join(p === PREVIOUS_SCHEMA_PATH ? outputDir : base, p)));
  const result = generateSchema({ documents }, withPrevious(options, outputDir));
  return finish(result, result.diagnostics, outputDir, outputFolder, options, displayPath);
}

function finish(
  result: GenerateResult,
  diagnostics: readonly Diagnostic[],
  outputDir: string,
  outputFolder: string,
  options: RunOptions,
  displayPath: (p: string) => string,
): RunOutcome {
  const base = { result, diagnostics, outputFolder, outputDir, displayPath };
  if (options.check) {
    const onDisk = readFiles(outputDir, Object.keys(result.files));
    return { ...base, written: [], drift: findDrift(result.files, onDisk, outputFolder) };
  }
  if (hasErrors(result.diagnostics)) return { ...base, written: [], drift: [] };
  return { ...base, written: writeFiles(outputDir, result.files), drift: [] };
}

/**
 * The options with what the output folder holds from an earlier run (read for `check` too, so it compares
 * like with like). Spans in that previous schema.prisma (a dropped table's warning) display under the
 * output folder.
 */
function withPrevious(options: RunOptions, outputDir: string): RunOptions {
  return options.previous ? options : { ...options, previous: readPreviousOutput(outputDir) };
}

function commonFolder(paths: readonly string[]): string {
  let base = dirname(paths[0]!);
  while (!paths.every((p) => p === base || p.startsWith(base.endsWith(sep) ? base : base + sep))) base = dirname(base);
  return base;
}
