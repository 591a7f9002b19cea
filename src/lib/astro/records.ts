/**
 * The citation records of the site's pages, built from the collections (Astro side of
 * src/lib/citations/records.ts): one per entry (concept, who's who), and two per paper (the
 * original publication and this annotated edition).
 */
import type { CollectionEntry } from 'astro:content';
import { entryRecord, originalPaperRecord, paperEditionRecord } from '../citations/records.ts';
import type { SiteItem } from '../citations/types.ts';
import type { EntryKind } from '../model/kinds.ts';
import { getSettings } from './collections.ts';
import { canonical, entryUrl, paperUrl } from './urls.ts';

/** The build date stands in for the reader's access date (no script needed). */
export const buildDate = new Date().toISOString().slice(0, 10);

/** An entry of any kind as the citation needs it. */
export interface CitableEntry {
  id: string;
  /** The display name. */
  title: string;
  revisions: readonly { date: string }[];
}

/** The record of an entry page (a concept, a who's-who entry). */
export async function entryItem(
  kind: EntryKind,
  entry: CitableEntry,
  site: URL | undefined,
): Promise<SiteItem> {
  return entryRecord({
    id: entry.id,
    entry,
    site: await getSettings(),
    url: canonical(entryUrl(kind, entry.id), site),
    accessed: buildDate,
  });
}

/** The records of a paper: the original publication and this annotated edition. */
export async function paperItems(
  paper: CollectionEntry<'papers'>,
  site: URL | undefined,
): Promise<{ original: SiteItem; edition: SiteItem }> {
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
