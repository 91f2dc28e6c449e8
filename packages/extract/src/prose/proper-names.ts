import type { Sentence } from './tokens.js';

/** Tags before a word that show it is used as a common noun ("a Boeing salesperson" still counts). */
const COMMON_NOUN_OPENERS = /^(DET|NUM|ADJ)$/;

interface WordEvidence {
  lower: boolean;
  mid: boolean;
  bare: boolean;
  propn: boolean;
}

/**
 * Words the document uses as proper names (a company, a product, a brand): never written in lower case,
 * capitalised at least once in mid-sentence, at least once without a determiner or adjective before it,
 * and tagged a proper noun at least once. "Kinepolis owns …", "by Kinepolis" qualify; a domain noun the
 * writer capitalises ("each Ticket") does not, since it comes with a determiner. Headings are left out:
 * title case says nothing. Lower-case keys.
 */
export function properNamesOf(sentences: readonly Sentence[]): Set<string> {
  const seen = new Map<string, WordEvidence>();
  for (const s of sentences) {
    if (s.block === 'heading') continue;
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const first = t.text.charCodeAt(0);
      const upper = first >= 65 && first <= 90;
      const lowerCase = first >= 97 && first <= 122;
      if (!upper && !lowerCase) continue;
      let e = seen.get(t.lower);
      if (!e) {
        e = { lower: false, mid: false, bare: false, propn: false };
        seen.set(t.lower, e);
      }
      if (lowerCase) {
        e.lower = true;
        continue;
      }
      const prev = tokens[i - 1];
      if (prev && /^[A-Za-z]/.test(prev.text)) e.mid = true;
      if (!prev || !COMMON_NOUN_OPENERS.test(prev.pos)) e.bare = true;
      if (t.pos === 'PROPN') e.propn = true;
    }
  }
  const out = new Set<string>();
  for (const [word, e] of seen) if (!e.lower && e.mid && e.bare && e.propn && word.length > 1) out.add(word);
  return out;
}
