/**
 * The e-book record of a paper (src/lib/epub/types.ts), read from the same page records the site
 * renders: the paper page (facts, citation records and their formatted citations, the concepts it
 * uses) and the entry pages (each entry's citation record). Texts come from `renderBody`, which
 * renders an MDX body through the site's own components (the route passes it: lib never imports
 * components).
 */
import type { CollectionEntry } from 'astro:content';
import type { StyleCitation } from '../citations/box.ts';
import { latestRevision } from '../model/revisions.ts';
import { formatIsoDate } from '../site/dates.ts';
import { smartQuotes } from '../model/typography.ts';
import { entryTitle } from '../astro/collections.ts';
import type { BookCitable, BookCitation, BookEntry, BookRecord } from '../epub/types.ts';
import { entryPages, type EntryPage } from './entry.ts';
import { siteFrame, siteUrl } from './meta.ts';
import type { PaperPage } from './paper.ts';

/**
 * Renders the MDX body of a paper or an entry to HTML with the site's components, given what its
 * page's route hands those components (`Astro.locals`: the paragraph citations, the comparisons).
 */
export type RenderBody = (
  entry: CollectionEntry<'papers' | 'concepts' | 'entities' | 'archive'>,
  locals: App.Locals,
) => Promise<string>;

const bookCitations = (styles: readonly StyleCitation[]): BookCitation[] =>
  styles.map((s) => ({
    name: s.name,
    listName: s.listName,
    reference: s.reference.html,
    forms: s.forms.map((f) => ({ label: f.label, html: f.value.html })),
  }));

async function bookEntry(page: EntryPage, render: RenderBody): Promise<BookEntry> {
  const { e } = page;
  return {
    kind: e.kind,
    id: e.entry.id,
    title: entryTitle(e),
    short: e.entry.data.short,
    html: await render(page.source, { contrasts: page.contrasts }),
    url: page.item.URL,
    version: latestRevision(e.entry.data.revisions),
  };
}

/** Everything the e-book of the paper on `page` holds. */
export async function bookRecord(page: PaperPage, render: RenderBody): Promise<BookRecord> {
  const [site, settings, entries] = await Promise.all([siteUrl(), siteFrame(), entryPages()]);
  const { facts, records, data: d } = page;
  const entryOf = new Map(entries.map((p) => [`${p.e.kind}:${p.e.entry.id}`, p]));
  const asEntries = (kind: string, ids: readonly string[]) =>
    Promise.all(ids.flatMap((id) => entryOf.get(`${kind}:${id}`) ?? []).map((p) => bookEntry(p, render)));
  const groups = await Promise.all(
    page.conceptsUsed.map(async (g) => ({
      heading: g.heading,
      entries: await asEntries(
        'concept',
        g.list.map((c) => c.id),
      ),
    })),
  );
  const entityIds = [...new Set(facts.occurrences.filter((o) => o.kind === 'entity').map((o) => o.id))];
  const people = (await asEntries('entity', entityIds)).sort((a, b) => a.title.localeCompare(b.title));
  const first = facts.paragraphs[0];
  const pin = first
    ? page.paragraphCites
        .get(first.anchor)
        ?.pinpoints.map((p) => `${p.name}: ${p.text}`)
        .join(' · ')
    : undefined;
  // The book is the edition at its latest version: its identifier is that version's permanent URL.
  const edition = formatIsoDate(page.versions.latest);
  const all = [...groups.flatMap((g) => g.entries), ...people];
  const notes = [
    'Cite the paper itself for its argument, as the publisher issued it.',
    `Cite the edition when you rely on its text, its paragraph numbers or its annotations; the citation gives the original’s date (${page.dateText}).${pin ? ` A paragraph is cited by its number; paragraph 1: ${pin.replace(/\.$/, '')}.` : ''} This book holds the edition of ${edition}, whose permanent address is its identifier, with each glossary and who’s-who entry at its latest version, named with its permanent address under its text.`,
  ];
  const cite: BookCitable[] = page.cite.records.map((r, i) => ({
    label: r.label,
    note: notes[i] ?? r.note ?? '',
    citations: bookCitations(r.styles),
  }));
  return {
    id: page.id,
    lang: d.language,
    siteLang: settings.language,
    title: d.title,
    creators: d.authors.map((a) => ({ name: `${a.given} ${a.family}`, fileAs: `${a.family}, ${a.given}` })),
    publisher: settings.publisher,
    date: d.created,
    modified: [d.created, ...all.map((e) => e.version)].sort().at(-1) ?? d.created,
    identifier: records.edition.URL,
    source: d.url,
    description: facts.synopsis,
    kicker: `${page.series} · ${page.dateText}`,
    publication: `${d.genre}, ${d.institution ? `${d.institution}, ` : ''}${d.publisher}, ${d.publisherPlace}.`,
    disclaimer: d.disclaimer ? smartQuotes(d.disclaimer) : undefined,
    editionNote: d.editionNote,
    sections: facts.sections,
    body: await render(page.source, { paragraphCites: page.paragraphCites, contrasts: page.contrasts }),
    authorNotes: d.authors.flatMap((a) => (a.bio ? [{ name: `${a.given} ${a.family}`, bio: a.bio }] : [])),
    rights: d.rights,
    rightsContact: d.rightsContact,
    license: settings.license,
    address: d.publisherAddress,
    cite,
    glossary: groups,
    people,
    site,
    base: import.meta.env.BASE_URL,
    preview: page.cite.preview !== undefined,
  };
}
