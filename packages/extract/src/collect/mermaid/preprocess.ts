/**
 * Mermaid's text preprocessing (mermaid@11.17.2 `preprocessDiagram` and `detectType`), done without moving any
 * character: what Mermaid deletes (front matter, `%%{…}%%` directives, whole-line `%%` comments) is blanked to
 * spaces and newlines are kept, so every token offset is still an offset into the code block and spans stay
 * exact. Deleting and blanking give the same tokens because a deletion always keeps the newline that ended the
 * previous line.
 */

const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const LINE_COMMENT = /^\s*%%(?!{)[^\n]+\n?/gm;
/** `detectType` also drops trailing comments before it looks at the first word. */
const ANY_COMMENT = /\s*%%.*\n/gm;
const HTML_TAG = /<(\w+)([^>]*)>/g;

/** Replaces every character but newlines with a space, keeping the length. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** The code block text as Mermaid's ER lexer sees it, with the same length and line breaks as the input. */
export function preprocessErText(code: string): string {
  // `cleanupText` swaps double for single quotes inside HTML-like tags: same length, and it changes lexing.
  let text = code.replace(HTML_TAG, (_m, tag: string, attrs: string) => `<${tag}${attrs.replace(/="([^"]*)"/g, "='$1'")}>`);
  text = text.replace(FRONT_MATTER, blank);
  text = text.replace(DIRECTIVE, blank);
  text = text.replace(LINE_COMMENT, blank);
  return text;
}

/**
 * True when Mermaid would take the block for an ER diagram: after front matter, directives and comments, the
 * first word is `erDiagram` (case-sensitive, as Mermaid's detector; a block starting `ERDIAGRAM` is not one).
 */
export function isErDiagramText(preprocessed: string): boolean {
  return /^\s*erDiagram/.test(preprocessed.replace(ANY_COMMENT, '\n'));
}
