/**
 * Regular expressions built from the word tables in `infer/signal-words.ts`. Table entries are literal
 * phrases (stance words) or regular-expression sources (product names, design phrases); both match on
 * whole words, so `postgres` does not match inside `postgres_changes`.
 */

/** A literal phrase as a regex source: special characters escaped, spaces match any run of whitespace. */
export function literal(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ +/g, '\\s+');
}

/** One alternation of literal phrases, longest first so `instead of` wins over `of`. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(literal).join('|');
}

// Word edges that also work next to CJK text and markdown punctuation: a phrase starting or ending with a
// non-word character (`/`, `❌`) needs no edge on that side.
const EDGE_BEFORE = '(?:(?<![A-Za-z0-9_])|(?=[^A-Za-z0-9_]))';
const EDGE_AFTER = '(?:(?<=[^A-Za-z0-9_])|(?![A-Za-z0-9_]))';

/** Matches any of the regex sources as whole words, globally, case-insensitively unless told. */
export function wordsRegex(sources: readonly string[], caseSensitive = false): RegExp {
  return new RegExp(`${EDGE_BEFORE}(?:${sources.join('|')})${EDGE_AFTER}`, caseSensitive ? 'g' : 'gi');
}

// The phrase lists are constant word tables, asked about on every line: each regex is compiled once per
// table (keyed by the table itself) instead of sorting, escaping and compiling the table on every call.
// The regexes have no `g` flag, so `test` keeps no state between calls.
const NO_FILLERS: readonly string[] = [];
type RegexCache = WeakMap<readonly string[], WeakMap<readonly string[], RegExp>>;
const endings: RegexCache = new WeakMap();
const starts: RegexCache = new WeakMap();
const contained: RegexCache = new WeakMap();

function compiled(cache: RegexCache, phrases: readonly string[], fillers: readonly string[], build: () => RegExp): RegExp {
  let byFillers = cache.get(phrases);
  if (!byFillers) cache.set(phrases, (byFillers = new WeakMap()));
  let regex = byFillers.get(fillers);
  if (!regex) byFillers.set(fillers, (regex = build()));
  return regex;
}

/** True when `text` ends with one of `phrases`, then any of `fillers`, then punctuation or space. */
export function endsWithPhrase(text: string, phrases: readonly string[], fillers: readonly string[] = NO_FILLERS): boolean {
  return compiled(endings, phrases, fillers, () => {
    const filler = fillers.length > 0 ? `(?:\\s+(?:${alternation(fillers)})${EDGE_AFTER})*` : '';
    return new RegExp(`${EDGE_BEFORE}(?:${alternation(phrases)})${filler}[\\s,:;(*_"'\`|>-]*$`, 'i');
  }).test(text);
}

/** True when `text` starts (after punctuation or space) with one of `phrases`. */
export function startsWithPhrase(text: string, phrases: readonly string[]): boolean {
  return compiled(starts, phrases, NO_FILLERS, () => new RegExp(`^[\\s,:;)*_"'\`|-]*(?:${alternation(phrases)})${EDGE_AFTER}`, 'i')).test(text);
}

/** True when `text` contains one of `phrases` as whole words. */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  return compiled(contained, phrases, NO_FILLERS, () => new RegExp(`${EDGE_BEFORE}(?:${alternation(phrases)})${EDGE_AFTER}`, 'i')).test(text);
}
