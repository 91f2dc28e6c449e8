import { MODAL_OPTIONALITY } from '../infer/prose-quantifiers.js';
import type { EndFact } from '../facts.js';
import type { NounPhrase, VerbGroup } from './chunks.js';

/** How many of each end a clause states: `subject` per one object, `object` per one subject. */
export interface ClauseEnds {
  readonly subject?: EndFact;
  readonly object?: EndFact;
}

/** Optionality a verb group states by its modal ("can have" → optional, "must have" → required). */
function modalOptional(vg: VerbGroup, adverbs: readonly string[]): boolean | undefined {
  for (const a of adverbs) if (a in MODAL_OPTIONALITY) return MODAL_OPTIONALITY[a];
  if (vg.modal && vg.modal in MODAL_OPTIONALITY) return MODAL_OPTIONALITY[vg.modal];
  return undefined;
}

/**
 * The number of objects per subject, read from the object's quantifier ("several flights" → many,
 * "exactly one room" → one, "a home airport" → one) or its number (plural → many); optionality from the
 * quantifier, else the modal.
 */
function objectEnd(np: NounPhrase, optional: boolean | undefined): EndFact | undefined {
  const q = np.quant;
  if (q && !q.meaning.distributive) return { cardinality: q.meaning.cardinality, optional: q.meaning.optional ?? optional ?? false };
  if (np.plural) return { cardinality: 'many', optional: optional ?? false };
  // "the X" points back at a noun already introduced: it says nothing about how many
  return undefined;
}

/**
 * The number of subjects per object. Only a counting quantifier on the subject says it ("several
 * passengers take part in a flight", "exactly one opponent is known to the area"); "each" and "a" range
 * over subjects and say nothing about the other end. A bare plural subject with a singular object
 * ("attendants work on a flight") reads as many.
 */
function subjectEnd(subject: NounPhrase, object: NounPhrase): EndFact | undefined {
  const q = subject.quant;
  if (q && !q.meaning.distributive && q.text !== 'a' && q.text !== 'an') {
    return { cardinality: q.meaning.cardinality, optional: q.meaning.optional ?? false };
  }
  const objectSingular = !object.plural && (object.quant?.meaning.cardinality === 'one' || object.det === 'a' || object.det === 'an');
  if (!q && subject.plural && objectSingular) return { cardinality: 'many', optional: false };
  return undefined;
}

/** Reads both ends of a subject–verb–object clause. `adverbs` are words of the clause such as "always". */
export function clauseEnds(subject: NounPhrase, vg: VerbGroup, object: NounPhrase, adverbs: readonly string[] = []): ClauseEnds {
  // "customers place orders": two bare plurals state a relation, not how many on either side
  if (!subject.quant && !object.quant && subject.plural && object.plural) return {};
  const optional = modalOptional(vg, adverbs);
  const o = objectEnd(object, optional);
  const s = subjectEnd(subject, object);
  return { ...(s ? { subject: s } : {}), ...(o ? { object: o } : {}) };
}
