import { compareSpans } from '@schemawright/ir';
import { roleOf, type DocumentRole } from '../document.js';
import type { SignalFact } from '../facts.js';
import { STANCE_CONFIDENCE } from '../infer/signal-words.js';

/** What the documents name for one slot (database or ORM), and what they name and lose. */
export interface NamedChoice<T extends string> {
  readonly value: T;
  /** The strongest line naming the winner in the deciding document tier. */
  readonly best: SignalFact;
  /** The strongest prose line (not a configuration line) naming the winner in that tier, if any. */
  readonly sentence?: SignalFact;
  /** Other names that lost, each with its strongest line. */
  readonly outvoted: readonly SignalFact[];
  /** Names set aside ("not MongoDB", "chose X over Y"), each with its first line. */
  readonly rejected: readonly SignalFact[];
  /** True when the winner's tier is not the tier of every other name (architecture beat the PRD). */
  readonly decidedByTier: boolean;
}

/** Architecture documents speak for the design first, then other documents, then the PRD. */
const TIER: Readonly<Record<DocumentRole, number>> = { architecture: 0, other: 1, prd: 2 };
/** A mention at least this strong names a product (plain mentions do; a second store or a comparison alone does not). */
const NAMING = STANCE_CONFIDENCE.mention;
/** The weakest mention that still counts toward a product (the comparisons in "X vs Y" do not). */
const COUNTING = STANCE_CONFIDENCE.secondary;
/** What one rejection takes off a product's score. */
const REJECTION_WEIGHT = STANCE_CONFIDENCE.chosen;

/** The document tier of a fact, from its file name (`architecture.md` → 0, `prd.md` → 2). */
export function tierOf(fact: SignalFact): number {
  return TIER[roleOf(fact.span.file, '')];
}

/**
 * Chooses among the names the documents give for `slot`: the best document tier that names anything
 * decides (architecture over other documents over the PRD); inside it each product scores the sum of its
 * mentions' confidence, less one chosen mention per rejection anywhere. Ties go to the stronger single
 * mention, then to `preference` order. Undefined when nothing is named.
 */
export function chooseNamed<T extends string>(signals: readonly SignalFact[], slot: 'database' | 'orm', preference: readonly T[]): NamedChoice<T> | undefined {
  const known = new Set<string>(preference);
  const positive = signals.filter((s) => s.signal === slot && known.has(s.value) && s.confidence >= COUNTING);
  const rejected = signals.filter((s) => s.signal === `${slot}-rejected` && known.has(s.value));
  if (positive.length === 0) return undefined;
  const naming = positive.filter((s) => s.confidence >= NAMING);
  const tier = Math.min(...(naming.length > 0 ? naming : positive).map(tierOf));
  const inTier = positive.filter((s) => tierOf(s) === tier);

  const score = new Map<string, number>();
  for (const s of inTier) score.set(s.value, (score.get(s.value) ?? 0) + s.confidence);
  for (const r of rejected) if (score.has(r.value)) score.set(r.value, score.get(r.value)! - REJECTION_WEIGHT);
  const ranked = [...score.entries()]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || strongest(inTier, b[0]).confidence - strongest(inTier, a[0]).confidence || preference.indexOf(a[0] as T) - preference.indexOf(b[0] as T));
  if (ranked.length === 0) return undefined;
  const value = ranked[0]![0] as T;

  const others = [...new Set(positive.filter((s) => s.value !== value && s.confidence >= NAMING).map((s) => s.value))];
  const setAside = [...new Set(rejected.filter((s) => s.value !== value).map((s) => s.value))];
  const prose = inTier.filter((s) => s.confidence < STANCE_CONFIDENCE.configured);
  const sentence = prose.some((s) => s.value === value) ? strongest(prose, value) : undefined;
  return {
    value,
    best: strongest(inTier, value),
    ...(sentence ? { sentence } : {}),
    outvoted: others.map((o) => strongest(positive, o)),
    rejected: setAside.map((o) => rejected.filter((s) => s.value === o).sort((a, b) => compareSpans(a.span, b.span))[0]!),
    decidedByTier: positive.some((s) => s.value !== value && s.confidence >= NAMING && tierOf(s) > tier),
  };
}

/** The strongest fact naming `value`, the earliest on a tie. */
function strongest(facts: readonly SignalFact[], value: string): SignalFact {
  return facts.filter((s) => s.value === value).sort((a, b) => b.confidence - a.confidence || compareSpans(a.span, b.span))[0]!;
}
