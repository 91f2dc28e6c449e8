import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, EntityFact, Fact, RelationFact } from '../src/facts.js';
import { collectProse } from '../src/collect/prose.js';
import { documentStructure } from '../src/prose/structure.js';
import { properNamesOf } from '../src/prose/proper-names.js';
import { readProse } from '../src/prose/read.js';
import { storyCandidates } from '../src/prose/stories.js';

// Our own small texts, one block per rule added for the corpus figures: each could fail on its own.
const run = (text: string, path = 'spec.md'): readonly Fact[] => collectProse(parseDocument({ path, text })).value;
const entities = (facts: readonly Fact[]): string[] => facts.filter((f): f is EntityFact => f.kind === 'entity').map((f) => f.name).sort();
const attrNames = (facts: readonly Fact[], entity: string): string[] =>
  facts.filter((f): f is AttributeFact => f.kind === 'attribute' && f.entity === entity).map((f) => f.name).sort();
const rel = (facts: readonly Fact[], x: string, y: string): RelationFact | undefined =>
  facts.find((f): f is RelationFact => f.kind === 'relation' && ((f.a === x && f.b === y) || (f.a === y && f.b === x)));
/** How many `of` rows relate to one row of the other end. */
const many = (r: RelationFact, of: string): string | undefined => (r.a === of ? r.aEnd : r.bEnd)?.cardinality;

describe('proper names', () => {
  const text = 'Brightwell runs several depots. Each depot has an address and a manager. A depot stores many Brightwell vans, and each van belongs to exactly one depot. Vans are serviced by Brightwell mechanics. A mechanic has a name.';
  it('finds words the document only ever capitalises and uses bare', () => {
    const names = properNamesOf(readProse(parseDocument({ path: 'a.md', text })).map((r) => r.sentence));
    expect([...names]).toEqual(['brightwell']);
  });
  it('makes no entity of a proper name and drops it from the names of things', () => {
    const facts = run(text);
    expect(entities(facts)).toEqual(['Depot', 'Mechanic', 'Van']);
  });
  it('keeps a capitalised domain noun that comes with a determiner', () => {
    expect(entities(run('Each Invoice has a number and a due date. A Customer receives many Invoices. A Customer has a name.'))).toEqual(['Customer', 'Invoice']);
  });
});

describe('token repairs', () => {
  it('reads a hyphenated word as one noun', () => {
    const r = readProse(parseDocument({ path: 'a.md', text: 'A co-pilot assists the captain.' }));
    expect(r[0]!.sentence.tokens.map((t) => t.text)).toContain('co-pilot');
    expect(r[0]!.chunks[0]).toMatchObject({ kind: 'np', np: { head: 'co-pilot' } });
  });
  it('leaves out a short parenthesised modifier inside a noun phrase', () => {
    const facts = run('A shop makes many sales. The (printed) receipt for each sale is stored in the form of the receipt number and the total. A sale has a date.');
    expect(attrNames(facts, 'Receipt')).toEqual(['receipt number', 'total']);
  });
  it('continues a list past a parenthesised aside', () => {
    const facts = run('A bicycle consists of a frame (made of aluminium), a saddle, and two wheels. A saddle has a colour. A frame has a size. Each wheel has a diameter.');
    expect(rel(facts, 'Bicycle', 'Saddle')).toBeDefined();
    expect(rel(facts, 'Bicycle', 'Wheel')).toBeDefined();
  });
});

describe('attribute rules', () => {
  it('"the X and Y of which are recorded" describe the noun before them', () => {
    const facts = run('A warehouse ships several parcels, the tracking code and weight of which are recorded. A warehouse has a name.');
    expect(attrNames(facts, 'Parcel')).toEqual(['tracking code', 'weight']);
  });
  it('"whose A and B must be stored" describe the noun before "whose"', () => {
    const facts = run('Books are written by authors, whose first and last names and email addresses must be stored. A book has a title.');
    expect(attrNames(facts, 'Author')).toEqual(['email', 'first name', 'last name']);
  });
  it('"information about A, B and C for each X"', () => {
    const facts = run('We need information about the tax rate, the currency and the time zone for each region. A region has many stores. A store has a name.');
    expect(attrNames(facts, 'Region')).toEqual(['currency', 'tax rate', 'time zone']);
  });
  it('"X information …, including A, B and C"', () => {
    const facts = run('Supplier information will be kept, including name, phone number and address. A supplier delivers many products. A product has a price.');
    expect(attrNames(facts, 'Supplier')).toEqual(['address', 'name', 'phone number']);
  });
  it('"each X is assigned to a genre": a property-like object of a belonging verb', () => {
    const facts = run('A library holds many books. Each book is assigned to a genre. A book has a title.');
    expect(attrNames(facts, 'Book')).toContain('genre');
  });
  it('"the rank achieved by each player is known": the agent of the participle owns it', () => {
    const facts = run('A league has many players. The rank achieved by each player is known. A player has a name.');
    expect(attrNames(facts, 'Player')).toEqual(['name', 'rank']);
  });
  it('"the A of the X" names an attribute of an entity chosen on other grounds, never an entity of its own', () => {
    const facts = run('A theatre hosts many concerts. Each concert has a title. Tickets go on sale a week before the starting time of the concert. The mood of the evening is relaxed.');
    expect(attrNames(facts, 'Concert')).toEqual(['start time', 'title']);
    expect(entities(facts)).not.toContain('Evening');
  });
  it('"the number of X" counts many things and is no attribute of X', () => {
    const facts = run('A garage repairs many cars. Each car has a plate and an owner. The garage reports the number of the cars weekly.');
    expect(entities(facts)).toContain('Car');
    expect(attrNames(facts, 'Car')).not.toContain('number');
  });
  it('"this X" after "a Y X" points back to the compound', () => {
    const facts = run('A shop sells many products. A shop can open a special kind of shop: a pop-up shop. This shop has a closing date. A product has a price.');
    expect(attrNames(facts, 'Pop-up Shop')).toEqual(['closing date']);
    expect(attrNames(facts, 'Shop')).toEqual([]);
  });
  it('reads a such-as list after an unknown adverb and ends it at "etc."', () => {
    const facts = run('A broker arranges many loans. Each loan has further specific details, such as the interest rate, the start date, etc. Each broker has a name.');
    expect(attrNames(facts, 'Loan')).toEqual(['interest rate', 'start date']);
    expect(attrNames(facts, 'Broker')).toEqual(['name']);
  });
  it('does not store the complement of a "whether … is a X or Y" clause', () => {
    const facts = run('A club has many members. A member has a name. The name and whether the member is a coach or player are stored for members. A club has an address.');
    expect(attrNames(facts, 'Member')).toEqual(['name']);
  });
  it('drops a measure noun after a property word ("priority score" → priority) but keeps rates', () => {
    const facts = run('A hospital treats many illnesses. Each illness has a priority score and a recovery rate. A hospital has a name.');
    expect(attrNames(facts, 'Illness')).toEqual(['priority', 'recovery rate']);
  });
  it('a storage participle after a noun stores what follows for that noun', () => {
    const facts = run('A depot keeps many bins, with each bin recording the weight and the fill level. A depot has an address.');
    expect(attrNames(facts, 'Bin')).toEqual(['fill level', 'weight']);
  });
  it('reads "social security number" as ssn', () => {
    const facts = run('A clinic employs many nurses. The name and social security number of each nurse are stored.');
    expect(attrNames(facts, 'Nurse')).toEqual(['name', 'ssn']);
  });
});

describe('relations', () => {
  it('without a stated end, the first statement’s subject is the "one" side whichever name sorts first', () => {
    const facts = run('Collectors buy paintings. A collector has a name. A painting has a title.');
    const r = rel(facts, 'Collector', 'Painting')!;
    expect(many(r, 'Painting')).toBe('many');
    expect(many(r, 'Collector')).toBe('one');
  });
  it('leaves the subject end open for a counted object of a verb that does not own it', () => {
    const facts = run('A clinic treats any number of patients. A clinic has an address. A patient has a name.');
    const r = rel(facts, 'Clinic', 'Patient')!;
    expect([many(r, 'Clinic'), many(r, 'Patient')]).toEqual(['many', 'many']);
    // creating, writing, employing … own what they count
    const own = run('A journalist writes several articles. A journalist has a name. An article has a title.');
    const w = rel(own, 'Journalist', 'Article')!;
    expect([many(w, 'Journalist'), many(w, 'Article')]).toEqual(['one', 'many']);
  });
  it('lets a stated end win over an open one', () => {
    const facts = run('A clinic treats any number of patients. Each patient is treated by exactly one clinic. A clinic has an address. A patient has a name.');
    expect(many(rel(facts, 'Clinic', 'Patient')!, 'Clinic')).toBe('one');
  });
  it('does not join the object of one clause to the subject of the next', () => {
    const facts = run('Each depot consists of a number of halls and each hall has a number of racks. A rack has a label. A hall has a name. A depot has an address.');
    const r = rel(facts, 'Hall', 'Rack')!;
    expect([many(r, 'Hall'), many(r, 'Rack')]).toEqual(['one', 'many']);
  });
  it('gives the count of a relative clause’s antecedent to the main clause; what one makes is its own', () => {
    const facts = run('Students are assigned one or more mentors, who write an essay. A mentor has a name. An essay has a date. A student has a name.');
    const r = rel(facts, 'Mentor', 'Essay')!;
    expect([many(r, 'Mentor'), many(r, 'Essay')]).toEqual(['one', 'many']);
  });
  it('reads "There are two kinds of X: A X and B X" as two subtypes', () => {
    const facts = run('There are two kinds of accounts: savings accounts and checking accounts. Each account has a number. A checking account has an overdraft limit.');
    expect(entities(facts)).toEqual(['Account', 'Checking Account', 'Savings Account']);
  });
});

describe('entity vetoes', () => {
  it('never makes an entity of a technical compound', () => {
    const facts = run('The reporting layer reads many orders. The reporting layer has a cache. Each order has a total. A customer places many orders.');
    expect(entities(facts)).not.toContain('Reporting Layer');
    expect(entities(facts)).toContain('Order');
  });
});

describe('documents with a structured schema', () => {
  const erd = '```mermaid\nerDiagram\n  CUSTOMER ||--o{ ORDER : places\n  ORDER {\n    uuid id PK\n  }\n```\n';
  const prose = 'Each order has a total and a delivery date. A customer places many orders. Each order can use several coupons. A coupon has a code and a discount.';
  it('finds the names an ERD, SQL, Prisma or a field table gives', () => {
    const s = documentStructure(parseDocument({ path: 'a.md', text: `${erd}\n## Invoice details\n\n| Field | Type |\n|---|---|\n| total | decimal |\n\n\`\`\`sql\nCREATE TABLE line_items (id int);\n\`\`\`\n` }).tree);
    expect(s.structured).toBe(true);
    expect([...s.names].sort()).toEqual(['customer', 'invoice', 'line_item', 'order']);
    expect([...s.spelled].sort()).toEqual(['invoice', 'line_item', 'order']);
    expect(documentStructure(parseDocument({ path: 'b.md', text: prose }).tree).structured).toBe(false);
  });
  it('is strict about prose-only entities there; fields only for entities the structure does not list', () => {
    const plain = run(prose);
    expect(entities(plain)).toContain('Coupon');
    expect(attrNames(plain, 'Order')).toEqual(['delivery date', 'total']);
    const mixed = run(`${erd}\n${prose}`);
    expect(entities(mixed)).not.toContain('Coupon');
    // ORDER's block lists its fields; CUSTOMER only appears on a relation line
    expect(attrNames(mixed, 'Order')).toEqual([]);
    expect(attrNames(run(`${erd}\nEach customer has a name and a phone number. A customer places many orders.`), 'Customer')).toEqual(['name', 'phone number']);
  });
  it('holds prose-only entities of an architecture document to the same bar', () => {
    expect(entities(run(prose, 'docs/architecture.md'))).not.toContain('Coupon');
  });
});

describe('user-story backlogs', () => {
  const backlog = [
    '# Studio Booking — PRD', '', '## Epic 1: Booking', '', '### Features & User Stories', '',
    '- As a musician, I want to book a rehearsal slot so that my band can practise.',
    '- As a musician, I want to cancel a booking so that others can use the slot.',
    '- As a studio manager, I want to confirm a booking so that the musician is told.',
    '- As a studio manager, I want to assign an engineer to a gig so that the recording runs smoothly.',
    '- As a studio manager, I want to add instruments to a room so that musicians know what is there.',
    '', '### Acceptance Criteria', '',
    '- Each room has a name and a capacity.', '- A gig takes place in exactly one room.', '- An engineer has a name and a day rate.',
    '- The page shows a confirmation message after booking.',
  ].join('\n');
  const facts = run(backlog);
  it('takes roles and the objects of their actions, not the template words', () => {
    const names = entities(facts);
    expect(names).toEqual(expect.arrayContaining(['Booking', 'Engineer', 'Gig', 'Room']));
    for (const noise of ['Epic', 'Feature', 'User Story', 'Acceptance Criterion', 'Confirmation Message', 'Page']) expect(names).not.toContain(noise);
  });
  it('relates what a role creates to the role, and a placed thing to where it goes', () => {
    const placed = rel(facts, 'Gig', 'Engineer')!;
    expect([many(placed, 'Gig'), many(placed, 'Engineer')]).toEqual(['one', 'many']);
    const inRoom = rel(facts, 'Room', 'Instrument');
    expect(inRoom && many(inRoom, 'Instrument')).toBe('many');
  });
  it('gives every inferred element a span, a rule and a confidence', () => {
    for (const f of facts) {
      expect(f.span.file).toBe('spec.md');
      expect(f.span.start.line).toBeGreaterThan(0);
      expect(f.rule).toMatch(/^prose\/[a-z-]+\/[a-z-]+$/);
      expect(f.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe('diagnostics', () => {
  it('notes a relation whose ends no sentence counted, quoting the sentence', () => {
    const r = collectProse(parseDocument({ path: 'spec.md', text: 'Collectors buy paintings. A collector has a name. A painting has a title.' }));
    const d = r.diagnostics.find((x) => x.code === 'extract/prose-relation');
    expect(d?.message).toContain('Collectors buy paintings.');
    expect(d?.span?.start.line).toBe(1);
    // a counted relation is not unsure
    const sure = collectProse(parseDocument({ path: 'spec.md', text: 'A collector buys several paintings. A collector has a name. A painting has a title.' }));
    expect(sure.diagnostics.filter((x) => x.code === 'extract/prose-relation')).toEqual([]);
  });
});

describe('diagnostics of set-aside nouns', () => {
  it('says a well-supported compound is read as its head entity, not that its support is too low', () => {
    const text = 'Each customer buys many tickets. A ticket has a price. Each customer receives many free tickets. A free ticket belongs to one show. Each show has a start time.';
    const { value, diagnostics } = collectProse(parseDocument({ path: 'g.md', text }));
    expect(entities(value)).toEqual(['Customer', 'Show', 'Ticket']);
    const free = diagnostics.find((x) => x.code === 'extract/prose-uncertain' && x.message.includes('"free ticket"'));
    expect(free?.message).toMatch(/"free ticket" is not taken as an entity: read as "ticket" in a role or state \(support [\d.]+\)$/);
  });
});

describe('user stories', () => {
  const storyFacts = (text: string) => readProse(parseDocument({ path: 's.md', text })).flatMap((rs) => storyCandidates(rs));
  it('takes the object of a prepositional verb as what the story is about', () => {
    const c = storyFacts('As a member, I want to sign up for a workshop so that I learn pottery.');
    expect(c.filter((x) => x.kind === 'mention').map((x) => [x.kind === 'mention' && x.ref.words.join(' '), x.rule])).toEqual([
      ['member', 'prose/story/role'], ['workshop', 'prose/story/prepositional-object'],
    ]);
  });
  it('relates the role to what the speaker calls "my …", whatever the verb', () => {
    const c = storyFacts('As a tenant, I want to view my leases so that I know when they end.');
    const r = c.find((x) => x.kind === 'relation');
    expect(r).toMatchObject({ kind: 'relation', a: { words: ['tenant'] }, b: { words: ['lease'] }, rule: 'prose/story/possessive', bEnd: { cardinality: 'many' } });
  });
  it('does not relate the role to a thing it merely looks at', () => {
    expect(storyFacts('As a tenant, I want to view the leases of the building.').filter((x) => x.kind === 'relation')).toEqual([]);
  });
});
