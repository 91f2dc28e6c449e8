import { ATTRIBUTE_HEADS } from '../infer/prose-words.js';
import { attributeOf } from './attributes-of.js';
import type { Candidate } from './candidates.js';
import type { Chunk, NounPhrase } from './chunks.js';
import { listAt } from './clauses.js';
import { nounRefOf } from './names.js';
import type { ReadSentence } from './read.js';

/** Heads that stand for "the data about something": what follows them lists its attributes. */
const INFORMATION_HEADS = /^(information|info|data|datum|detail)$/;
const ABOUT = /^(about|on|regarding|concerning)$/;

const tok = (c: Chunk | undefined): string | undefined => (c?.kind === 'tok' ? c.token.lower : undefined);

function attribute(owner: NounPhrase, np: NounPhrase, rule: string, rs: ReadSentence): Candidate[] {
  const ref = nounRefOf(owner);
  const a = attributeOf(np);
  if (!ref || !a) return [];
  return [{ kind: 'attribute', owner: ref, name: a.words, ...(a.type ? { type: a.type } : {}), rule, confidence: 0.6, sentence: rs.sentence }];
}

/** The first "for each X" / "of every X" / "per X" after chunk `from`: the noun the data describes. */
function distributiveOwner(chunks: readonly Chunk[], from: number): NounPhrase | undefined {
  for (let k = from; k + 1 < chunks.length; k++) {
    const next = chunks[k + 1]!;
    if (/^(for|of|per|on)$/.test(tok(chunks[k]) ?? '') && next.kind === 'np' && (next.np.quant?.meaning.distributive || /^(each|every)$/.test(next.np.det ?? ''))) return next.np;
  }
  return undefined;
}

/**
 * Attributes named as "information": "we need information about the rate, the currency and the fee for
 * each country", "artist information will be added, including date of birth, name and website".
 */
export function informationAttributes(rs: ReadSentence): Candidate[] {
  const chunks = rs.chunks;
  const out: Candidate[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (c.kind !== 'np' || !INFORMATION_HEADS.test(c.np.head)) continue;
    // "information about A, B and C for each X"
    if (ABOUT.test(tok(chunks[i + 1]) ?? '')) {
      const list = listAt(chunks, i + 2);
      const owner = list && distributiveOwner(chunks, list.end);
      if (list && owner && list.items.some((np) => ATTRIBUTE_HEADS.has(np.head))) {
        for (const np of list.items) out.push(...attribute(owner, np, 'prose/attribute/information-about', rs));
      }
      continue;
    }
    // "X information …, including A, B and C"
    if (c.np.words.length < 2) continue;
    const words = c.np.words.slice(0, -1);
    const owner: NounPhrase = { ...c.np, words, head: words[words.length - 1]!, of: undefined, possessor: undefined };
    for (let k = i + 1; k < chunks.length; k++) {
      const v = chunks[k]!;
      if (v.kind !== 'vg' || v.vg.verb !== 'include') continue;
      const list = listAt(chunks, k + 1);
      for (const np of list?.items ?? []) out.push(...attribute(owner, np, 'prose/attribute/information-including', rs));
      break;
    }
  }
  return out;
}
