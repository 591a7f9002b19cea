/**
 * How a paper is named by its series, in the two forms the site uses, each with one formula: the
 * label readers see over the paper, on its card and in listings ("IDSS Paper No. 039/2025"), and
 * the element the citation styles print ("IDSS Paper 039/2025", src/lib/citations/style-records.ts),
 * which the cite box's heading and the page description repeat so that they match the citations.
 */
import type { PaperData } from './schemas.ts';

type Series = Pick<PaperData, 'series' | 'number'>;

/** "IDSS Paper No. 039/2025", or the series alone when it has no number; undefined when the paper has no series. */
export function seriesLabel(paper: Series): string | undefined {
  if (!paper.series) return undefined;
  return paper.number ? `${paper.series} No. ${paper.number}` : paper.series;
}

/** "IDSS Paper 039/2025" as the citations print it, or the series alone; undefined when the paper has no series. */
export function seriesCitation(paper: Series): string | undefined {
  if (!paper.series) return undefined;
  return paper.number ? `${paper.series} ${paper.number}` : paper.series;
}
