import { isAttributeLike } from './attributes.js';
import type { Candidate } from './candidates.js';
import type { PhraseList } from './clauses.js';
import { nounRefOf, refKey } from './names.js';
import type { ReadSentence } from './read.js';

/**
 * Every noun a clause takes as an argument (subject, object, agent, prepositional object) counts a little
 * towards it being an entity, once per sentence: nouns a text keeps coming back to are its things. The
 * weight is small, so frequency alone never makes an entity (see `SUPPORT.mentionCap`).
 */
export function argumentMentions(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (list: PhraseList | undefined, counted = false): void => {
    for (const np of list?.items ?? []) {
      if (np.pronoun || isAttributeLike(np)) continue;
      // after a preposition only a counted noun is a thing ("for the courses"), not a manner ("in contrast")
      if (counted && !np.plural && np.det === undefined && !np.quant) continue;
      // "copies of movies": the noun after "of" is an argument too
      for (const p of np.of && !np.of.pronoun && !isAttributeLike(np.of) ? [np, np.of] : [np]) {
        const ref = nounRefOf(p);
        if (!ref) continue;
        const key = refKey(ref);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ kind: 'mention', ref, role: 'argument', rule: 'prose/entity/argument', confidence: 0.5, sentence: rs.sentence });
      }
    }
  };
  for (const c of rs.clauses) {
    add(c.subject);
    add(c.object);
    add(c.agent);
    for (const a of c.attachments) add(a.list, true);
  }
  return out;
}
