/** Every page of the site as its record: what the social cards (and anything else that walks the site) read. */
import { entryPages, versionEntryPages, type EntryPage } from './entry.ts';
import { listingPages, type ListingPage } from './listings.ts';
import { paperPages, type PaperPage } from './paper.ts';

/** The record of any page. */
export type AnyPage = ListingPage | PaperPage | EntryPage;

/** Every page: listings, papers, current entries, published versions. */
export async function allPages(): Promise<AnyPage[]> {
  return [
    ...(await listingPages()),
    ...(await paperPages()),
    ...(await entryPages()),
    ...(await versionEntryPages()),
  ];
}
