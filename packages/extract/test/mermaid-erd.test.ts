import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLLECTORS } from '../src/collect/index.js';
import { collectMermaidErd } from '../src/collect/mermaid-erd.js';
import { parseDocument } from '../src/document.js';
import type { AttributeFact, EntityFact, Fact, RelationFact } from '../src/facts.js';

let parseWithMermaid: ((text: string) => Promise<unknown>) | undefined;

/** True when Mermaid 11 accepts the diagram (DOMPurify gets an identity sanitizer: Node has no DOM). */
async function mermaidAccepts(text: string): Promise<boolean> {
  if (!parseWithMermaid) {
    const mermaidFile = createRequire(import.meta.url).resolve('mermaid');
    const purifyCjs = createRequire(mermaidFile).resolve('dompurify');
    const purify = (await import(pathToFileURL(realpathSync(join(dirname(purifyCjs), 'purify.es.mjs'))).href)).default as {
      addHook?: () => void;
      sanitize?: (s: unknown) => string;
    };
    purify.addHook ??= () => undefined;
    purify.sanitize ??= (s: unknown) => String(s);
    const m = (await import('mermaid')).default as unknown as { parse(text: string): Promise<unknown> };
    parseWithMermaid = (text) => m.parse(text);
  }
  try {
    await parseWithMermaid(text);
    return true;
  } catch {
    return false;
  }
}

/** Collects from a markdown document; `md` is the whole document. */
function collect(md: string, path = 'docs/architecture.md') {
  const r = collectMermaidErd(parseDocument({ path, text: md }));
  const facts = r.value;
  return {
    facts,
    diagnostics: r.diagnostics,
    entities: facts.filter((f): f is EntityFact => f.kind === 'entity'),
    attributes: facts.filter((f): f is AttributeFact => f.kind === 'attribute'),
    relations: facts.filter((f): f is RelationFact => f.kind === 'relation'),
  };
}

/** Collects one diagram in a mermaid block after a heading, and checks Mermaid accepts the diagram. */
async function diagram(body: string) {
  const text = `erDiagram\n${body}\n`;
  expect(await mermaidAccepts(text), 'mermaid accepts the diagram').toBe(true);
  return collect(`# Data model\n\n\`\`\`mermaid\n${text}\`\`\`\n`);
}

const attr = (facts: readonly AttributeFact[], entity: string, name: string) => facts.find((a) => a.entity === entity && a.name === name);

describe('the house style', () => {
  const body = `    USER ||--o{ PROJECT : owns
    PROJECT ||--o{ PROJECT_MEMBER : has
    USER ||--o{ PROJECT_MEMBER : "is member"
    USER {
        uuid id PK
        string email UK
        string display_name
        timestamp deleted_at "nullable"
    }
    PROJECT {
        uuid id PK
        uuid owner_id FK
        enum status "draft|active|archived"
        string name
    }
    PROJECT_MEMBER {
        uuid project_id PK, FK
        uuid user_id PK, FK
        string role "values: owner, editor, viewer; default: viewer"
    }`;

  it('reads entities, attributes and relations with every field', async () => {
    const r = await diagram(body);
    expect(r.diagnostics).toEqual([]);
    expect(r.entities.map((e) => e.name)).toEqual(['USER', 'PROJECT', 'PROJECT_MEMBER']);
    expect(r.entities.every((e) => e.rule === 'collect/mermaid-erd' && e.source === 'erd' && e.confidence === 1)).toBe(true);
    expect(attr(r.attributes, 'USER', 'id')).toMatchObject({ type: { kind: 'uuid' }, rawType: 'uuid', primaryKey: true });
    expect(attr(r.attributes, 'USER', 'email')).toMatchObject({ type: { kind: 'string' }, unique: true });
    expect(attr(r.attributes, 'USER', 'email')?.primaryKey).toBeUndefined();
    expect(attr(r.attributes, 'USER', 'deleted_at')).toMatchObject({ type: { kind: 'datetime' }, rawType: 'timestamp', nullable: true });
    expect(attr(r.attributes, 'USER', 'deleted_at')?.description).toBeUndefined();
    expect(attr(r.attributes, 'PROJECT', 'status')).toMatchObject({ rawType: 'enum', enumValues: ['draft', 'active', 'archived'] });
    expect(attr(r.attributes, 'PROJECT', 'owner_id')).toMatchObject({ references: { entity: 'USER' } });
    expect(attr(r.attributes, 'PROJECT_MEMBER', 'user_id')).toMatchObject({ primaryKey: true, references: { entity: 'USER' } });
    expect(attr(r.attributes, 'PROJECT_MEMBER', 'role')).toMatchObject({
      enumValues: ['owner', 'editor', 'viewer'],
      default: { kind: 'enum', value: 'viewer' },
    });
    expect(attr(r.attributes, 'PROJECT', 'name')?.references).toBeUndefined();
  });

  it('reads relationships with both ends, the label and the FK column', async () => {
    const r = await diagram(body);
    const [owns, has, member] = r.relations;
    expect(owns).toMatchObject({
      a: 'USER',
      b: 'PROJECT',
      aEnd: { cardinality: 'one', optional: false },
      bEnd: { cardinality: 'many', optional: true },
      label: 'owns',
      identifying: true,
      fkOn: 'b',
      fkColumns: ['owner_id'],
      rule: 'collect/mermaid-erd',
      source: 'erd',
      confidence: 1,
    });
    expect(has).toMatchObject({ a: 'PROJECT', b: 'PROJECT_MEMBER', fkOn: 'b', fkColumns: ['project_id'] });
    expect(member).toMatchObject({ a: 'USER', b: 'PROJECT_MEMBER', label: 'is member', fkOn: 'b', fkColumns: ['user_id'] });
  });

  it('is registered among the collectors', () => {
    expect(COLLECTORS.find(([name]) => name === 'mermaid-erd')?.[1]).toBe(collectMermaidErd);
  });
});

describe('markers', () => {
  const ends = {
    one: { cardinality: 'one', optional: false },
    zeroOrOne: { cardinality: 'one', optional: true },
    many: { cardinality: 'many', optional: true },
    oneOrMore: { cardinality: 'many', optional: false },
  } as const;
  const left: [string, (typeof ends)[keyof typeof ends]][] = [['|o', ends.zeroOrOne], ['||', ends.one], ['}o', ends.many], ['}|', ends.oneOrMore]];
  const right: [string, (typeof ends)[keyof typeof ends]][] = [['o|', ends.zeroOrOne], ['||', ends.one], ['o{', ends.many], ['|{', ends.oneOrMore]];

  it('reads every pair of symbol markers, next to the entity they describe', async () => {
    const lines = left.flatMap(([l], i) => right.map(([rm], j) => `    A${i}${j} ${l}--${rm} B${i}${j} : r`));
    const r = await diagram(lines.join('\n'));
    expect(r.relations).toHaveLength(16);
    left.forEach(([, aEnd], i) =>
      right.forEach(([, bEnd], j) => {
        expect(r.relations[i * 4 + j], `${left[i]![0]}--${right[j]![0]}`).toMatchObject({ a: `A${i}${j}`, b: `B${i}${j}`, aEnd, bEnd });
      }),
    );
  });

  it('reads mirrored spellings the grammar also accepts', async () => {
    const r = await diagram('    A o|--}| B : r\n    C |{..|o D : s\n    E u--o{ F : t');
    expect(r.relations[0]).toMatchObject({ aEnd: ends.zeroOrOne, bEnd: ends.oneOrMore });
    expect(r.relations[1]).toMatchObject({ aEnd: ends.oneOrMore, bEnd: ends.zeroOrOne, identifying: false });
    expect(r.relations[2]).toMatchObject({ aEnd: ends.one, bEnd: ends.many });
  });

  it('tells identifying from non-identifying lines', async () => {
    const r = await diagram('    A ||--o{ B : a\n    A ||..o{ C : b\n    A ||.-o{ D : c\n    A ||-.o{ E : d\n    A one to many F : e\n    A one optionally to many G : f');
    expect(r.relations.map((x) => x.identifying)).toEqual([true, false, false, false, true, false]);
  });

  it('reads the word forms as their symbols', async () => {
    const words: [string, (typeof ends)[keyof typeof ends]][] = [
      ['one or zero', ends.zeroOrOne], ['zero or one', ends.zeroOrOne],
      ['one or more', ends.oneOrMore], ['one or many', ends.oneOrMore], ['many(1)', ends.oneOrMore], ['1+', ends.oneOrMore],
      ['zero or more', ends.many], ['zero or many', ends.many], ['many(0)', ends.many], ['0+', ends.many], ['many', ends.many],
      ['only one', ends.one], ['one', ends.one], ['1', ends.one],
    ];
    const r = await diagram(words.map(([w], i) => `    P${i} ${w} to ${w} Q${i} : r`).join('\n'));
    words.forEach(([w, end], i) => expect(r.relations[i], w).toMatchObject({ a: `P${i}`, b: `Q${i}`, aEnd: end, bEnd: end }));
  });
});

describe('entities and names', () => {
  it('emits entities that appear only in relationship lines, once each', async () => {
    const r = await diagram('    A ||--o{ B : x\n    B ||--o{ C : y\n    A ||--|| C : z');
    expect(r.entities.map((e) => e.name)).toEqual(['A', 'B', 'C']);
  });

  it('reads quoted names', async () => {
    const r = await diagram('    "Order Item" }o--|| "Product Variant" : "refers to"\n    "Order Item" {\n        int quantity\n    }');
    expect(r.entities.map((e) => e.name)).toEqual(['Order Item', 'Product Variant']);
    expect(r.relations[0]).toMatchObject({ a: 'Order Item', b: 'Product Variant', label: 'refers to', aEnd: { cardinality: 'many' } });
    expect(attr(r.attributes, 'Order Item', 'quantity')?.type).toEqual({ kind: 'int', bits: 32 });
  });

  it('names an aliased entity by its label and maps relationship ids to it', async () => {
    const r = await diagram('    CUSTOMER ||--o{ ORDER : places\n    CUSTOMER["Customer Account"] {\n        uuid id PK\n    }\n    ORDER[Purchase]');
    expect(r.entities.map((e) => e.name)).toEqual(['Customer Account', 'Purchase']);
    expect(r.relations[0]).toMatchObject({ a: 'Customer Account', b: 'Purchase' });
    expect(r.attributes[0]).toMatchObject({ entity: 'Customer Account', name: 'id' });
  });

  it('keeps the id when the alias has no Latin letter, and says so', async () => {
    const r = await diagram('    KUNDE["顧客"] {\n        string name\n    }\n    KUNDE ||--o{ ORDER : places');
    expect(r.entities.map((e) => e.name)).toEqual(['KUNDE', 'ORDER']);
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['extract/non-latin-name', '"顧客" has no Latin form; using the identifier "KUNDE"']]);
  });

  it('ignores direction, titles, accessibility, comments, styles and classes', async () => {
    const r = await diagram(`    direction LR
    accTitle: Shop
    accDescr: The shop model
    %% a comment
    classDef hot fill:#f96
    SHOP:::hot ||--o{ SALE : records
    class SALE hot
    style SHOP fill:#fff`);
    expect(r.diagnostics).toEqual([]);
    expect(r.entities.map((e) => e.name)).toEqual(['SHOP', 'SALE']);
    expect(r.relations).toHaveLength(1);
  });

  it('reads entities inside subgraphs', async () => {
    const r = await diagram('    subgraph Billing\n        INVOICE ||--o{ PAYMENT : settles\n    end\n    CUSTOMER ||--o{ INVOICE : receives');
    expect(r.entities.map((e) => e.name)).toEqual(['INVOICE', 'PAYMENT', 'CUSTOMER']);
  });
});

describe('attributes', () => {
  it('reads types, keys, optional markers and unknown types', async () => {
    const r = await diagram(`    ITEM {
        varchar(255) title
        decimal(10,2) price
        string[] tags
        List~string~ aliases
        string? nickname
        Address home
        int \`sort order\`
        uuid ref FK,UK
        int n PK,FK,UK "all three"
    }
    EMPTY {}
    ONE_LINE { int a PK string b "bee" }`);
    const a = (n: string) => attr(r.attributes, 'ITEM', n);
    expect(a('title')?.type).toEqual({ kind: 'string', maxLength: 255 });
    expect(a('price')?.type).toEqual({ kind: 'decimal', precision: 10, scale: 2 });
    expect(a('tags')).toMatchObject({ type: { kind: 'json' }, rawType: 'string[]' });
    expect(a('aliases')).toMatchObject({ type: { kind: 'json' }, rawType: 'List~string~' });
    expect(a('nickname')).toMatchObject({ type: { kind: 'string' }, rawType: 'string?', nullable: true });
    expect(a('home')).toMatchObject({ rawType: 'Address' });
    expect(a('home')?.type).toBeUndefined();
    expect(a('sort order')?.type).toEqual({ kind: 'int', bits: 32 });
    expect(a('ref')).toMatchObject({ unique: true });
    expect(a('n')).toMatchObject({ primaryKey: true, unique: true, description: 'all three' });
    expect(r.entities.map((e) => e.name)).toEqual(['ITEM', 'EMPTY', 'ONE_LINE']);
    expect(r.attributes.filter((x) => x.entity === 'ONE_LINE').map((x) => [x.name, x.primaryKey ?? false, x.description])).toEqual([
      ['a', true, undefined],
      ['b', false, 'bee'],
    ]);
  });

  it('reads attributes spread over lines', async () => {
    const r = await diagram('    A {\n        string\n        name\n        "the name"\n    }');
    expect(r.attributes).toHaveLength(1);
    expect(r.attributes[0]).toMatchObject({ name: 'name', description: 'the name' });
  });

  it('reads hints from comments', async () => {
    const r = await diagram(`    POST {
        string title "required"
        text body "optional, markdown"
        string slug "unique, used in URLs"
        string state "draft|published|archived"
        string kind "values: article, note"
        boolean pinned "default: false"
        timestamp created_at "default now()"
        int views "not null, default 0"
    }`);
    const a = (n: string) => attr(r.attributes, 'POST', n)!;
    expect(a('title')).toMatchObject({ nullable: false });
    expect(a('title').description).toBeUndefined();
    expect(a('body')).toMatchObject({ nullable: true, description: 'optional, markdown' });
    expect(a('slug')).toMatchObject({ unique: true, description: 'unique, used in URLs' });
    expect(a('state').enumValues).toEqual(['draft', 'published', 'archived']);
    expect(a('kind').enumValues).toEqual(['article', 'note']);
    expect(a('pinned').default).toEqual({ kind: 'boolean', value: false });
    expect(a('created_at').default).toEqual({ kind: 'now' });
    expect(a('views')).toMatchObject({ nullable: false, default: { kind: 'number', value: 0 } });
  });
});

describe('foreign keys', () => {
  it('finds the FK of a self relation', async () => {
    const r = await diagram('    EMPLOYEE ||--o{ EMPLOYEE : manages\n    EMPLOYEE {\n        uuid id PK\n        uuid manager_id FK\n    }');
    expect(r.relations[0]).toMatchObject({ a: 'EMPLOYEE', b: 'EMPLOYEE', fkOn: 'b', fkColumns: ['manager_id'] });
    expect(attr(r.attributes, 'EMPLOYEE', 'manager_id')?.references).toEqual({ entity: 'EMPLOYEE' });
  });

  it('tells apart two relations between one pair by their labels, whatever the order', async () => {
    const r = await diagram(`    USER ||--o{ TASK : reports
    USER ||--o{ TASK : "assigned to"
    PROJECT ||--o{ TASK : contains
    TASK {
        uuid id PK
        uuid project_id FK
        uuid assignee_id FK
        uuid reporter_id FK
    }`);
    expect(r.relations.map((x) => x.fkColumns)).toEqual([['reporter_id'], ['assignee_id'], ['project_id']]);
    expect(r.diagnostics).toEqual([]);
  });

  it('assigns leftover columns in order when the counts line up', async () => {
    const r = await diagram(`    MEMBER ||--o{ MATCH : "plays home"
    MEMBER ||--o{ MATCH : "plays away"
    MATCH {
        uuid home_player_id FK
        uuid away_player_id FK
    }`);
    expect(r.relations.map((x) => x.fkColumns)).toEqual([['home_player_id'], ['away_player_id']]);
  });

  it('reads FK columns without an _id suffix and camelCase ones', async () => {
    const r = await diagram(`    ACCOUNT ||--o{ TICKET : creates
    ACCOUNT ||--o{ TICKET : assigned_to
    Owner ||--o{ Pet : has
    TICKET {
        uuid created_by FK
        uuid assigned_to FK
    }
    Pet {
        uuid ownerId FK
    }`);
    expect(r.relations.map((x) => x.fkColumns)).toEqual([['created_by'], ['assigned_to'], ['ownerId']]);
  });

  it('puts the FK on the many side written on the left', async () => {
    const r = await diagram('    ORDER }o--|| CUSTOMER : "placed by"\n    ORDER {\n        uuid customer_id FK\n    }');
    expect(r.relations[0]).toMatchObject({ fkOn: 'a', fkColumns: ['customer_id'] });
  });

  it('leaves an ambiguous FK unset and says why', async () => {
    const r = await diagram(`    USER ||--o{ DOC : writes
    USER ||--o{ DOC : checks
    DOC {
        uuid user_id FK
        uuid second_user_id FK
    }`);
    expect(r.relations.map((x) => x.fkColumns)).toEqual([undefined, undefined]);
    expect(r.relations.map((x) => x.fkOn)).toEqual(['b', 'b']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['extract/ambiguous-foreign-key', 'extract/ambiguous-foreign-key']);
    expect(r.diagnostics[0]!.message).toBe('cannot tell which of user_id, second_user_id on DOC holds the foreign key to USER; leaving it to inference');
    expect(r.diagnostics[0]!.span).toEqual(r.relations[0]!.span);
  });

  it('for a 1-1 puts the FK where a column names the other side, else nowhere', async () => {
    const r = await diagram(`    USER ||--o| PROFILE : has
    USER ||--|| SETTINGS : keeps
    PROFILE {
        uuid user_id FK
    }`);
    expect(r.relations[0]).toMatchObject({ fkOn: 'b', fkColumns: ['user_id'] });
    expect(r.relations[1]!.fkOn).toBeUndefined();
  });

  it('gives a many-to-many no FK and a relation without columns no holder', async () => {
    const r = await diagram('    STUDENT }o--o{ COURSE : takes\n    TEAM ||--o{ PLAYER : fields');
    expect(r.relations.map((x) => [x.fkOn, x.fkColumns])).toEqual([[undefined, undefined], [undefined, undefined]]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('spans', () => {
  it('points at the exact line and column of entities, attributes and relations', async () => {
    const md = ['# Model', '', 'Intro.', '', '```mermaid', 'erDiagram', '    USER ||--o{ POST : writes', '    POST {', '        uuid id PK', '        uuid user_id FK "author"', '    }', '```', ''].join('\n');
    expect(await mermaidAccepts(md.split('\n').slice(5, 11).join('\n'))).toBe(true);
    const r = collect(md);
    const at = (f: Fact) => [f.span.start.line, f.span.start.column, f.span.end.line, f.span.end.column];
    expect(r.relations.map(at)).toEqual([[7, 5, 7, 30]]);
    expect(r.entities.map(at)).toEqual([[7, 5, 7, 9], [8, 5, 8, 9]]);
    expect(r.attributes.map(at)).toEqual([[9, 9, 9, 19], [10, 9, 10, 33]]);
    expect(r.facts.every((f) => f.span.file === 'docs/architecture.md')).toBe(true);
  });

  it('keeps columns exact inside list items and blockquotes', () => {
    const md = ['- Model:', '', '  ```mermaid', '  erDiagram', '    A ||--o{ B : r', '  ```', '', '> ```mermaid', '> erDiagram', '>   C ||--|| D : s', '> ```', ''].join('\n');
    const r = collect(md);
    expect(r.relations.map((f) => [f.span.start.line, f.span.start.column])).toEqual([[5, 5], [10, 5]]);
  });
});

describe('blocks and errors', () => {
  it('reads mermaid, mmd and unlabelled blocks, skipping others and non-ER diagrams', () => {
    const block = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\`\n\n`;
    const md =
      block('mermaid', 'erDiagram\n  A ||--o{ B : r') +
      block('mmd', 'erDiagram\n  C ||--o{ D : r') +
      block('', '%% comment first\nerDiagram\n  E ||--o{ F : r') +
      block('sql', 'erDiagram\n  G ||--o{ H : r') +
      block('mermaid', 'flowchart LR\n  I --> J') +
      block('mermaid', '---\ntitle: Front matter\n---\nerDiagram\n  K ||--o{ L : r');
    expect(collect(md).entities.map((e) => e.name)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'K', 'L']);
  });

  it('warns about lines Mermaid rejects, with their span, and reads the rest', () => {
    const md = '```mermaid\nerDiagram\n  A ||--o{ B : r\n  A ||-- C : broken\n  A {\n    int id PK FK\n    string name\n  }\n```\n';
    const r = collect(md);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.message, d.span?.start.line, d.span?.start.column])).toEqual([
      ['extract/mermaid-syntax', 'warning', 'cannot read this erDiagram line: A ||-- C : broken', 4, 3],
      ['extract/mermaid-syntax', 'warning', 'cannot read this erDiagram line: int id PK FK', 6, 5],
    ]);
    expect(r.relations.map((x) => x.b)).toEqual(['B']);
    // `PK FK` without a comma is reported, and both keys still count.
    expect(r.attributes.map((x) => [x.name, x.primaryKey ?? false])).toEqual([['id', true], ['name', false]]);
  });

  it('never throws on garbage', () => {
    const inputs = ['erDiagram\n  {{{ }}} ::: [[ ]] "', 'erDiagram\n  A {\n', 'erDiagram\n  subgraph S\n  A', 'erDiagram\n  accDescr {\n  open', 'erDiagram\n  style A fill:rgb(1,2,3)', 'erDiagram\n  A ||--o{ B : "unterminated'];
    for (const body of inputs) expect(() => collect(`\`\`\`mermaid\n${body}\n\`\`\`\n`)).not.toThrow();
  });

  it('gives the same facts for CRLF and BOM input', () => {
    const md = '# M\n\n```mermaid\nerDiagram\n  USER ||--o{ POST : writes\n  POST {\n    uuid user_id FK\n  }\n```\n';
    const crlf = '\uFEFF' + md.replace(/\n/g, '\r\n');
    expect(collect(crlf)).toEqual(collect(md));
  });
});
