import type { DocContext } from '../context.js';
import { accessPathIndexes } from './access-paths.js';
import { columnTypes } from './column-types.js';
import { dataShape } from './data-shape.js';
import { foreignKeyIndexes } from './fk-indexes.js';
import { naturalKeys } from './natural-keys.js';
import { partitioning } from './partitioning.js';
import { queryPatterns } from './query-patterns.js';
import { renderRecommendation, type Recommendation } from './recommendation.js';
import { textSearchIndexes as textSearch } from './text-search.js';

/**
 * "Performance": computed from the schema and the documents' signals, each recommendation with why and,
 * when a document asked for it, the line that did. Subsections with nothing to say are left out, except
 * partitioning, which always says whether it is warranted.
 */
export function performanceSection(ctx: DocContext): string[] {
  const groups: [string, Recommendation[]][] = [
    ['Indexes', [...foreignKeyIndexes(ctx), ...accessPathIndexes(ctx), ...naturalKeys(ctx)]],
    ['Text search', textSearch(ctx)],
    ['Column types', columnTypes(ctx)],
    ['Data shape', dataShape(ctx)],
    ['Partitioning', partitioning(ctx)],
    ['Query patterns', queryPatterns(ctx)],
  ];
  const lines = ['## Performance'];
  for (const [title, recs] of groups) {
    if (recs.length === 0) continue;
    lines.push('', `### ${title}`, '', ...recs.flatMap(renderRecommendation));
  }
  return lines;
}
