/**
 * Type-checks emitted ORM files against the real `typeorm` and `drizzle-orm` packages: the files are written
 * under a temporary folder (an ESM package whose node_modules is this package's), and one TypeScript program
 * with the options of ./tsconfig.json checks them all, so the libraries' declarations load once.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..', '..');
const workspaceRoot = join(packageRoot, '..', '..');

/** Compiler options of the fixture tsconfig, with @types resolved from the workspace. */
function fixtureOptions(): ts.CompilerOptions {
  const config = ts.parseConfigFileTextToJson('tsconfig.json', readFileSync(join(here, 'tsconfig.json'), 'utf8'));
  const parsed = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, here);
  if (parsed.errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(parsed.errors[0]!.messageText, '\n'));
  return { ...parsed.options, typeRoots: [join(workspaceRoot, 'node_modules', '@types')] };
}

/** A temporary ESM project that resolves packages from packages/emit/node_modules. */
export function makeProject(): { root: string; write: (path: string, text: string) => string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'schemawright-orm-'));
  symlinkSync(join(packageRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module', private: true }) + '\n');
  return {
    root,
    write: (path, text) => {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      return full;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** One diagnostic as `file:line:col: message`, the file relative to `root`. */
export interface CompileProblem {
  readonly file: string;
  readonly text: string;
}

/** Type-checks `files` (absolute paths) in one program; every diagnostic, with its file relative to `root`. */
export function typeCheck(root: string, files: readonly string[]): CompileProblem[] {
  const program = ts.createProgram({ rootNames: [...files], options: fixtureOptions() });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return { file: '', text: message };
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const file = d.file.fileName.startsWith(root) ? d.file.fileName.slice(root.length + 1) : d.file.fileName;
    return { file, text: `${file}:${line + 1}:${character + 1}: TS${d.code} ${message}` };
  });
}
