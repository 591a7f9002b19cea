/** Every page of the site as its record: what the social cards (and anything else that walks the site) read. */
import { entryPages, versionEntryPages, type EntryPage } from './entry.ts';
import { listingPages, type ListingPage } from './listings.ts';
import { paperPages, versionPaperPages, type PaperPage } from './paper.ts';
import { endCitationThreadsWhenIdle } from '../citations/pool.ts';

/** The record of any page. */
export type AnyPage = ListingPage | PaperPage | EntryPage;

/**
 * Every page, a kind at a time as each is built: listings, papers, their editions' published
 * versions, current entries, entries' published versions. A reader can start on the first kinds
 * while the later ones are still being built (the social cards do).
 */
export async function* pageGroups(): AsyncGenerator<AnyPage[]> {
  yield await listingPages();
  yield await paperPages();
  yield await versionPaperPages();
  yield await entryPages();
  yield await versionEntryPages();
  // Every record is built: the citation threads that made their citations are done.
  if (!import.meta.env.DEV) endCitationThreadsWhenIdle();
}

/** Every page, in the order of `pageGroups`. */
export async function allPages(): Promise<AnyPage[]> {
  const pages: AnyPage[] = [];
  for await (const group of pageGroups()) pages.push(...group);
  return pages;
}
