import { DEFAULT_DATABASE, type DatabaseChoice, type Result } from '@schemawright/ir';
import type { SignalFact } from '../facts.js';

/**
 * Chooses the database and ORM from the signals the documents carry: a named database or ORM wins;
 * otherwise the signals found justify the default. (Placeholder until the signal tables land.)
 */
export function chooseDatabase(signals: readonly SignalFact[]): Result<DatabaseChoice> {
  void signals;
  return { value: DEFAULT_DATABASE, diagnostics: [] };
}
