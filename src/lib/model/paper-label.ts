/** How a paper is named by its series: the one formula for the kicker, the card, the listings and the cite box. */
import type { PaperData } from './schemas.ts';

/** "IDSS Paper No. 039/2025"; the series alone when it has no number; the genre ("Commentary") when it has no series. */
export function seriesLabel(paper: Pick<PaperData, 'series' | 'number' | 'genre'>): string {
  if (!paper.series) return paper.genre;
  return paper.number ? `${paper.series} No. ${paper.number}` : paper.series;
}
