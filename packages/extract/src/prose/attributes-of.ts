import type { ScalarType } from '@schemawright/ir';
import { ATTRIBUTE_HEADS, NON_ENTITY_NOUNS } from '../infer/prose-words.js';
import type { NounPhrase } from './chunks.js';
import { attributeWordsOf, nounRefOf } from './names.js';
import type { AttributeCandidate } from './candidates.js';
import type { ReadSentence } from './read.js';
import { typeOfAttributeWords, typeOfWritten } from './types.js';

/** An attribute as a phrase names it: words, a written type ("of type String"), uniqueness. */
interface AttributeReading {
  readonly words: string[];
  readonly type?: ScalarType;
  readonly unique: boolean;
}

/** Reads an attribute from a noun phrase, or undefined when the phrase cannot name one. */
export function attributeOf(np: NounPhrase): AttributeReading | undefined {
  if (np.pronoun) return undefined;
  const typed = np.of && np.of.words[0] === 'type' ? np.of : undefined;
  const words = attributeWordsOf(typed ? { ...np, of: undefined } as NounPhrase : np);
  if (words.length === 0 || words.length > 5) return undefined;
  if (words.length === 1 && NON_ENTITY_NOUNS.has(words[0]!) && !ATTRIBUTE_HEADS.has(words[0]!)) return undefined;
  const type = (typed && typeOfWritten(typed.words.slice(1))) ?? typeOfAttributeWords(words);
  const unique = np.words.includes('unique');
  return { words, ...(type ? { type } : {}), unique };
}

/** True when a phrase's head names a property ("name", "start date"), not a thing. */
export function isAttributeLike(np: NounPhrase): boolean {
  return ATTRIBUTE_HEADS.has(np.head) || np.words.includes('unique');
}

/** An attribute candidate of `owner` named by `np`, or none when either cannot name one. */
export function candidate(owner: NounPhrase, np: NounPhrase, rule: string, confidence: number, rs: ReadSentence, unique = false): AttributeCandidate[] {
  const ref = nounRefOf(owner);
  const a = attributeOf(np);
  if (!ref || !a) return [];
  return [{
    kind: 'attribute', owner: ref, name: a.words, ...(a.type ? { type: a.type } : {}),
    ...(a.unique || unique ? { unique: true } : {}), rule, confidence, sentence: rs.sentence,
  }];
}
