/** Every page of the site as its record: what the social cards (and anything else that walks the site) read. */
import { entryPages, versionEntryPages, type EntryPage } from './entry.ts';
import { listingPages, type ListingPage } from './listings.ts';
import { paperPages, versionPaperPages, type PaperPage } from './paper.ts';

/** The record of any page. */
export type AnyPage = ListingPage | PaperPage | EntryPage;

/** Every page: listings, papers, their editions' published versions, current entries, entries' published versions. */
export async function allPages(): Promise<AnyPage[]> {
  return [
    ...(await listingPages()),
    ...(await paperPages()),
    ...(await versionPaperPages()),
    ...(await entryPages()),
    ...(await versionEntryPages()),
  ];
}
