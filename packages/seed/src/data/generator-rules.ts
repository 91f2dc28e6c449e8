import type { ScalarKind } from '@schemawright/ir';
import type { GeneratorKind } from '../types.js';

/**
 * A column-name rule: the column's words (snake, camel and kebab split alike) end with one of `names`,
 * and its type is one of `types`. First match wins, so specific names come before general ones
 * (`ip address` before `address`, `email address` before `address`).
 */
export interface GeneratorRule {
  readonly generator: GeneratorKind;
  readonly names: readonly string[];
  readonly types: readonly ScalarKind[];
}

const TEXT: readonly ScalarKind[] = ['string', 'text', 'unknown'];
const NUMBER: readonly ScalarKind[] = ['int', 'decimal', 'float'];
const DAY: readonly ScalarKind[] = ['date', 'datetime'];

export const GENERATOR_RULES: readonly GeneratorRule[] = [
  { generator: 'email', names: ['email', 'email address', 'mail', 'e mail'], types: TEXT },
  { generator: 'first-name', names: ['first name', 'firstname', 'given name', 'forename'], types: TEXT },
  { generator: 'last-name', names: ['last name', 'lastname', 'surname', 'family name'], types: TEXT },
  { generator: 'full-name', names: ['full name', 'fullname', 'display name', 'author name', 'contact name', 'customer name'], types: TEXT },
  { generator: 'username', names: ['username', 'user name', 'login', 'handle', 'nickname', 'screen name'], types: TEXT },
  { generator: 'company', names: ['company', 'company name', 'organization', 'organisation', 'employer', 'business name', 'vendor name', 'supplier name'], types: TEXT },
  { generator: 'slug', names: ['slug'], types: TEXT },
  { generator: 'image-url', names: ['avatar', 'avatar url', 'image', 'image url', 'photo', 'photo url', 'picture', 'thumbnail', 'thumbnail url', 'logo', 'logo url', 'cover url'], types: TEXT },
  { generator: 'url', names: ['url', 'website', 'homepage', 'link', 'uri', 'href', 'web site'], types: TEXT },
  { generator: 'phone', names: ['phone', 'phone number', 'mobile', 'telephone', 'tel', 'fax', 'cell'], types: TEXT },
  { generator: 'ip-address', names: ['ip', 'ip address'], types: TEXT },
  { generator: 'street-address', names: ['address', 'street', 'address line', 'address line 1', 'address 1', 'street address', 'line1'], types: TEXT },
  { generator: 'city', names: ['city', 'town'], types: TEXT },
  { generator: 'country', names: ['country', 'country name'], types: TEXT },
  { generator: 'postal-code', names: ['zip', 'zip code', 'zipcode', 'postal code', 'postcode'], types: TEXT },
  { generator: 'currency', names: ['currency', 'currency code'], types: TEXT },
  { generator: 'language', names: ['language', 'lang', 'locale', 'language code'], types: TEXT },
  { generator: 'color', names: ['color', 'colour', 'hex color'], types: TEXT },
  { generator: 'password-hash', names: ['password', 'password hash', 'hashed password', 'passwordhash', 'pass hash'], types: TEXT },
  { generator: 'token', names: ['token', 'api key', 'secret', 'access token', 'refresh token', 'hash', 'salt', 'checksum'], types: TEXT },
  { generator: 'code', names: ['code', 'sku', 'reference', 'ref', 'serial', 'serial number', 'barcode', 'isbn', 'order number', 'invoice number', 'tracking number'], types: TEXT },
  { generator: 'title', names: ['title', 'subject', 'headline', 'heading', 'caption'], types: TEXT },
  { generator: 'paragraph', names: ['description', 'bio', 'body', 'content', 'notes', 'note', 'summary', 'comment', 'message', 'text', 'details', 'about', 'excerpt', 'instructions', 'feedback', 'review', 'answer', 'question', 'reason'], types: TEXT },
  { generator: 'entity-name', names: ['name', 'label'], types: TEXT },
  { generator: 'money', names: ['price', 'amount', 'total', 'cost', 'fee', 'balance', 'salary', 'subtotal', 'tax', 'budget', 'revenue', 'wage', 'deposit', 'payment', 'credit limit', 'price cents', 'amount cents'], types: NUMBER },
  { generator: 'quantity', names: ['quantity', 'qty', 'stock', 'inventory', 'count', 'seats', 'capacity', 'units', 'stock quantity'], types: NUMBER },
  { generator: 'rating', names: ['rating', 'stars', 'score'], types: NUMBER },
  { generator: 'percent', names: ['percent', 'percentage', 'discount', 'rate', 'progress', 'completion'], types: NUMBER },
  { generator: 'age', names: ['age'], types: NUMBER },
  { generator: 'latitude', names: ['latitude', 'lat'], types: NUMBER },
  { generator: 'longitude', names: ['longitude', 'lng', 'lon', 'long'], types: NUMBER },
  { generator: 'position', names: ['position', 'sort order', 'order index', 'rank', 'sequence', 'sort', 'ordinal', 'display order'], types: ['int'] },
  { generator: 'birth-date', names: ['birth date', 'birthdate', 'birthday', 'date of birth', 'dob', 'born on', 'born at'], types: DAY },
];

/**
 * Date pairs: a column whose words hold the first word comes after the column named with the second
 * (`updated_at` after `created_at`, `ends_at` after `starts_at`), when that column exists and precedes it.
 */
export const LATER_DATE_PAIRS: readonly (readonly [later: string, earlier: string])[] = [
  ['updated', 'created'],
  ['modified', 'created'],
  ['end', 'start'],
  ['ends', 'starts'],
  ['finished', 'started'],
  ['completed', 'started'],
  ['closed', 'opened'],
  ['returned', 'borrowed'],
  ['due', 'issued'],
  ['expires', 'issued'],
  ['resolved', 'reported'],
  ['delivered', 'shipped'],
  ['checkout', 'checkin'],
];

/**
 * Words of events that follow an earlier one (`shipped_at`, `delivered_on`, `cancelled_at`): such a date
 * comes after the nearest date column before it in the table, when no pair above names its partner.
 */
export const LATER_EVENT_WORDS: readonly string[] = [
  'shipped', 'delivered', 'completed', 'closed', 'resolved', 'cancelled', 'canceled', 'paid', 'ended', 'finished',
  'returned', 'approved', 'rejected', 'published', 'answered', 'archived', 'deleted', 'expires', 'expired', 'due',
  'last', 'refunded', 'confirmed', 'accepted', 'processed', 'sent', 'read', 'verified',
];

/** Booleans that are usually true, or usually false, by a word of the column name. */
export const BOOLEAN_BIAS: Readonly<Record<string, number>> = {
  active: 0.8, enabled: 0.8, verified: 0.75, published: 0.7, visible: 0.8, available: 0.8, confirmed: 0.75,
  approved: 0.7, public: 0.6, paid: 0.7, deleted: 0.1, archived: 0.15, banned: 0.05, blocked: 0.05, locked: 0.1,
  suspended: 0.05, disabled: 0.15, hidden: 0.15, private: 0.3, admin: 0.1, flagged: 0.1, spam: 0.05,
};

/** Table words whose `name` column holds a person's full name. */
export const PERSON_TABLE_WORDS: readonly string[] = [
  'user', 'customer', 'member', 'employee', 'person', 'people', 'author', 'student', 'teacher', 'instructor',
  'patient', 'doctor', 'client', 'contact', 'owner', 'participant', 'player', 'guest', 'volunteer', 'staff',
  'agent', 'driver', 'attendee', 'subscriber', 'candidate', 'applicant', 'manager', 'reviewer', 'seller',
  'buyer', 'speaker', 'coach', 'athlete', 'nurse', 'lawyer', 'artist', 'musician', 'passenger',
];

/** Table words whose `name` column holds a company name. */
export const COMPANY_TABLE_WORDS: readonly string[] = [
  'company', 'organization', 'organisation', 'vendor', 'supplier', 'merchant', 'publisher', 'partner',
  'agency', 'business', 'firm', 'manufacturer', 'carrier', 'provider', 'sponsor', 'employer', 'workspace', 'tenant',
];
