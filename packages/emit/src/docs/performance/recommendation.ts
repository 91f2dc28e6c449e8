import type { DocSignal } from '../options.js';
import { quote, where } from '../markdown.js';

/** One performance recommendation: what to do, why, and the document line that asked for it, if any. */
export interface Recommendation {
  readonly what: string;
  readonly why: string;
  readonly source?: DocSignal;
  /** A schema.prisma line or SQL statement that does it. */
  readonly snippet?: string;
}

/** A bullet: the recommendation in bold, why, the source quoted, the snippet on its own line. */
export function renderRecommendation(r: Recommendation): string[] {
  const source = r.source ? ` Source: \`${where(r.source.span)}\` ${quote(r.source.text, 160)}.` : '';
  const lines = [`- **${r.what}**: ${r.why}${source}`];
  if (r.snippet !== undefined) lines.push(`  ${r.snippet.includes('`') ? `\`\` ${r.snippet} \`\`` : `\`${r.snippet}\``}`);
  return lines;
}

/** The signal of one of `kinds` to cite: the strongest, the first of equals (signals arrive in document order). */
export function firstSignal(signals: readonly DocSignal[], kinds: readonly string[]): DocSignal | undefined {
  let best: DocSignal | undefined;
  for (const s of signals) if (kinds.includes(s.signal) && (best === undefined || (s.confidence ?? 0) > (best.confidence ?? 0))) best = s;
  return best;
}
