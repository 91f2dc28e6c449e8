import { isAttributeLike } from './attributes-of.js';
import type { Candidate } from './candidates.js';
import type { NounPhrase } from './chunks.js';
import { listAt } from './clauses.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';

const KIND_HEADS = /^(kind|type|form|sort|variant|category)$/;
const VAGUE_HEADS = /^(information|info|data|datum|detail)$/;

function usable(np: NounPhrase): boolean {
  return !np.pronoun && !isAttributeLike(np) && np.det !== 'no' && !KIND_HEADS.test(np.head);
}

/**
 * "There are technicians", "There is a waiting list": an existential sentence introduces things, a mention
 * worth more than a passing one. "…creative employees, including directors and actors" names kinds of
 * the noun before "including" (plural things, not properties).
 */
export function existentialCandidates(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  const chunks = rs.chunks;
  for (const c of rs.clauses) {
    if (!c.verb.copula || c.verb.negated || !c.object) continue;
    const before = chunks[c.at - 1];
    if (before?.kind !== 'tok' || before.token.lower !== 'there') continue;
    for (const np of c.object.items) {
      const ref = usable(np) ? nounRefOf(np) : undefined;
      if (ref) out.push({ kind: 'mention', ref, role: 'existential', rule: 'prose/entity/there-is', confidence: 0.5, sentence: rs.sentence });
    }
  }
  for (let i = 2; i < chunks.length; i++) {
    const v = chunks[i]!;
    const whole = chunks[i - 2];
    if (v.kind !== 'vg' || v.vg.verb !== 'include' || v.vg.start !== v.vg.end - 1 || whole?.kind !== 'np') continue;
    const comma = chunks[i - 1];
    if (comma?.kind !== 'tok' || comma.token.text !== ',' || !whole.np.plural || !usable(whole.np) || VAGUE_HEADS.test(whole.np.head)) continue;
    const sup = nounRefOf(whole.np);
    const list = listAt(chunks, i + 1);
    if (!sup || !list || list.items.some((np) => !np.plural || !usable(np))) continue;
    for (const np of list.items) {
      const sub = nounRefOf(np);
      if (sub && sub.words.join(' ') !== sup.words.join(' ')) out.push({ kind: 'subtype', sub, sup, rule: 'prose/subtype/including', confidence: 0.6, sentence: rs.sentence });
    }
  }
  return out;
}
