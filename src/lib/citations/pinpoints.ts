/** Pinpoint citations of a paper's numbered paragraphs, from its record and its facts. */
import { paragraphCitations, paragraphRequests } from './box.ts';
import { prefetchCitations } from './cached.ts';
import type { SiteItem } from './types.ts';
import type { ParagraphFact } from '../paper/facts.ts';

// Formatted once with a stand-in number, then the real numbers are put in: citeproc runs once per paper.
const MARK = '9999';

/** A paragraph's pinpoint in one style: its CSL id, short name and text ("(Chang, par. 7)"). */
export interface Pinpoint {
  style: string;
  name: string;
  text: string;
}

/** Makes the citations `paragraphPinpoints(item, …)` needs on the citation threads, ahead of it. */
export const prefetchPinpoints = (item: SiteItem): Promise<void> =>
  prefetchCitations(paragraphRequests(item, MARK));

/**
 * The pinpoint of every paragraph in every offered style, by paragraph anchor: APA "(Chang,
 * 2025/2026, para. 7)", MLA "(Chang, par. 7)", …. The numbers are this edition's, so the
 * record is the edition's.
 */
export function paragraphPinpoints(
  item: SiteItem,
  paragraphs: readonly ParagraphFact[],
): Map<string, Pinpoint[]> {
  const template = paragraphCitations(item, MARK);
  return new Map(
    paragraphs.map((p) => [
      p.anchor,
      template.map((c) => ({ ...c, text: c.text.replaceAll(MARK, String(p.n)) })),
    ]),
  );
}
