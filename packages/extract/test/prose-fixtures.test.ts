import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, EntityFact, Fact, RelationFact } from '../src/facts.js';
import { collectProse } from '../src/collect/prose.js';
import { readProse } from '../src/prose/read.js';

// Our own small domain texts, one block per rule family. Each asserts what the family must read.
const run = (text: string): { facts: readonly Fact[]; diagnostics: readonly { code: string; message: string }[] } => {
  const r = collectProse(parseDocument({ path: 'spec.md', text }));
  return { facts: r.value, diagnostics: r.diagnostics };
};
const entities = (facts: readonly Fact[]): string[] => facts.filter((f): f is EntityFact => f.kind === 'entity').map((f) => f.name).sort();
const attrs = (facts: readonly Fact[], entity: string): AttributeFact[] => facts.filter((f): f is AttributeFact => f.kind === 'attribute' && f.entity === entity);
const rel = (facts: readonly Fact[], x: string, y: string): RelationFact | undefined =>
  facts.find((f): f is RelationFact => f.kind === 'relation' && ((f.a === x && f.b === y) || (f.a === y && f.b === x)));
/** How many `of` per one `per`, whichever way the relation fact was stored. */
const end = (r: RelationFact, of: string): string => `${(r.a === of ? r.aEnd : r.bEnd)?.cardinality}`;

const KENNEL = `A kennel houses several dogs. Each dog belongs to exactly one kennel.
The name, breed and date of birth are stored for dogs. Every kennel has an address and a capacity.
A veterinarian treats many dogs, and a dog can be treated by several veterinarians.`;

describe('pipeline', () => {
  it('splits sentences and places each on its line', () => {
    const doc = parseDocument({ path: 'a.md', text: '# Title\n\nA shop sells goods. It has staff, e.g. clerks.\n\n- Each clerk has a badge.\n' });
    const s = readProse(doc);
    expect(s.map((x) => x.sentence.text)).toEqual(['Title', 'A shop sells goods.', 'It has staff, e.g. clerks.', 'Each clerk has a badge.']);
    expect(s.map((x) => x.sentence.block)).toEqual(['heading', 'paragraph', 'paragraph', 'item']);
    expect(s[2]!.sentence.span.start).toEqual({ line: 3, column: 21 });
    expect(s[3]!.sentence.span.start.line).toBe(5);
  });
  it('skips code blocks and tables', () => {
    const doc = parseDocument({ path: 'a.md', text: '```sql\nCREATE TABLE x (id int);\n```\n\n| a | b |\n|---|---|\n| Each cat has a tail. | x |\n' });
    expect(readProse(doc)).toEqual([]);
  });
  it('is deterministic and marks every fact as prose with a rule and a confidence', () => {
    const a = run(KENNEL);
    expect(run(KENNEL)).toEqual(a);
    for (const f of a.facts) {
      expect(f.source).toBe('prose');
      expect(f.rule).toMatch(/^prose\//);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('entities', () => {
  it('keeps nouns with support and leaves out the software and data words', () => {
    const { facts } = run(`${KENNEL}\nThe system shows the information on a page.`);
    expect(entities(facts)).toEqual(['Dog', 'Kennel', 'Veterinarian']);
  });
  it('does not make an entity of a bare proper name', () => {
    const { facts } = run('Petco runs several kennels. Each kennel has a name and an address. Petco hires many keepers. A keeper works in a kennel.');
    expect(entities(facts)).not.toContain('Petco');
    expect(entities(facts)).toContain('Kennel');
  });
  it('notes an unsure noun with a diagnostic quoting the sentence', () => {
    const { diagnostics } = run(`${KENNEL}\nA kennel sometimes orders a blanket.`);
    const d = diagnostics.find((x) => x.code === 'extract/prose-uncertain' && x.message.includes('blanket'));
    expect(d?.message).toContain('A kennel sometimes orders a blanket.');
  });
});

describe('attributes', () => {
  it('reads "… are stored for X" lists, "X has a … and a …", and "X of each Y is known"', () => {
    const { facts } = run(`${KENNEL}\nThe weight of each dog is known.`);
    expect(attrs(facts, 'Dog').map((a) => a.name).sort()).toEqual(['birth date', 'breed', 'name', 'weight']);
    expect(attrs(facts, 'Kennel').map((a) => a.name).sort()).toEqual(['address', 'capacity']);
  });
  it('types attributes from their names', () => {
    const { facts } = run(`${KENNEL}\nThe weight of each dog is known.`);
    const byName = new Map(attrs(facts, 'Dog').map((a) => [a.name, a.type?.kind]));
    expect(byName.get('birth date')).toBe('date');
    expect(byName.get('weight')).toBe('float');
    expect(attrs(facts, 'Kennel').find((a) => a.name === 'capacity')?.type).toEqual({ kind: 'int', bits: 32 });
  });
  it('reads uniqueness, possessives, written types, and colon lists', () => {
    const { facts } = run(`A library lends many books to members. A member is identified by a card number.
Each book has a title of type String and a unique ISBN. The member's email is kept.
For each loan, the system records the following details: due date, return date and late fee.
A loan is for exactly one book, and a member can have several loans.`);
    const member = attrs(facts, 'Member');
    expect(member.find((a) => a.name === 'card number')?.unique).toBe(true);
    expect(member.map((a) => a.name)).toContain('email');
    const book = attrs(facts, 'Book');
    expect(book.find((a) => a.name === 'title')?.type).toEqual({ kind: 'string' });
    expect(book.find((a) => a.name === 'isbn')?.unique).toBe(true);
    expect(attrs(facts, 'Loan').map((a) => a.name).sort()).toEqual(['due date', 'late fee', 'return date']);
  });
  it('follows "their" to the nearest plural noun', () => {
    const { facts } = run('Several riders take part in a race, and their names and licence numbers are stored. A race has a date and a distance. A rider can enter several races.');
    expect(attrs(facts, 'Rider').map((a) => a.name).sort()).toEqual(['licence number', 'name']);
  });
  it('shares a head across "first and last names"', () => {
    const { facts } = run('The first and last names of each guest are stored. A hotel has many guests. A guest stays in a hotel.');
    expect(attrs(facts, 'Guest').map((a) => a.name).sort()).toEqual(['first name', 'last name']);
  });
});

describe('relations and cardinality', () => {
  it('reads each end from quantifiers, merging statements across sentences', () => {
    const { facts } = run(KENNEL);
    const kd = rel(facts, 'Kennel', 'Dog')!;
    expect(end(kd, 'Dog')).toBe('many');
    expect(end(kd, 'Kennel')).toBe('one');
    const vd = rel(facts, 'Veterinarian', 'Dog')!;
    expect([end(vd, 'Dog'), end(vd, 'Veterinarian')]).toEqual(['many', 'many']);
  });
  it('turns passives with "by" around and reads "exactly one" / "vice versa"', () => {
    const { facts } = run(`Orders are placed by customers. Each order has a date and a total. A customer has a name.
Each desk is assigned to exactly one clerk and vice versa. A clerk has a name. A desk has a number.`);
    const co = rel(facts, 'Customer', 'Order')!;
    expect(end(co, 'Order')).toBe('many');
    expect(end(co, 'Customer')).toBe('one');
    const dc = rel(facts, 'Desk', 'Clerk')!;
    expect([end(dc, 'Desk'), end(dc, 'Clerk')]).toEqual(['one', 'one']);
  });
  it('reads optionality from modals and "at least"', () => {
    const { facts } = run('A team can have several coaches. Each team must have at least one player. A player has a name. A coach has a name. A team has a name.');
    const tc = rel(facts, 'Team', 'Coach')!;
    expect((tc.a === 'Coach' ? tc.aEnd : tc.bEnd)?.optional).toBe(true);
    const tp = rel(facts, 'Team', 'Player')!;
    expect((tp.a === 'Player' ? tp.aEnd : tp.bEnd)).toEqual({ cardinality: 'many', optional: false });
  });
  it('keeps two roles between the same pair apart when one sentence names both', () => {
    const { facts } = run('Each voyage has a departure port and an arrival port. A port has a name. A voyage has a date.');
    expect(facts.filter((f) => f.kind === 'relation' && [f.a, f.b].sort().join() === 'Port,Voyage').length).toBe(2);
  });
});

describe('generalisation and enums', () => {
  it('makes subtypes entities without a relation', () => {
    const { facts } = run('There are two types of vehicles: trucks and vans. Each vehicle has a plate number. A truck has a payload. A van has a volume.');
    expect(entities(facts)).toEqual(['Truck', 'Van', 'Vehicle']);
    expect(facts.filter((f) => f.kind === 'relation')).toEqual([]);
  });
  it('reads closed value lists as enum values', () => {
    const { facts } = run('Each ticket has a title and a priority. Possible priorities are LOW, MEDIUM and HIGH. A ticket belongs to a project. A project has many tickets.');
    const priority = attrs(facts, 'Ticket').find((a) => a.name === 'priority');
    expect(priority?.enumValues).toEqual(['LOW', 'MEDIUM', 'HIGH']);
  });
});

describe('user stories', () => {
  it('supports the objects of story actions, not the benefit after "so that"', () => {
    const text = ['As a coach, I want to create a training plan so that my athletes improve.', 'As a coach, I want to assign a training plan to an athlete so that the athlete knows the schedule.', 'As an athlete, I want to log a workout so that my coach sees my progress.', 'A workout has a date and a duration.', 'A training plan has a title.'].join('\n\n');
    const names = entities(run(text).facts);
    expect(names).toContain('Training Plan');
    expect(names).toContain('Workout');
    expect(names).not.toContain('Schedule');
    expect(names).not.toContain('Progress');
  });
});
