export { emitPrismaMongo } from './emit.js';
export { planMongo, type MongoPlan } from './plan.js';
export { embeddingsOf, type Embedding } from './embedded.js';
export { idListJunctionsOf, type IdListJunction } from './id-lists.js';
export { surrogateIdOf, referencedColumnOf, isObjectIdColumn } from './object-ids.js';
export { nameDocumentFields, type DocumentField, type EmbeddedField, type IdListField } from './document-fields.js';
export { isBookkeepingTimestamp, BOOKKEEPING_TIMESTAMP_NAMES } from './bookkeeping.js';
export { isUnboundedChild, UNBOUNDED_CHILD_WORDS } from './unbounded.js';
