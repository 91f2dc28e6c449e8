import type { Candidate } from './candidates.js';
import type { NounPhrase } from './chunks.js';
import { isAttributeLike, attributeOf } from './attributes.js';
import { antecedentOf, framingOwnerOf, topicOf } from './context.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';
import type { Token } from './tokens.js';

/**
 * A closed list of values from token `from` to the end of the sentence: items split on commas, "and",
 * "or"; each one to three words without a verb. Undefined unless there are at least two.
 */
export function valueListAt(tokens: readonly Token[], from: number): string[] | undefined {
  const values: string[] = [];
  let current: Token[] = [];
  const flush = (): boolean => {
    const words = current.filter((t) => !/^(the|a|an|either|both)$/.test(t.lower));
    current = [];
    if (words.length === 0) return true;
    if (words.length > 3 || words.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) return false;
    values.push(words.map((t) => t.text.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')).join(' '));
    return true;
  };
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^[.;!?)]$/.test(t.text)) break;
    if (t.text === '(') {
      // "(e.g. …)" asides end the list
      break;
    }
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.text === '/') {
      if (!flush()) return undefined;
    } else current.push(t);
  }
  if (!flush()) return undefined;
  const unique = [...new Set(values.filter((v) => v.length > 0))];
  return unique.length >= 2 ? unique : undefined;
}

function enumCandidate(owner: NounPhrase | undefined, attr: NounPhrase, values: readonly string[], rule: string, rs: ReadSentence): Candidate[] {
  const ref = owner && nounRefOf(owner);
  const a = attributeOf({ ...attr, of: undefined } as NounPhrase);
  if (!ref || !a) return [];
  const words = a.words.filter((w) => w !== 'possible');
  return [{ kind: 'attribute', owner: ref, name: words, enumValues: values, rule, confidence: 0.65, sentence: rs.sentence }];
}

/**
 * Closed value lists: "Possible units are CELSIUS and WATT", "the suits of the cards are diamonds, hearts
 * and clubs", "the controller can be in one of three states: On, Off, and Charging", "Status: draft,
 * published or archived".
 */
export function enumCandidates(rs: ReadSentence, previous: ReadSentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  const tokens = rs.sentence.tokens;
  for (const c of rs.clauses) {
    if (!c.subject || c.subject.items.length !== 1) continue;
    const subject = c.subject.items[0]!;
    const after = c.object ? c.object.start : -1;
    if (c.verb.copula && c.verb.key === 'be' && after >= 0 && (subject.of || isAttributeLike(subject) || subject.words.includes('possible'))) {
      const first = rs.chunks[after];
      const from = first?.kind === 'np' ? first.np.start : -1;
      const values = from >= 0 ? valueListAt(tokens, from) : undefined;
      if (!values) continue;
      const owner = subject.of ?? framingOwnerOf(rs) ?? antecedentOf(rs, subject.start, previous);
      out.push(...enumCandidate(owner, subject, values, 'prose/enum/are-values', rs));
    }
  }
  // "… can be in one of three states: On, Off, and Charging" / "Status: draft, published or archived"
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon > 0) {
    const attrChunk = [...rs.chunks].reverse().find((c) => c.kind === 'np' && c.np.end === colon);
    if (attrChunk?.kind === 'np' && isAttributeLike(attrChunk.np)) {
      const values = valueListAt(tokens, colon + 1);
      const clause = rs.clauses.find((c) => c.subject && c.subject.items[0]!.end <= attrChunk.np.start);
      const owner = clause?.subject?.items[0] ?? (attrChunk.np.start === 0 ? topicOf(previous) : undefined);
      if (values && owner && owner !== attrChunk.np) out.push(...enumCandidate(owner.pronoun ? antecedentOf(rs, owner.start, previous) : owner, attrChunk.np, values, 'prose/enum/colon-values', rs));
    }
  }
  return out;
}
