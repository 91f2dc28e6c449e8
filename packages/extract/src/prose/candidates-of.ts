import { argumentMentions } from './arguments.js';
import { attributeCandidates } from './attributes.js';
import type { Candidate } from './candidates.js';
import { enumCandidates } from './enums.js';
import { containmentRelations } from './containment.js';
import { existentialCandidates } from './existential.js';
import { subtypeCandidates } from './generalisation.js';
import { glossaryCandidates } from './glossary.js';
import type { ReadSentence } from './read.js';
import { placingRelations, possessiveRelations, relationCandidates } from './relations.js';
import { storyCandidates } from './stories.js';

/** Every rule family over every sentence, in document order. */
export function proseCandidates(sentences: readonly ReadSentence[]): Candidate[] {
  const out: Candidate[] = [];
  let previous: ReadSentence | undefined;
  for (const rs of sentences) {
    out.push(
      ...relationCandidates(rs, previous),
      ...possessiveRelations(rs),
      ...placingRelations(rs, previous),
      ...containmentRelations(rs),
      ...attributeCandidates(rs, previous),
      ...subtypeCandidates(rs),
      ...enumCandidates(rs, previous),
      ...storyCandidates(rs),
      ...glossaryCandidates(rs),
      ...argumentMentions(rs),
      ...existentialCandidates(rs),
    );
    previous = rs;
  }
  return out;
}
