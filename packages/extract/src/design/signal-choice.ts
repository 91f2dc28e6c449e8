import type { DatabaseProvider } from '@schemawright/ir';
import type { SignalFact } from '../facts.js';
import type { DesignSignal } from '../infer/signal-words.js';

/** Signals that need a relational database: integrity, money, many-to-many, tenants, volume. */
const RELATIONAL: readonly DesignSignal[] = ['relational', 'money', 'many-to-many', 'multi-tenant', 'volume'];
/** Document-shaped data wins MongoDB only when it is strong (two strong phrases) and outweighs relational needs twice. */
const DOCUMENT_MIN = 1.6;
const DOCUMENT_OVER_RELATIONAL = 2;
/** An embedded store wins SQLite with one strong phrase, or offline use with two; never against relational needs. */
const EMBEDDED_MIN = 0.8;
const OFFLINE_MIN = 1.6;

/**
 * Chooses a provider from design signals alone: document-shaped data → MongoDB only when strong and not
 * outweighed; an embedded or offline store → SQLite when nothing relational is asked; everything else →
 * PostgreSQL (relational integrity, money and many-to-many point there, and it is the default).
 * `setAside` lists providers the documents rejected, which signals never bring back.
 */
export function chooseBySignals(signals: readonly SignalFact[], setAside: ReadonlySet<string>): DatabaseProvider {
  const weight = (kinds: readonly DesignSignal[]): number =>
    signals.filter((s) => (kinds as readonly string[]).includes(s.signal)).reduce((sum, s) => sum + s.confidence, 0);
  const relational = weight(RELATIONAL);
  const document = weight(['document']);
  if (document >= DOCUMENT_MIN && document > DOCUMENT_OVER_RELATIONAL * relational && !setAside.has('mongodb')) {
    return 'mongodb';
  }
  const embedded = weight(['embedded']);
  const offline = weight(['offline']);
  if ((embedded >= EMBEDDED_MIN || offline >= OFFLINE_MIN) && relational === 0 && !setAside.has('sqlite')) {
    return 'sqlite';
  }
  // The documents turned PostgreSQL down and named nothing else: the next relational database.
  return setAside.has('postgresql') ? 'mysql' : 'postgresql';
}
