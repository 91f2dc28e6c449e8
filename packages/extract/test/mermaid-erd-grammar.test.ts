/**
 * The grammar, checked against Mermaid 11 itself: for every diagram below, Mermaid's own parser is the oracle.
 * When Mermaid accepts a diagram we must read exactly the entities, aliases, attributes and relationships its
 * ER database holds, with no syntax warning; when Mermaid rejects it we must report at least one line.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { erEntities } from '../src/collect/mermaid/entities.js';
import { parseErDiagram } from '../src/collect/mermaid/parser.js';
import { preprocessErText } from '../src/collect/mermaid/preprocess.js';

interface Reading {
  entities: { id: string; alias: string; attributes: { type: string; name: string; keys: string[]; comment: string }[] }[];
  relations: { a: string; b: string; left: string; right: string; relType: string; role: string }[];
}

interface MermaidErDb {
  getEntities(): Map<string, { id: string; alias?: string; attributes: { type: string; name: string; keys?: string[]; comment?: string }[] }>;
  getRelationships(): { entityA: string; entityB: string; roleA: string; relSpec: { cardA: string; cardB: string; relType: string } }[];
}

interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}

let api: MermaidApi | undefined;

/** Mermaid's default export, loaded once. */
async function mermaid(): Promise<MermaidApi> {
  if (!api) {
    // Mermaid sanitizes accTitle/accDescr/subgraph text with DOMPurify, which has no DOM in Node and then lacks
    // `addHook`/`sanitize`. An identity sanitizer on the very module instance Mermaid imports lets parsing
    // finish; it changes no parse decision (sanitizing runs in the db actions, after the grammar accepted).
    const mermaidFile = createRequire(import.meta.url).resolve('mermaid');
    const purifyCjs = createRequire(mermaidFile).resolve('dompurify');
    const purifyEsm = realpathSync(join(dirname(purifyCjs), 'purify.es.mjs'));
    const purify = (await import(pathToFileURL(purifyEsm).href)).default as { addHook?: () => void; sanitize?: (s: unknown) => string };
    purify.addHook ??= () => undefined;
    purify.sanitize ??= (s: unknown) => String(s);
    api = (await import('mermaid')).default as unknown as MermaidApi;
    await api.parse('erDiagram\n');
  }
  return api;
}

/** True when `mermaid.parse` accepts the text. */
async function mermaidAccepts(text: string): Promise<boolean> {
  try {
    await (await mermaid()).parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What Mermaid's ER database holds after parsing `text`; undefined when Mermaid rejects it. */
async function mermaidReading(text: string): Promise<Reading | undefined> {
  const m = await mermaid();
  let db: MermaidErDb;
  try {
    await m.parse(text);
    db = (await m.mermaidAPI.getDiagramFromText(text)).db as MermaidErDb;
  } catch {
    return undefined;
  }
  const entities = [...db.getEntities().entries()];
  const idOf = new Map(entities.map(([name, e]) => [e.id, name]));
  return {
    entities: entities.map(([id, e]) => ({
      id,
      alias: e.alias ?? '',
      attributes: e.attributes.map((a) => ({ type: a.type, name: a.name, keys: (a.keys ?? []).map((k) => k.toUpperCase()), comment: a.comment ?? '' })),
    })),
    relations: db.getRelationships().map((r) => ({
      a: idOf.get(r.entityA) ?? r.entityA,
      b: idOf.get(r.entityB) ?? r.entityB,
      // Mermaid stores the marker next to A as `cardB` and the one next to B as `cardA`.
      left: r.relSpec.cardB,
      right: r.relSpec.cardA,
      relType: r.relSpec.relType,
      role: r.roleA,
    })),
  };
}

/** Our parser's reading of `text`, in the oracle's shape, with its syntax error count. */
function ourReading(text: string): Reading & { errors: number } {
  const ast = parseErDiagram(preprocessErText(text));
  return {
    entities: erEntities(ast.statements).map((e) => ({
      id: e.id,
      alias: e.alias?.text ?? '',
      attributes: e.attributes.map((a) => ({ type: a.type, name: a.name, keys: [...a.keys], comment: a.comment ?? '' })),
    })),
    relations: ast.statements.flatMap((s) =>
      s.kind === 'relation'
        ? [{ a: s.a.text, b: s.b.text, left: s.left, right: s.right, relType: s.identifying ? 'IDENTIFYING' : 'NON_IDENTIFYING', role: s.role }]
        : [],
    ),
    errors: ast.errors.length,
  };
}

/** Diagrams Mermaid accepts; our reading must equal Mermaid's. */
const ACCEPTED: Record<string, string> = {
  'house style': `erDiagram
    USER ||--o{ PROJECT : owns
    PROJECT ||--o{ PROJECT_MEMBER : has
    USER ||--o{ PROJECT_MEMBER : joins
    USER {
        uuid id PK
        string email UK
        string display_name
        timestamp deleted_at
    }
    PROJECT {
        uuid id PK
        uuid owner_id FK
        enum status "draft|active|archived"
    }
    PROJECT_MEMBER {
        uuid project_id PK, FK
        uuid user_id PK, FK
        string role
    }`,
  'every marker on the left': `erDiagram
    A |o--|| B : a
    C ||--|| D : b
    E }o--|| F : c
    G }|--|| H : d
    I o{--|| J : e
    K |{--|| L : f
    M o|--|| N : g`,
  'every marker on the right': `erDiagram
    A ||--o| B : a
    A ||--|| C : b
    A ||--o{ D : c
    A ||--|{ E : d
    A ||--}o F : e
    A ||--}| G : f
    A ||--|o H : g`,
  'identifying and non-identifying lines': `erDiagram
    A ||--o{ B : solid
    A ||..o{ C : dotted
    A ||.-o{ D : "dot dash"
    A ||-.o{ E : "dash dot"`,
  'markers without spaces': `erDiagram
    A||--o{B : tight
    C}|..|{D : "also tight"`,
  'word forms': `erDiagram
    CAR one or zero to zero or one DRIVER : a
    CAR one or more to one or many WHEEL : b
    CAR many(1) to 1+ SEAT : c
    CAR zero or more optionally to zero or many OWNER : d
    CAR many(0) optionally to 0+ TRIP : e
    CAR only one to one ENGINE : f
    CAR 1 to many PART : g
    CAR 1 optionally to 1 PLATE : h`,
  'master-detail parent marker': `erDiagram
    INVOICE u--o{ INVOICE_LINE : contains`,
  'quoted names and roles': `erDiagram
    "Order Item" }o--|| "Product Variant" : "refers to"
    "Order Item" { int quantity }
    CUSTOMER ||--o{ "Order Item" : "50% of orders"`,
  'aliases': `erDiagram
    CUSTOMER["Customer Account"] {
        uuid id PK
    }
    ORDER[Order]
    LINE["Line Item"] {}
    CUSTOMER ||--o{ ORDER : places
    ORDER ||--|{ LINE : contains`,
  'alias declared after use and repeated': `erDiagram
    A ||--o{ B : x
    A["First"]
    A["Second"]`,
  'class shorthand, classDef, class, style': `erDiagram
    classDef hot fill:#f96,stroke:#333,stroke-width:2px
    classDef cold fill:#9cf
    USER:::hot ||--o{ POST:::cold : writes
    POST:::cold {
        uuid id PK
    }
    TAG:::hot
    COMMENT["A comment"]:::cold {
        text body
    }
    class USER,POST hot
    style TAG fill:#bbf,stroke:#f66
    USER ||--o{ COMMENT:::hot : leaves`,
  'direction, accessibility, comments': `%% a comment before the header
erDiagram
    direction LR
    accTitle: Library data model
    accDescr: Books and their authors
    accDescr {
        A longer description
        over two lines
    }
    %% a comment between statements
    AUTHOR ||--o{ BOOK : writes
      %% an indented comment
    BOOK {
        %% a comment inside a block
        string isbn PK
    }`,
  'front matter and an init directive': `---
title: Shop
config:
  er:
    layoutDirection: LR
---
%%{init: {"theme": "forest"}}%%
erDiagram
    SHOP ||--o{ SALE : records`,
  'block forms': `erDiagram
    EMPTY {}
    ONE_LINE { int a PK string b "bee" }
    SPREAD {
        string
        name
        int
        count PK
        "counted"
    }
    TYPES {
        varchar(255) title
        decimal(10,2) price
        string[] tags
        List~string~ aliases
        string? nickname
        int \`display order\`
        uuid ref FK,UK
        int a PK,FK,UK "all three"
        int b pk, fk
        *int starred
    }`,
  'subgraphs': `erDiagram
    subgraph BILLING
        INVOICE ||--o{ PAYMENT : settles
        PAYMENT { decimal amount }
    end
    subgraph SALES [Sales Team]
        direction TB
        ORDER ||--|| INVOICE : billed
    end
    CUSTOMER ||--o{ ORDER : places`,
  'names with hyphens, dots, digits and other scripts': `erDiagram
    LINE-ITEM }|--|| ORDER.V2 : "belongs to"
    Kunde ||--o{ Bestellung : gibt
    Café ||--o{ Reçu : émet
    顧客 ||--o{ 注文 : 注文する
    42 ||--o{ 7.5 : numbers`,
  'several statements on one line': `erDiagram
    A { int x } B ||--|| C : r
    D E`,
  'self and parallel relationships': `erDiagram
    EMPLOYEE ||--o{ EMPLOYEE : manages
    USER ||--o{ TASK : creates
    USER ||--o{ TASK : "assigned to"
    EMPLOYEE {
        uuid id PK
        uuid manager_id FK
    }`,
  'erDiagram followed by a statement on its line': 'erDiagram A ||--|| B : same_line',
  'case-insensitive keywords': `erDiagram
    A ONE OR MORE TO ZERO OR MANY B : x
    A { int id Pk }`,
  'role that is a quoted word with symbols': `erDiagram
    A ||--o{ B : "has/owns"
    C ||--o{ D : "a \\\\ b"`,
};

/** Diagrams Mermaid rejects; we must warn about at least one line. */
const REJECTED: Record<string, string> = {
  'trailing comment': 'erDiagram\n  A ||--o{ B : x %% trailing',
  'keys without a comma': 'erDiagram\n  A { int id PK FK }',
  'relationship without a label': 'erDiagram\n  A ||--o{ B',
  'unquoted label with a slash': 'erDiagram\n  A ||--o{ B : has/owns',
  'keyword as an entity name': 'erDiagram\n  CLASS ||--o{ B : x',
  'alias on a relationship': 'erDiagram\n  A["x"] ||--o{ B : x',
  'key word as an attribute name': 'erDiagram\n  A { int pk }',
  'mirrored right marker': 'erDiagram\n  A }o--o} B : x',
  'missing right marker': 'erDiagram\n  A ||-- B : x',
  'unclosed block': 'erDiagram\n  A {\n    int x\n',
  'keyword as a role': 'erDiagram\n  A ||--o{ B : one',
  'end outside a subgraph': 'erDiagram\n  A\n  end',
  'bare %% line': 'erDiagram\n%%\n  A',
  'attribute with only a type': 'erDiagram\n  A { int }',
  'type after the name': 'erDiagram\n  A { id int PK? }',
};

describe('our reading equals Mermaid 11 on diagrams it accepts', () => {
  for (const [name, text] of Object.entries(ACCEPTED)) {
    it(name, async () => {
      const theirs = await mermaidReading(text);
      expect(theirs, 'mermaid accepts it').toBeDefined();
      const ours = ourReading(text);
      expect(ours.errors).toBe(0);
      expect({ entities: ours.entities, relations: ours.relations }).toEqual(theirs);
    });
  }
});

describe('we warn where Mermaid 11 rejects', () => {
  for (const [name, text] of Object.entries(REJECTED)) {
    it(name, async () => {
      expect(await mermaidAccepts(text)).toBe(false);
      expect(ourReading(text).errors).toBeGreaterThan(0);
    });
  }
});

describe('deliberate readings where Mermaid would invent entities', () => {
  it('a number glued to a word is one name', async () => {
    const text = 'erDiagram\n  2FA_CODE }o--|| USER : verifies';
    expect(await mermaidAccepts(text)).toBe(true);
    const ours = ourReading(text);
    expect(ours.entities.map((e) => e.id)).toEqual(['2FA_CODE', 'USER']);
    expect(ours.errors).toBe(0);
  });
  it('words after an unquoted role extend the label', async () => {
    const text = 'erDiagram\n  CUSTOMER ||--o{ ORDER : places several orders';
    expect(await mermaidAccepts(text)).toBe(true);
    const ours = ourReading(text);
    expect(ours.entities.map((e) => e.id)).toEqual(['CUSTOMER', 'ORDER']);
    expect(ours.relations[0]!.role).toBe('places several orders');
    expect(ours.errors).toBe(0);
  });
  it('a keyword after an unquoted role is reported, and the words still make the label', async () => {
    const text = 'erDiagram\n  CUSTOMER ||--o{ ORDER : places many orders';
    expect(await mermaidAccepts(text)).toBe(false);
    const ours = ourReading(text);
    expect(ours.relations[0]!.role).toBe('places many orders');
    expect(ours.errors).toBe(1);
  });
  it('but a second relationship after the role stays a relationship', async () => {
    const text = 'erDiagram\n  A ||--o{ B : x C }o--|| D : y';
    const theirs = await mermaidReading(text);
    const ours = ourReading(text);
    expect(ours.relations).toEqual(theirs!.relations);
  });
  it('a title line is not three entities', async () => {
    const text = 'erDiagram\n  title Library model\n  BOOK }o--|| AUTHOR : "written by"';
    expect(await mermaidAccepts(text)).toBe(true);
    expect(ourReading(text).entities.map((e) => e.id)).toEqual(['BOOK', 'AUTHOR']);
  });
  it('keeps the relationship of a line Mermaid rejects for what follows its label', () => {
    const ours = ourReading('erDiagram\n  A ||--o{ B : has/owns\n  A ||--|| C : "x" %% note');
    expect(ours.errors).toBe(2);
    expect(ours.relations.map((r) => r.role)).toEqual(['has/owns', 'x']);
  });
  it('an attribute line Mermaid rejects does not lose the others', () => {
    const ours = ourReading('erDiagram\n  A {\n    int id PK\n    int pk\n    string name\n  }\n  A ||--o{ B : r');
    expect(ours.errors).toBe(1);
    expect(ours.entities[0]!.attributes.map((a) => a.name)).toEqual(['id', 'name']);
    expect(ours.relations).toHaveLength(1);
  });
});

/** A small deterministic generator (LCG), so the fuzz cases are the same on every run. */
function generator(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

/** Pieces Mermaid accepts, and odd pieces it may not; lines use the usual ones most of the time. */
const NAMES = ['A', 'ORDER_ITEM', '"Order Item"', 'LINE-ITEM', 'Kunde', '顧客', '42', 'x.y', 'end_user', 'one_time'];
const ODD_NAMES = ['1', 'u', 'one', 'CLASS', 'to', 'Many', '""', 'style', '2.5', '"a%b"'];
const MARKERS = ['|o', 'o|', '||', '}o', 'o{', '}|', '|{', 'only one', 'zero or one', 'one or zero', 'one or more', 'one or many', 'many(1)', '1+', 'zero or more', 'zero or many', 'many(0)', '0+', 'many', 'one', '1'];
const ODD_MARKERS = ['u', '|', 'o}', '{o', '}}', 'o', '|||', 'o o'];
const LINES = ['--', '..', '.-', '-.', ' to ', ' optionally to '];
const ODD_LINES = ['-', '==', '', '---', '. .'];
const ROLES = ['x', '"a b"', '"50%"', 'has_many', '"q"', 'Kunde', '"to"', '"有"'];
const ODD_ROLES = ['"" ', 'one', '3', 'a/b', 'many', ''];
const EXTRAS = [':::hot', ':::a,b', '["Alias"]', '[Alias]', ' { int id PK }', ' {}', ' { string a "c" int b FK }', ' {\n  uuid id PK, FK\n  varchar(255) t\n }'];
const ODD_EXTRAS = [' { int pk }', ' %% c', ' { x }', '[]', ':::', ' { int a PK FK }', '["a" "b"]'];

/** A random line: a relationship (possibly broken) or an entity statement. */
function randomLine(pick: (n: number) => number): string {
  const from = <T,>(usual: readonly T[], odd: readonly T[]): T => (pick(10) === 0 ? odd[pick(odd.length)]! : usual[pick(usual.length)]!);
  if (pick(3) === 0) return `${from(NAMES, ODD_NAMES)}${pick(2) === 0 ? from(EXTRAS, ODD_EXTRAS) : ''}`;
  const a = `${from(NAMES, ODD_NAMES)}${pick(6) === 0 ? from(EXTRAS, ODD_EXTRAS) : ''}`;
  const sp = pick(4) === 0 ? '' : ' ';
  const marker = `${from(MARKERS, ODD_MARKERS)}${from(LINES, ODD_LINES)}${from(MARKERS, ODD_MARKERS)}`;
  return `${a}${sp}${marker}${sp}${from(NAMES, ODD_NAMES)} : ${from(ROLES, ODD_ROLES)}`;
}

describe('fuzz: random diagrams read as Mermaid 11 reads them', () => {
  it('agrees on 400 generated diagrams', async () => {
    const pick = generator(20250601);
    const disagreements: string[] = [];
    for (let n = 0; n < 400; n += 1) {
      const lines = Array.from({ length: 1 + pick(3) }, () => `  ${randomLine(pick)}`);
      const text = `erDiagram\n${lines.join('\n')}\n`;
      const theirs = await mermaidReading(text);
      const ours = ourReading(text);
      if (theirs === undefined) {
        if (ours.errors === 0) disagreements.push(`accepted what Mermaid rejects:\n${text}`);
      } else if (ours.errors !== 0) {
        disagreements.push(`rejected what Mermaid accepts:\n${text}`);
      } else if (JSON.stringify({ entities: ours.entities, relations: ours.relations }) !== JSON.stringify(theirs)) {
        disagreements.push(`read differently:\n${text}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

const TYPES = ['int', 'varchar(255)', 'decimal(10,2)', 'string[]', 'List~int~', 'string?', '*x', '`big int`', 'a.b', 'Ünï', 'uuid', 'enum'];
const ATTR_NAMES = ['id', 'user_id', '`created at`', 'x-y', 'a.b', 'name', 'Ñame', 'tags[]'];
const KEYS = ['', '', 'PK', 'FK', 'UK', 'pk', 'PK,FK', 'PK, UK', 'FK , UK', 'PK FK', 'PK,'];
const COMMENTS = ['', '', '"c"', '"a, b"', '""', '"x~y~z"', '"50% off"'];
const ODD = ['?', ',', '#', ';', '~', '"', '{', ':', 'PK'];

/** A random attribute line, usually well formed. */
function randomAttribute(pick: (n: number) => number): string {
  const one = <T,>(xs: readonly T[]): T => xs[pick(xs.length)]!;
  const parts = [one(TYPES), one(ATTR_NAMES), one(KEYS), one(COMMENTS)].filter((p) => p !== '');
  if (pick(8) === 0) parts.splice(pick(parts.length + 1), 0, one(ODD));
  return parts.join(pick(6) === 0 ? '\n      ' : ' ');
}

describe('fuzz: random entity blocks read as Mermaid 11 reads them', () => {
  it('agrees on 300 generated blocks', async () => {
    const pick = generator(99);
    const disagreements: string[] = [];
    for (let n = 0; n < 300; n += 1) {
      const attributes = Array.from({ length: pick(4) }, () => `    ${randomAttribute(pick)}`);
      const oneLine = pick(4) === 0;
      const block = oneLine ? `A { ${attributes.map((a) => a.trim()).join(' ')} }` : `A {\n${attributes.join('\n')}\n  }`;
      const text = `erDiagram\n  ${block}\n  A ||--o{ B : r\n`;
      const theirs = await mermaidReading(text);
      const ours = ourReading(text);
      if (theirs === undefined) {
        if (ours.errors === 0) disagreements.push(`accepted what Mermaid rejects:\n${text}`);
      } else if (ours.errors !== 0) {
        disagreements.push(`rejected what Mermaid accepts:\n${text}`);
      } else if (JSON.stringify({ entities: ours.entities, relations: ours.relations }) !== JSON.stringify(theirs)) {
        disagreements.push(`read differently:\n${text}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
