/** Pinpoint citations of a paper's numbered paragraphs, from its record and its facts. */
import { apaParagraphCitation } from '../cache/citations.ts';
import type { CslItem } from './types.ts';
import type { ParagraphFact } from '../paper/facts.ts';

// Formatted once with a stand-in number, then the real numbers are put in: citeproc runs once per paper.
const MARK = '9999';

/** The APA pinpoint of every paragraph, "(Chang, 2025, para. 7)", by paragraph anchor. */
export function paragraphPinpoints(item: CslItem, paragraphs: readonly ParagraphFact[]): Map<string, string> {
  const template = apaParagraphCitation(item, MARK).text;
  return new Map(paragraphs.map((p) => [p.anchor, template.replace(MARK, String(p.n))]));
}
