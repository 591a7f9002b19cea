/**
 * The citation records of the site's pages, built from the collections (Astro side of
 * src/lib/citations/records.ts): one per entry (concept, who's who), and two per paper (the
 * original publication and this annotated edition). No record carries an access date: the
 * build's date is not a reader's (issue #15).
 */
import type { CollectionEntry } from 'astro:content';
import { synopsisText } from '../citations/abstract.ts';
import { entryRecord, originalPaperRecord, paperEditionRecord } from '../citations/records.ts';
import type { SiteItem } from '../citations/types.ts';
import type { EntryKind } from '../model/kinds.ts';
import { getSettings } from './collections.ts';
import { canonical, entryUrl, paperUrl } from './urls.ts';

/** An entry of any kind as the citation needs it. */
export interface CitableEntry {
  id: string;
  /** The display name. */
  title: string;
  /** The hover text, the record's abstract. */
  short?: string | undefined;
  revisions: readonly { date: string }[];
}

/** The record of an entry page (a concept, a who's-who entry) at one of its versions (default the latest). */
export async function entryItem(
  kind: EntryKind,
  entry: CitableEntry,
  site: URL | undefined,
  version?: string,
): Promise<SiteItem> {
  return entryRecord({
    id: entry.id,
    entry,
    site: await getSettings(),
    url: canonical(entryUrl(kind, entry.id), site),
    version,
    abstract: entry.short,
  });
}

/** The records of a paper: the original publication and this annotated edition. */
export async function paperItems(
  paper: CollectionEntry<'papers'>,
  site: URL | undefined,
): Promise<{ original: SiteItem; edition: SiteItem }> {
  const original = originalPaperRecord(paper.data, { abstract: synopsisText(paper.body ?? '') });
  const edition = paperEditionRecord({
    id: `${original.id}-annotated`,
    paper: paper.data,
    site: await getSettings(),
    url: canonical(paperUrl(paper.id), site),
  });
  return { original, edition };
}

/** The download files offered for each record, by file name suffix. */
export const downloadFormats = [
  { suffix: '.bib', label: 'biblatex', type: 'application/x-bibtex; charset=utf-8' },
  { suffix: '-bibtex.bib', label: 'BibTeX (classic)', type: 'application/x-bibtex; charset=utf-8' },
  { suffix: '.ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { suffix: '.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;
