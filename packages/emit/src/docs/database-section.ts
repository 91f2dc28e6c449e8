import type { DocContext } from './context.js';
import { CHOICE_BASIS, ORM_LABELS, ORM_WHY, PROVIDER_LABELS, PROVIDER_NOTES } from './database-words.js';
import { where } from './markdown.js';

/**
 * "Database selection": the provider and how it was chosen, each reason with the place it came from, and
 * the ORM recommendation with why.
 */
export function databaseSection(ctx: DocContext): string[] {
  const db = ctx.schema.database;
  const provider = PROVIDER_LABELS[db.provider];
  const orm = ORM_LABELS[db.orm];
  const basis = db.named ? CHOICE_BASIS.named : db.reasons.some((r) => r.span) ? CHOICE_BASIS.chosen : CHOICE_BASIS.default;
  const lines = [
    '## Database selection',
    '',
    `**Database:** ${provider} (${basis}).  `,
    `**ORM:** ${orm}.`,
    '',
    '### Justification',
    '',
  ];
  for (const r of db.reasons) lines.push(`- ${r.text}${r.span ? ` — source: \`${where(r.span)}\`` : ''}`);
  if (db.reasons.length === 0) lines.push('- No reason was recorded.');
  lines.push('', `${provider}: ${PROVIDER_NOTES[db.provider]}`, '', '### ORM recommendation', '', `**${orm}**: ${ORM_WHY[db.orm]}`);
  return lines;
}
