import { createTwoFilesPatch } from 'diff';

/** One generated file that differs from the file on disk. */
export interface Drift {
  readonly path: string;
  /** A unified diff from the file on disk (`a/`) to the generated one (`b/`). */
  readonly patch: string;
}

/** Compares generated files with what is on disk; an empty list means no drift. */
export function findDrift(generated: Readonly<Record<string, string>>, onDisk: Readonly<Record<string, string | undefined>>, prefix = ''): Drift[] {
  const drift: Drift[] = [];
  for (const [path, text] of Object.entries(generated)) {
    const current = onDisk[path];
    if (current === text) continue;
    const shown = `${prefix}${path}`;
    const patch = createTwoFilesPatch(`a/${shown}`, `b/${shown}`, current ?? '', text, current === undefined ? '(missing)' : '', '', { context: 3 });
    drift.push({ path, patch });
  }
  return drift;
}
