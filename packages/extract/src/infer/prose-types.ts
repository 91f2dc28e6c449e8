import type { ScalarType } from '@schemawright/ir';

/**
 * Attribute name words → type, for attributes read from prose. The last word of the name is looked up
 * first, then the first ("date of birth" → date). Data, not code.
 */
export const PROSE_TYPE_WORDS: Readonly<Record<string, ScalarType>> = {
  date: { kind: 'date' }, birthday: { kind: 'date' }, birthdate: { kind: 'date' }, deadline: { kind: 'date' }, dob: { kind: 'date' },
  time: { kind: 'datetime' }, timestamp: { kind: 'datetime' }, datetime: { kind: 'datetime' }, at: { kind: 'datetime' },
  price: { kind: 'decimal', precision: 12, scale: 2 }, cost: { kind: 'decimal', precision: 12, scale: 2 },
  fee: { kind: 'decimal', precision: 12, scale: 2 }, amount: { kind: 'decimal', precision: 12, scale: 2 },
  balance: { kind: 'decimal', precision: 12, scale: 2 }, salary: { kind: 'decimal', precision: 12, scale: 2 },
  total: { kind: 'decimal', precision: 12, scale: 2 }, budget: { kind: 'decimal', precision: 12, scale: 2 },
  revenue: { kind: 'decimal', precision: 12, scale: 2 }, turnover: { kind: 'decimal', precision: 12, scale: 2 },
  rate: { kind: 'float' }, percentage: { kind: 'float' }, ratio: { kind: 'float' }, latitude: { kind: 'float' },
  longitude: { kind: 'float' }, weight: { kind: 'float' }, distance: { kind: 'float' }, score: { kind: 'float' },
  quantity: { kind: 'int', bits: 32 }, count: { kind: 'int', bits: 32 }, capacity: { kind: 'int', bits: 32 },
  age: { kind: 'int', bits: 32 }, year: { kind: 'int', bits: 32 }, duration: { kind: 'int', bits: 32 },
  position: { kind: 'int', bits: 32 }, rank: { kind: 'int', bits: 32 }, level: { kind: 'int', bits: 32 },
  stock: { kind: 'int', bits: 32 }, size: { kind: 'int', bits: 32 }, length: { kind: 'int', bits: 32 },
  description: { kind: 'text' }, bio: { kind: 'text' }, biography: { kind: 'text' }, note: { kind: 'text' },
  notes: { kind: 'text' }, comment: { kind: 'text' }, body: { kind: 'text' }, content: { kind: 'text' }, plot: { kind: 'text' },
  flag: { kind: 'boolean' }, active: { kind: 'boolean' }, enabled: { kind: 'boolean' },
  email: { kind: 'string' }, url: { kind: 'string' }, website: { kind: 'string' }, phone: { kind: 'string' },
  name: { kind: 'string' }, title: { kind: 'string' }, address: { kind: 'string' }, code: { kind: 'string' },
  number: { kind: 'string' }, password: { kind: 'string' }, username: { kind: 'string' },
};

/** First words of an attribute name that make it a count ("number of seats" is an int, "phone number" is not). */
export const COUNT_PREFIXES: readonly string[] = ['number of', 'count of', 'amount of', 'quantity of', 'total number of', 'how many'];

/** First words that make an attribute a yes/no flag ("is active", "has paid", "whether …"). */
export const FLAG_PREFIXES: readonly string[] = ['is', 'has', 'can', 'whether', 'allow', 'allows'];
