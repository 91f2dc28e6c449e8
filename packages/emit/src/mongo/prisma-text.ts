// The Prisma emitter's printing helpers, shared so both emitters print literals, actions, defaults and
// names the same way; only what is MongoDB's own lives here.
export { claimName } from '../prisma/identifiers.js';
export { printPrismaDefault as printDefault, prismaString } from '../prisma/defaults.js';
export { docComment } from '../prisma/print-model.js';
export { prismaAction } from '../prisma/print-relation.js';

/** The id every collection gets: MongoDB's own `_id`, an ObjectId the database generates. */
export function objectIdLine(field: string): string {
  return `${field} String @id @default(auto()) @map("_id") @db.ObjectId`;
}
