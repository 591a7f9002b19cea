/**
 * What the glossary exports (JSON, SKOS, CSV) are built from, read from the page records: each
 * concept's address and its uses in the papers are its page's, the site and glossary addresses
 * those of the home page and the glossary, so a file and a page cannot disagree.
 */
import type { ExportInput } from '../exports/glossary.ts';
import { usesOf } from '../exports/glossary.ts';
import { getSettings } from '../astro/collections.ts';
import { citedWorks } from '../astro/cited-works.ts';
import { entryPages } from './entry.ts';
import { listingPage } from './listings.ts';

// The date the glossary files were made (citation records carry no build date, issue #15).
const buildDate = new Date().toISOString().slice(0, 10);

/** Input of glossaryJson / glossaryTurtle / glossaryCsv. */
export async function glossaryExport(): Promise<ExportInput> {
  const pages = (await entryPages()).flatMap((p) =>
    p.e.kind === 'concept' ? [{ page: p, concept: p.e.entry }] : [],
  );
  const address = new Map(pages.map(({ page, concept }) => [concept.id, page.meta.canonical ?? '']));
  const concepts = pages.map((p) => p.concept);
  return {
    site: await getSettings(),
    siteUrl: (await listingPage('home')).meta.canonical ?? '',
    glossaryUrl: (await listingPage('glossary')).meta.canonical ?? '',
    conceptUrl: (id) => address.get(id) ?? '',
    concepts,
    bibliography: await citedWorks(concepts.flatMap((c) => c.data.sources.map((s) => s.ref))),
    usedIn: Object.fromEntries(pages.map(({ page, concept }) => [concept.id, usesOf(page.uses ?? [])])),
    generated: buildDate,
  };
}
