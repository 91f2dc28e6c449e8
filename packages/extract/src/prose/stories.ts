import type { Candidate, MentionRole } from './candidates.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';
import { isAttributeLike } from './attributes.js';
import { OWNING_VERBS } from '../infer/prose-verbs.js';

const WANT = /^(want|like|need|wish|expect|should|must|can)$/;

function mention(rs: ReadSentence, np: Parameters<typeof nounRefOf>[0], role: MentionRole, rule: string): Candidate[] {
  const ref = nounRefOf(np);
  return ref ? [{ kind: 'mention', ref, role, rule, confidence: 0.5, sentence: rs.sentence }] : [];
}

/**
 * User stories and task bullets: "As a <role>, I want to <verb> <object> so that …" gives the role and the
 * objects of the action; a list item that starts with a verb ("Create quizzes", "Enroll in a course")
 * gives its objects. Objects after "so that" are the benefit, not data, and are skipped.
 */
export function storyCandidates(rs: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  const chunks = rs.chunks;
  const soThat = rs.sentence.tokens.findIndex((t, i) => t.lower === 'so' && rs.sentence.tokens[i + 1]?.lower === 'that');
  const limit = soThat < 0 ? Number.MAX_SAFE_INTEGER : soThat;
  const first = chunks[0];
  const role = chunks[1];
  if (first?.kind === 'tok' && first.token.lower === 'as' && role?.kind === 'np' && (role.np.det === 'a' || role.np.det === 'an' || role.np.quant)) {
    out.push(...mention(rs, role.np, 'story-role', 'prose/story/role'));
    const roleRef = nounRefOf(role.np);
    for (const c of rs.clauses) {
      const subject = c.subject?.items[c.subject.items.length - 1];
      if (subject?.pronoun !== 'i' || !c.object || c.object.items[0]!.start >= limit) continue;
      if (WANT.test(c.verb.verb)) continue;
      for (const np of c.object.items) {
        if (isAttributeLike(np)) continue;
        out.push(...mention(rs, np, 'story-object', 'prose/story/object'));
        // "as a customer, I want to place an order": what the role creates is its own
        const object = nounRefOf(np);
        if (roleRef && object && OWNING_VERBS.has(c.verb.verb) && !c.verb.passive) {
          out.push({
            kind: 'relation', a: roleRef, b: object, aEnd: { cardinality: 'one', optional: false }, bEnd: { cardinality: 'many', optional: true },
            label: c.verb.key, possession: false, rule: 'prose/story/owns', confidence: 0.6, sentence: rs.sentence,
          });
        }
      }
    }
    return out;
  }
  // task bullets: "Create new course (title, description)", "Enroll in a course"
  if (rs.sentence.block === 'item' && rs.clauses[0] && rs.clauses[0].at === 0 && !rs.clauses[0].subject) {
    const c = rs.clauses[0];
    const objects = c.object ?? c.attachments[0]?.list;
    for (const np of objects?.items ?? []) if (!isAttributeLike(np)) out.push(...mention(rs, np, 'list', 'prose/story/task-object'));
  }
  return out;
}
