/**
 * The e-book record of a paper (src/lib/epub/types.ts), gathered from the records the paper page
 * reads: the frontmatter, the facts of the compiled paper, the citation records, the entries and
 * their versions. Texts come from `renderBody`, which renders an MDX body through the site's own
 * components (the route passes it: lib never imports components).
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { factsOfPaper } from './facts.ts';
import { itemOf, paperItems } from './records.ts';
import { allConcepts, entryTitle, getSettings, type AnyEntry } from './collections.ts';
import { styleCitations } from '../citations/box.ts';
import { paragraphPinpoints } from '../citations/pinpoints.ts';
import { latestRevision } from '../citations/records.ts';
import type { SiteItem } from '../citations/types.ts';
import { relationsIndexed } from '../graph/relations.ts';
import { formatIsoDate } from '../site/dates.ts';
import { smartQuotes } from '../site/typography.ts';
import { isLocalAddress } from '../site/address.ts';
import { paperPath } from '../site/urls.ts';
import { withBase } from './urls.ts';
import type { BookCitable, BookEntry, BookRecord } from '../epub/types.ts';

/** URL of a paper's e-book: /papers/<id>/<id>.epub (the route src/pages/papers/[id]/[book].epub.ts). */
export const bookUrl = (id: string): string => withBase(`${paperPath(id)}${id}.epub`);

/** Renders the MDX body of a paper or an entry to HTML with the site's components. */
export type RenderBody = (
  entry: CollectionEntry<'papers'> | CollectionEntry<'concepts'> | CollectionEntry<'entities'>,
) => Promise<string>;

const citable = (label: string, note: string, item: SiteItem): BookCitable => ({
  label,
  note,
  citations: styleCitations(item).map((s) => ({
    name: s.name,
    listName: s.listName,
    reference: s.reference.html,
    forms: s.forms.map((f) => ({ label: f.label, html: f.value.html })),
  })),
});

async function bookEntry(e: AnyEntry, site: URL | undefined, render: RenderBody): Promise<BookEntry> {
  const item = await itemOf(e, site);
  return {
    kind: e.kind,
    id: e.entry.id,
    title: entryTitle(e),
    short: e.entry.data.short,
    html: await render(e.entry),
    url: item.URL,
    version: latestRevision(e.entry.data.revisions),
  };
}

// The concepts a paper marks (by title), then the related ones it relies on without naming them:
// the selection of "Concepts in this paper" (src/components/ConceptsUsed.astro), for the glossary.
async function paperConcepts(
  ids: ReadonlySet<string>,
): Promise<{ marked: CollectionEntry<'concepts'>[]; related: CollectionEntry<'concepts'>[] }> {
  const all = await allConcepts();
  const byTitle = (a: CollectionEntry<'concepts'>, b: CollectionEntry<'concepts'>) =>
    a.data.title.localeCompare(b.data.title);
  const relatedIds = new Set(
    [...ids].flatMap((id) => {
      const r = relationsIndexed(id, all);
      return [...r.broader, ...r.narrower, ...r.related, ...r.contrastsWith];
    }),
  );
  return {
    marked: all.filter((c) => ids.has(c.id)).sort(byTitle),
    related: all.filter((c) => relatedIds.has(c.id) && !ids.has(c.id)).sort(byTitle),
  };
}

/** Everything the e-book of `paper` holds. */
export async function bookRecord(
  paper: CollectionEntry<'papers'>,
  site: URL,
  render: RenderBody,
): Promise<BookRecord> {
  const [facts, records, settings] = await Promise.all([
    factsOfPaper(paper),
    paperItems(paper, site),
    getSettings(),
  ]);
  const d = paper.data;
  const byline = d.authors.map((a) => `${a.given} ${a.family}`);
  const marked = new Set(facts.occurrences.filter((o) => o.kind === 'concept' && o.marked).map((o) => o.id));
  const { marked: concepts, related } = await paperConcepts(marked);
  const entityIds = [...new Set(facts.occurrences.filter((o) => o.kind === 'entity').map((o) => o.id))];
  const entities = (await Promise.all(entityIds.map((id) => getEntry('entities', id))))
    .filter((e) => e !== undefined)
    .sort((a, b) => a.data.name.localeCompare(b.data.name));
  const asEntries = (list: CollectionEntry<'concepts'>[]) =>
    Promise.all(list.map((entry) => bookEntry({ kind: 'concept', entry }, site, render)));
  const [glossaryMarked, glossaryRelated, people] = await Promise.all([
    asEntries(concepts),
    asEntries(related),
    Promise.all(entities.map((entry) => bookEntry({ kind: 'entity', entry }, site, render))),
  ]);
  const first = facts.paragraphs[0];
  const pin = first ? paragraphPinpoints(records.edition, [first]).get(first.anchor) : undefined;
  const dateText = formatIsoDate(d.issued);
  const series = d.series ? `${d.series} No. ${d.number ?? ''}` : d.genre;
  const all = [...glossaryMarked, ...glossaryRelated, ...people];
  return {
    id: paper.id,
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
    kicker: `${series} · ${dateText}`,
    publication: `${d.genre}, ${d.institution ? `${d.institution}, ` : ''}${d.publisher}, ${d.publisherPlace}.`,
    disclaimer: d.disclaimer ? smartQuotes(d.disclaimer) : undefined,
    editionNote: d.editionNote,
    sections: facts.sections,
    body: await render(paper),
    authorNotes: d.authors.flatMap((a) => (a.bio ? [{ name: `${a.given} ${a.family}`, bio: a.bio }] : [])),
    rights: d.rights,
    rightsContact: d.rightsContact,
    license: settings.license,
    address: d.publisherAddress,
    cite: [
      citable(
        `The original paper: ${byline.join(', ')} (${d.issued.slice(0, 4)}), ${series}, ${d.publisher}`,
        'Cite the paper itself for its argument, as the publisher issued it.',
        records.original,
      ),
      citable(
        `This annotated edition: ${settings.title}, ${formatIsoDate(d.created)}`,
        `Cite the edition when you rely on its text, its paragraph numbers or its annotations; the citation gives the original’s date (${dateText}).${pin ? ` A paragraph is cited by its number; paragraph 1: ${pin.replace(/\.$/, '')}.` : ''} This book holds the edition of ${formatIsoDate(d.created)} with each glossary and who’s-who entry at its latest version, named with its permanent address under its text.`,
        records.edition,
      ),
    ],
    glossary: [
      { entries: glossaryMarked },
      ...(glossaryRelated.length
        ? [{ heading: 'Related ideas the paper does not name', entries: glossaryRelated }]
        : []),
    ],
    people,
    site,
    base: import.meta.env.BASE_URL,
    preview: isLocalAddress(site),
  };
}
