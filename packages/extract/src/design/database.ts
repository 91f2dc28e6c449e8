import {
  compareSpans,
  databaseChoice,
  diagnostic,
  reason,
  type DatabaseChoice,
  type DatabaseProvider,
  type Diagnostic,
  type Orm,
  type Reason,
  type Result,
} from '@schemawright/ir';
import { roleOf } from '../document.js';
import type { SignalFact } from '../facts.js';
import { STANCE_CONFIDENCE, type DesignSignal } from '../infer/signal-words.js';
import { chooseNamed, type NamedChoice } from './named-choice.js';
import { ORM_NAMES, PROVIDER_ADVICE, PROVIDER_NAMES, quoteOf, REASON_TEXT, reasonText, SIGNAL_REASON, SUPPORTING_SIGNALS } from './reason-words.js';
import { chooseBySignals } from './signal-choice.js';

/** Providers in order of preference when scores tie; PostgreSQL is the default. */
const PROVIDERS: readonly DatabaseProvider[] = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb', 'mongodb'];
const ORMS: readonly Orm[] = ['prisma', 'typeorm', 'drizzle'];
/** Confidence of a strong design phrase (see `collect/signals`). */
const STRONG_DESIGN = 0.8;

/**
 * Chooses the database and ORM from the signals the documents carry. A named database wins (the
 * architecture document over the PRD, a chosen or configured mention over a comparison or a rejection);
 * otherwise the design signals choose (relational integrity, money, many-to-many → PostgreSQL; strong
 * document-shaped data → MongoDB; an embedded or offline store → SQLite); otherwise PostgreSQL. The ORM is
 * Prisma unless TypeORM or Drizzle is named. Every reason quotes the line behind it, with its span.
 */
export function chooseDatabase(signals: readonly SignalFact[]): Result<DatabaseChoice> {
  const diagnostics: Diagnostic[] = [];
  const reasons: Reason[] = [];
  const named = chooseNamed(signals, 'database', PROVIDERS);
  let provider: DatabaseProvider;
  if (named) {
    provider = named.value;
    reasons.push(...namedReasons(named, PROVIDER_NAMES));
    diagnostics.push(diagnostic('design/database-named', { provider }, named.best.span));
    reasons.push(...designReasons(signals, provider));
  } else {
    const setAside = new Set(signals.filter((s) => s.signal === 'database-rejected').map((s) => s.value));
    provider = chooseBySignals(signals, setAside);
    const because = designReasons(signals, provider);
    const product = PROVIDER_NAMES[provider];
    reasons.push(reason(reasonText(because.length > 0 ? REASON_TEXT.bySignals : REASON_TEXT.noSignals, { product })), ...because);
  }

  const orm = chooseNamed(signals, 'orm', ORMS);
  if (orm) {
    reasons.push(...namedReasons(orm, ORM_NAMES));
    diagnostics.push(diagnostic('design/orm-named', { orm: orm.value }, orm.best.span));
  } else {
    reasons.push(reason(reasonText(REASON_TEXT.ormDefault, { product: ORM_NAMES.prisma })));
  }
  return { value: databaseChoice({ provider, orm: orm?.value ?? 'prisma', named: named !== undefined, reasons }), diagnostics };
}

/** The lines naming the winner (a sentence first, then a configuration line), then the names that lost. */
function namedReasons<T extends string>(choice: NamedChoice<T>, names: Readonly<Record<T, string>>): Reason[] {
  const product = names[choice.value];
  const out: Reason[] = [];
  const configured = choice.best.confidence >= STANCE_CONFIDENCE.configured ? choice.best : undefined;
  for (const s of [choice.sentence, configured]) {
    if (!s) continue;
    const template = s === configured ? REASON_TEXT.configured : REASON_TEXT.named;
    out.push(reason(reasonText(template, { product, where: whereOf(s), quote: quoteOf(s.text, s.span.start.column) }), s.span));
  }
  const tier = choice.decidedByTier ? ' in the architecture document' : '';
  for (const o of choice.outvoted) {
    out.push(reason(reasonText(REASON_TEXT.outvoted, { other: names[o.value as T] ?? o.value, product, tier, quote: quoteOf(o.text, o.span.start.column) }), o.span));
  }
  for (const r of choice.rejected) {
    out.push(reason(reasonText(REASON_TEXT.rejected, { other: names[r.value as T] ?? r.value, quote: quoteOf(r.text, r.span.start.column) }), r.span));
  }
  return out;
}

/**
 * One reason per design signal that speaks for `provider`, quoting its strongest (then earliest) line. A
 * signal raised only once by a weak phrase ("transaction mode") is too thin to justify anything.
 */
function designReasons(signals: readonly SignalFact[], provider: DatabaseProvider): Reason[] {
  const out: Reason[] = [];
  for (const kind of SUPPORTING_SIGNALS[provider]) {
    const facts = signals.filter((s) => s.signal === kind).sort((a, b) => b.confidence - a.confidence || compareSpans(a.span, b.span));
    const first = facts[0];
    if (!first || (facts.length < 2 && first.confidence < STRONG_DESIGN)) continue;
    const args: Record<string, string> = { quote: quoteOf(first.text, first.span.start.column) };
    for (const [key, perProvider] of Object.entries(PROVIDER_ADVICE)) args[key] = perProvider[provider];
    out.push(reason(reasonText(SIGNAL_REASON[kind as DesignSignal], args), first.span));
  }
  return out;
}

/** "the architecture document (architecture.md)", for a reason's wording. */
function whereOf(s: SignalFact): string {
  const role = roleOf(s.span.file, '');
  const name = s.span.file.split('/').pop()!;
  return role === 'architecture' ? `the architecture document (${name})` : role === 'prd' ? `the PRD (${name})` : name;
}
