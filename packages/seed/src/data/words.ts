// Word tables for generated values. Our own short lists: enough variety for seed data, and they never
// change under a dependency upgrade, so seed files stay byte-stable.

export const FIRST_NAMES: readonly string[] = [
  'Ada', 'Amara', 'Ana', 'Ben', 'Carlos', 'Chen', 'Dana', 'Diego', 'Elena', 'Emeka', 'Farah', 'Grace', 'Hana',
  'Hugo', 'Ines', 'Ivan', 'Jonas', 'Kai', 'Lara', 'Leo', 'Lina', 'Malik', 'Maya', 'Mei', 'Nadia', 'Noah', 'Olga',
  'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Sofia', 'Tariq', 'Uma', 'Victor', 'Wen', 'Yara', 'Yusuf', 'Zoe',
];

export const LAST_NAMES: readonly string[] = [
  'Abbott', 'Adeyemi', 'Bauer', 'Becker', 'Costa', 'Diaz', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad',
  'Ito', 'Jensen', 'Kim', 'Kowalski', 'Lee', 'Lopez', 'Martin', 'Moreau', 'Nakamura', 'Novak', 'Okafor', 'Olsen',
  'Patel', 'Petrov', 'Quispe', 'Rossi', 'Santos', 'Schmidt', 'Silva', 'Singh', 'Tanaka', 'Torres', 'Ueda',
  'Varga', 'Wagner', 'Walsh', 'Wong', 'Yilmaz', 'Zhang',
];

export const ADJECTIVES: readonly string[] = [
  'amber', 'bold', 'bright', 'calm', 'clever', 'crisp', 'daring', 'eager', 'fair', 'gentle', 'golden', 'grand',
  'happy', 'keen', 'lively', 'lucky', 'mellow', 'nimble', 'noble', 'polar', 'quiet', 'rapid', 'royal', 'silver',
  'solar', 'steady', 'sunny', 'swift', 'tidy', 'vivid', 'warm', 'wild',
];

export const NOUNS: readonly string[] = [
  'anchor', 'arrow', 'atlas', 'beacon', 'bridge', 'canyon', 'cedar', 'comet', 'delta', 'ember', 'falcon',
  'forest', 'garden', 'harbor', 'horizon', 'island', 'lantern', 'maple', 'meadow', 'orbit', 'otter', 'pebble',
  'pioneer', 'prairie', 'quartz', 'river', 'summit', 'thunder', 'tide', 'valley', 'willow', 'zephyr',
];

/** Plain English words for sentences and paragraphs (no lorem ipsum: readers skim seed data). */
export const SENTENCE_WORDS: readonly string[] = [
  'the', 'team', 'reviewed', 'plan', 'before', 'launch', 'and', 'shared', 'notes', 'with', 'every', 'customer',
  'project', 'update', 'includes', 'new', 'details', 'about', 'delivery', 'schedule', 'quality', 'checks', 'for',
  'our', 'weekly', 'report', 'shows', 'steady', 'progress', 'on', 'open', 'tasks', 'support', 'requests',
  'arrived', 'during', 'morning', 'feedback', 'helped', 'improve', 'design', 'of', 'main', 'page', 'please',
  'confirm', 'order', 'by', 'friday', 'meeting', 'moved', 'to', 'next', 'week', 'budget', 'covers', 'travel',
  'costs', 'tools', 'training',
];

export const CITIES: readonly string[] = [
  'Amsterdam', 'Austin', 'Barcelona', 'Berlin', 'Bogota', 'Boston', 'Cape Town', 'Chicago', 'Denver', 'Dublin',
  'Helsinki', 'Lagos', 'Lima', 'Lisbon', 'London', 'Lyon', 'Madrid', 'Melbourne', 'Montreal', 'Mumbai', 'Nairobi',
  'Osaka', 'Oslo', 'Paris', 'Porto', 'Prague', 'Seattle', 'Seoul', 'Sydney', 'Toronto', 'Vienna', 'Warsaw',
];

export const COUNTRIES: readonly string[] = [
  'Argentina', 'Australia', 'Austria', 'Brazil', 'Canada', 'Chile', 'Colombia', 'Denmark', 'Finland', 'France',
  'Germany', 'Ghana', 'India', 'Ireland', 'Italy', 'Japan', 'Kenya', 'Mexico', 'Netherlands', 'Nigeria', 'Norway',
  'Peru', 'Poland', 'Portugal', 'South Korea', 'Spain', 'Sweden', 'United Kingdom', 'United States',
];

export const STREET_NAMES: readonly string[] = [
  'Oak', 'Maple', 'Cedar', 'Elm', 'Pine', 'Birch', 'Harbor', 'Hill', 'Lake', 'Mill', 'Park', 'River', 'Station',
  'Sunset', 'Union', 'Willow', 'Church', 'Market', 'Bridge', 'Garden',
];

export const STREET_SUFFIXES: readonly string[] = ['Street', 'Avenue', 'Road', 'Lane', 'Way', 'Drive', 'Court', 'Place'];

export const COMPANY_SUFFIXES: readonly string[] = ['Labs', 'Group', 'Works', 'Studio', 'Partners', 'Co', 'Systems', 'Collective'];

export const EMAIL_DOMAINS: readonly string[] = ['example.com', 'example.org', 'example.net'];

export const CURRENCY_CODES: readonly string[] = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'BRL'];

export const LANGUAGE_CODES: readonly string[] = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ja', 'ko', 'nl', 'sv'];

/** JSON documents for json columns, by the column's last word; `other` when nothing fits. */
export const JSON_SAMPLES: Readonly<Record<string, readonly string[]>> = {
  settings: ['{"theme":"dark","notifications":true}', '{"theme":"light","notifications":false}', '{"theme":"system","digest":"weekly"}'],
  preferences: ['{"language":"en","newsletter":true}', '{"language":"fr","newsletter":false}', '{"language":"de","timezone":"UTC"}'],
  metadata: ['{"source":"import","version":1}', '{"source":"web","version":2}', '{"source":"api","tags":["beta"]}'],
  address: ['{"street":"12 Oak Street","city":"Lisbon"}', '{"street":"7 Mill Road","city":"Oslo"}'],
  other: ['{"note":"first","score":3}', '{"note":"second","score":7}', '{"items":[1,2,3]}', '{"enabled":true}'],
};

/** Last word of generated titles ("Bright Comet Roadmap"). */
export const TITLE_NOUNS: readonly string[] = [
  'Roadmap', 'Guide', 'Report', 'Plan', 'Review', 'Launch', 'Handbook', 'Update', 'Checklist', 'Proposal',
  'Story', 'Journey', 'Notes', 'Playbook', 'Workshop', 'Summit',
];
