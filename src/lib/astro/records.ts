/**
 * The citation records of the site's pages, built from content (Astro side of citations.ts):
 * one per concept, and two per paper (the original publication and this annotated edition).
 */
import type { CollectionEntry } from 'astro:content';
import {
  apaParagraphCitation,
  conceptRecord,
  originalPaperRecord,
  paperEditionRecord,
  type CslItem,
} from '../citations/records.ts';
import { getSettings } from './settings.ts';
import { conceptUrl, entityUrl, paperUrl } from './urls.ts';

/** The build date stands in for the reader's access date (no script needed). */
export const buildDate = new Date().toISOString().slice(0, 10);

/** Absolute, canonical URL of a site path. */
export const canonical = (path: string, site: URL | undefined): string =>
  new URL(path, site ?? 'http://localhost:4321').href;

/** The record of a concept entry. */
export async function conceptItem(
  concept: CollectionEntry<'concepts'>,
  site: URL | undefined,
): Promise<CslItem> {
  return conceptRecord({
    id: concept.id,
    concept: concept.data,
    site: await getSettings(),
    url: canonical(conceptUrl(concept.id), site),
    accessed: buildDate,
  });
}

/** The record of a who's-who entry (cited like a concept entry). */
export async function entityItem(
  entity: CollectionEntry<'entities'>,
  site: URL | undefined,
): Promise<CslItem> {
  return conceptRecord({
    id: entity.id,
    concept: { title: entity.data.name, revisions: entity.data.revisions },
    site: await getSettings(),
    url: canonical(entityUrl(entity.id), site),
    accessed: buildDate,
  });
}

/** The records of a paper: the original publication and this annotated edition. */
export async function paperItems(
  paper: CollectionEntry<'papers'>,
  site: URL | undefined,
): Promise<{ original: CslItem; edition: CslItem }> {
  const original = originalPaperRecord(paper.data, { accessed: buildDate });
  const edition = paperEditionRecord({
    id: `${original.id}-annotated`,
    paper: paper.data,
    site: await getSettings(),
    url: canonical(paperUrl(paper.id), site),
    accessed: buildDate,
  });
  return { original, edition };
}

/** The download files offered for each record, by file name suffix. */
export const downloadFormats = [
  { suffix: '.bib', label: 'BibTeX (biblatex @online)', type: 'application/x-bibtex; charset=utf-8' },
  { suffix: '-bibtex.bib', label: 'BibTeX (classic @misc)', type: 'application/x-bibtex; charset=utf-8' },
  { suffix: '.ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { suffix: '.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;

const pinpoints = new Map<string, string>();

/**
 * The APA pinpoint for a paragraph of a paper's original, "(Chang, 2025, para. 7)": formatted by
 * citeproc once per paper with a marker for the number, not once per paragraph.
 */
export function paragraphPinpoint(paper: CollectionEntry<'papers'>, paragraph: number): string {
  let template = pinpoints.get(paper.id);
  if (template === undefined) {
    template = apaParagraphCitation(originalPaperRecord(paper.data), PARAGRAPH_MARK).text;
    pinpoints.set(paper.id, template);
  }
  return template.replace(PARAGRAPH_MARK, String(paragraph));
}
const PARAGRAPH_MARK = '9999';
