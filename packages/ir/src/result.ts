import type { Diagnostic } from './diagnostics.js';

/** What every stage returns: a value and what it has to say about the input. */
export interface Result<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** Builds a result. */
export function result<T>(value: T, diagnostics: readonly Diagnostic[] = []): Result<T> {
  return { value, diagnostics };
}
