import type { Candidate, MentionRole } from './candidates.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';
import { isAttributeLike } from './attributes.js';
import { OWNING_VERBS, STORY_OBJECT_PREPOSITIONS, STORY_POSSESSIVES } from '../infer/prose-verbs.js';
import type { Clause } from './clauses.js';
import type { NounPhrase } from './chunks.js';

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
      const objects = storyObjectsOf(c);
      if (subject?.pronoun !== 'i' || objects.length === 0 || objects[0]!.start >= limit) continue;
      if (WANT.test(c.verb.verb)) continue;
      for (const np of objects) {
        if (isAttributeLike(np)) continue;
        out.push(...mention(rs, np, 'story-object', c.object ? 'prose/story/object' : 'prose/story/prepositional-object'));
        // "as a customer, I want to place an order": what the role creates is its own; so is what the
        // speaker calls "my …" ("as a guardian, I want to register my children")
        const object = nounRefOf(np);
        const owns = OWNING_VERBS.has(c.verb.verb) && !c.verb.passive && c.object !== undefined;
        const mine = np.det !== undefined && STORY_POSSESSIVES.has(np.det);
        if (roleRef && object && (owns || mine)) {
          out.push({
            kind: 'relation', a: roleRef, b: object, aEnd: { cardinality: 'one', optional: false }, bEnd: { cardinality: 'many', optional: true },
            label: owns ? c.verb.key : 'own', possession: false, rule: owns ? 'prose/story/owns' : 'prose/story/possessive', confidence: 0.6, sentence: rs.sentence,
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

/**
 * What a story's action is about: its direct objects, else, for a verb used with a preposition ("sign up
 * for a session", "subscribe to a newsletter"), the phrases of its first prepositional attachment.
 */
function storyObjectsOf(c: Clause): readonly NounPhrase[] {
  if (c.object) return c.object.items;
  const first = c.attachments[0];
  return first && STORY_OBJECT_PREPOSITIONS.has(first.prep) ? first.list.items : [];
}
