import type { ErAttribute, ErStatement, ErText } from './ast.js';

/** One entity of a diagram with everything the statements say about it. */
export interface ErEntity {
  readonly id: string;
  /** The name facts use: the alias label when it has a Latin letter, else the id. */
  readonly name: string;
  /** The first alias label given (Mermaid keeps the first). */
  readonly alias?: ErText;
  /** Where the entity is defined: its first own statement, else its first relationship mention. */
  readonly at: ErText;
  readonly attributes: readonly ErAttribute[];
}

/** A label fit to name an entity: it has a Latin letter (so an identifier can be made from it). */
export const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/**
 * The entities of a diagram in order of first mention, including those that appear only in relationship lines.
 * Attributes of repeated blocks (`A { … }` twice) add up, as in Mermaid.
 */
export function erEntities(statements: readonly ErStatement[]): ErEntity[] {
  interface Draft { id: string; alias?: ErText; own?: ErText; mention: ErText; attributes: ErAttribute[] }
  const byId = new Map<string, Draft>();
  const touch = (ref: ErText): Draft => {
    let d = byId.get(ref.text);
    if (!d) {
      d = { id: ref.text, mention: ref, attributes: [] };
      byId.set(ref.text, d);
    }
    return d;
  };
  for (const st of statements) {
    if (st.kind === 'relation') {
      touch(st.a);
      touch(st.b);
      continue;
    }
    const d = touch(st.id);
    d.own ??= st.id;
    if (st.alias && st.alias.text !== '' && d.alias === undefined) d.alias = st.alias;
    d.attributes.push(...(st.attributes ?? []));
  }
  return [...byId.values()].map((d) => {
    const name = d.alias && LATIN_LETTER.test(d.alias.text) ? d.alias.text.trim() : d.id;
    const e: { -readonly [K in keyof ErEntity]: ErEntity[K] } = { id: d.id, name, at: d.own ?? d.mention, attributes: d.attributes };
    if (d.alias) e.alias = d.alias;
    return e;
  });
}
