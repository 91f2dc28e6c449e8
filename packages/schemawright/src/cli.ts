import { readFileSync } from 'node:fs';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '@schemawright/ir';
import { parseCommand, USAGE, UsageError, type CommonFlags } from './args.js';
import { generateFiles, generateWorkspace, type RunOptions, type RunOutcome } from './run.js';
import { formatSummary } from './summary.js';

/** The CLI's only contact with the process: where it is and where to print. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Version of this package, read from its package.json. */
export function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Runs the CLI; returns the exit code (0 ok, 1 errors or drift, 2 usage or internal failure). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'version':
        io.stdout(`${version()}\n`);
        return 0;
      case 'workspace':
        return report(generateWorkspace(command.root, command.slug, runOptions(command.common, io)), command.common, io);
      case 'generate':
        return report(generateFiles(command.files, command.out, runOptions(command.common, io)), command.common, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`schemawright: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`schemawright: ${(e as Error).message}\n`);
    return 2;
  }
}

function runOptions(flags: CommonFlags, io: CliIo): RunOptions {
  const { check, quiet, ...generate } = flags;
  void quiet;
  return { ...generate, check, cwd: io.cwd };
}

function report(outcome: RunOutcome, flags: CommonFlags, io: CliIo): number {
  printDiagnostics(outcome.diagnostics, outcome.displayPath, io);
  if (hasErrors(outcome.diagnostics) || !outcome.result) return 1;
  if (flags.check) {
    for (const d of outcome.drift) io.stdout(d.patch);
    if (outcome.drift.length > 0) {
      io.stderr(`schemawright: ${outcome.drift.length} file(s) in ${outcome.outputFolder} differ from what the documents generate\n`);
      return 1;
    }
    if (!flags.quiet) io.stdout(`✅ ${outcome.outputFolder} is up to date (${Object.keys(outcome.result.files).length} files)\n`);
    return 0;
  }
  if (!flags.quiet) io.stdout(formatSummary(outcome.result.summary, outcome.outputFolder));
  return 0;
}

function printDiagnostics(list: readonly Diagnostic[], displayPath: (p: string) => string, io: CliIo): void {
  for (const d of sortDiagnostics(list)) {
    const shown = d.span ? { ...d, span: { ...d.span, file: displayPath(d.span.file) } } : d;
    io.stderr(`${formatDiagnostic(shown)}\n`);
  }
}
