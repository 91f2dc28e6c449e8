/** A name on one line, for a comment or a heading: line breaks would end the comment early. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
