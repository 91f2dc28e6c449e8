import { parseRawType } from '../../infer/raw-type.js';

/** `uk_article_tag: UNIQUE(article_id, tag_id)`: an index or composite unique constraint written as a note. */
export interface IndexNote {
  readonly name?: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
}

const KEYWORD_FORM = /^(?:`?([A-Za-z_][A-Za-z0-9_]*)`?\s*[:：—–-]\s*)?(unique\s+index|unique\s+key|unique|index|key)\s*(?:on\s*)?\(([^()]+)\)/i;
const NAMED_FORM = /^`?([A-Za-z_][A-Za-z0-9_]*)`?\s*(?:on\s*)?\(([^()]+)\)/i;

/**
 * Reads an index note: `UNIQUE(a, b)`, `idx_tag: INDEX(tag_id)`, `unique index on (a, b)`; under an
 * `Indexes:` label also `tasks_project_idx (project_id, status)`. Columns must be identifiers.
 */
export function readIndexNote(line: string, underIndexLabel: boolean): IndexNote | undefined {
  const text = line.trim();
  const keyword = KEYWORD_FORM.exec(text);
  if (keyword) {
    const columns = columnsOf(keyword[3]!);
    if (!columns) return undefined;
    return { ...(keyword[1] ? { name: keyword[1] } : {}), columns, unique: /^unique/i.test(keyword[2]!) };
  }
  if (!underIndexLabel) return undefined;
  const named = NAMED_FORM.exec(text);
  const columns = named ? columnsOf(named[2]!) : undefined;
  if (!named || !columns) return undefined;
  return { name: named[1]!, columns, unique: /^(?:uk|uq|unique)_|_(?:key|uk|unique)$/i.test(named[1]!) };
}

function columnsOf(text: string): string[] | undefined {
  const columns = text.split(/\s*,\s*/).map((c) => c.replace(/[`"']/g, '').replace(/\s+(?:asc|desc)$/i, '').trim());
  if (!columns.every((c) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(c))) return undefined;
  // `index (int)` is a field named index, not an index on a column named int.
  return columns.length === 1 && parseRawType(columns[0]!) ? undefined : columns;
}
