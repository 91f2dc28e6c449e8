/**
 * Verb tables for prose. Lemmas, lower-case. Data, not code: a new way of saying "has" or "is stored"
 * is one more row here.
 */

/** Verbs (with their particle) saying the subject has or is made of the object: attribute or 1-N. */
export const HAS_VERBS: ReadonlySet<string> = new Set([
  'have', 'contain', 'include', 'consist of', 'compose of', 'comprise', 'own', 'possess', 'hold', 'carry',
  'make up of', 'be make up of', 'be compose of', 'be divide in', 'be divide into', 'be make of', 'feature', 'get',
]);

/** Verbs saying the subject belongs to the object: the subject holds the foreign key. */
export const BELONG_VERBS: ReadonlySet<string> = new Set([
  'belong to', 'be part of', 'be in', 'be at', 'be assign to', 'be link to', 'be associate with', 'refer to',
  'be for', 'be of', 'be locate in', 'be locate at', 'be attach to', 'be connect to', 'be relate to', 'be tie to',
  'be place in', 'be base on', 'come from', 'take place in', 'take place at', 'be write for', 'be member of', 'be a member of', 'be within', 'be under',
]);

/** Verbs that store facts about a noun: their objects (or passive subjects) are attributes, never entities. */
export const STORAGE_VERBS: ReadonlySet<string> = new Set([
  'store', 'record', 'keep', 'know', 'register', 'log', 'save', 'capture', 'track', 'note', 'maintain', 'hold',
  'require', 'need', 'enter', 'specify', 'provide', 'indicate', 'fill', 'fill in', 'collect', 'list', 'show', 'display',
  'define', 'describe', 'characterize', 'characterise', 'identify', 'ask',
  'keep track of', 'want', 'mention', 'add',
]);

/**
 * Verbs that never relate two entities in a data model: talk about wanting, thinking, the software's
 * behaviour, or the writer's own work.
 */
export const NON_RELATION_VERBS: ReadonlySet<string> = new Set([
  'want', 'wish', 'like', 'think', 'believe', 'assume', 'suppose', 'decide', 'ensure', 'make sure', 'allow', 'let',
  'enable', 'try', 'explain', 'describe', 'mention', 'note', 'say', 'tell', 'ask', 'see', 'look', 'seem', 'become',
  'need', 'require', 'use', 'help', 'design', 'develop', 'build', 'implement', 'model', 'create a', 'give', 'consider',
  'know', 'store', 'record', 'log', 'save', 'keep', 'capture', 'track', 'display', 'show', 'support', 'provide',
  'exist', 'happen', 'occur', 'start', 'stop', 'begin', 'end', 'continue', 'follow', 'point', 'offer to', 'find',
  'call', 'name', 'refer to as', 'plan', 'hire', 'want to', 'expect', 'determine', 'depend on', 'mean', 'remain',
]);

/** Multi-word verbs whose middle is a noun or adverb ("take part in"), as lemmas. Longest first. */
export const VERB_IDIOMS: readonly string[] = [
  'keep track of', 'take place in', 'take place at', 'be in charge of', 'be responsible for', 'be part of', 'take part in', 'be a member of',
  'be member of', 'be make up of', 'be compose of', 'make use of', 'take care of', 'be a kind of', 'be a type of',
  'be a special case of', 'be a special type of', 'be a special kind of', 'be a form of', 'be a subtype of',
];

/** Prepositions that tie a storage sentence to the noun it describes ("stored for aircraft"). */
export const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'about', 'on', 'per', 'with']);

/** Verbs of composition: the object is a part that belongs to one whole ("a game consists of a deck"). */
export const COMPOSITION_VERBS: ReadonlySet<string> = new Set([
  'consist of', 'contain', 'include', 'comprise', 'compose of', 'be compose of', 'make up of', 'be make up of',
  'be divide in', 'be divide into', 'be make of',
]);

/**
 * Verbs whose object belongs to one subject: what a subject creates, writes, places, employs or performs is
 * its own ("a screenwriter writes several screenplays" is one-to-many). Other verbs with a counted object
 * ("a teacher teaches at three schools") leave room for many subjects per object.
 */
export const OWNING_VERBS: ReadonlySet<string> = new Set([
  'create', 'make', 'write', 'produce', 'issue', 'publish', 'generate', 'place', 'submit', 'post', 'upload', 'send',
  'employ', 'hire', 'perform', 'build', 'open', 'organise', 'organize', 'host', 'run', 'operate', 'raise', 'author',
  'compose', 'draw', 'record', 'receive', 'earn', 'pay', 'initiate', 'start', 'launch', 'register', 'book', 'order',
]);

/** Verbs that put one thing into or onto another ("assign a crop to a bed", "add items to a cart"). */
export const PLACING_VERBS: ReadonlySet<string> = new Set([
  'assign', 'add', 'attach', 'link', 'allocate', 'move', 'invite', 'enroll', 'enrol', 'subscribe', 'connect', 'map',
  'tag', 'append', 'put', 'pin',
]);

/**
 * Prepositions whose object is what a story's action is about when the verb takes no direct object
 * ("sign up for a session", "subscribe to a newsletter", "comment on a post", "enrol in a course"). Data.
 */
export const STORY_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'on', 'in', 'into', 'onto', 'from']);

/** Possessive determiners by which a story's speaker claims a thing as their own ("my children", "our invoices"). */
export const STORY_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);
