/**
 * The record of a paper page (/papers/<id>/): the bibliographic header, the contents, the rights
 * notice, "How to cite" with its two works (the original and this edition), each numbered
 * paragraph's pinpoint citation, "Concepts in this paper" and the edition's versions and history;
 * and of one published version of the edition (/papers/<id>/<date>/, issue #34), rendered from its
 * frozen copy in content/archive as entry versions are (src/lib/pages/entry.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { reportJsonLd } from '../citations/json-ld.ts';
import { paragraphPinpoints, prefetchPinpoints, type Pinpoint } from '../citations/pinpoints.ts';
import type { SiteItem } from '../citations/types.ts';
import { relationsIndexed } from '../graph/relations.ts';
import { seriesCitation, seriesLabel } from '../model/paper-label.ts';
import type { PaperData } from '../model/schemas.ts';
import type { PaperFacts } from '../paper/facts.ts';
import { formatIsoDate, formatIssued } from '../site/dates.ts';
import { allConcepts, perBuild } from '../astro/collections.ts';
import { factsOfPaper } from '../astro/facts.ts';
import {
  editionRevisions,
  paperItems,
  paperVersionPages,
  paperVersions,
  type EntryVersions,
} from '../astro/records.ts';
import { bookUrl, canonical, paperUrl, paperVersionUrl } from '../astro/urls.ts';
import type { HistoryView } from './entry.ts';
import { getCollection } from 'astro:content';
import { pageMeta, siteFrame, siteUrl, type PageMeta } from './meta.ts';
import { citeBox, contrastViews, type CiteBoxView, type ContrastView } from './parts.ts';

/** One group of "Concepts in this paper": the concepts it marks, or the related ideas it does not name. */
export interface ConceptsUsedGroup {
  heading: string | undefined;
  list: CollectionEntry<'concepts'>[];
}

/** One paper page. */
export interface PaperPage {
  page: 'paper';
  meta: PageMeta;
  /** What the route renders as the paper's text: the paper, or a version's frozen copy. */
  source: CollectionEntry<'papers' | 'archive'>;
  id: string;
  /** The paper's frontmatter (on a version page, as published then): its bibliographic record. */
  data: PaperData;
  /** Date of the published version of the edition shown; absent on the current page. */
  version: string | undefined;
  /** The edition's versions, computed once for the page. */
  versions: EntryVersions;
  /** The current page, relative and absolute (a version page's banner and rel="latest-version"). */
  currentHref: string;
  currentUrl: string;
  history: HistoryView;
  facts: PaperFacts;
  records: { original: SiteItem; edition: SiteItem };
  /** "IDSS Paper No. 039/2025", or the genre when the paper has no series. */
  series: string;
  dateText: string;
  byline: string;
  /** The rights notice, verbatim, split around its contact address (which becomes a mailto link). */
  rights: { before: string | undefined; after: string | undefined };
  /** The paper's sections, for its contents. */
  contents: PaperFacts['sections'];
  /** Address of the paper's e-book (EPUB 3), written by the build beside the page. */
  book: string;
  cite: CiteBoxView;
  /** Each numbered paragraph's citation and permalink, by anchor (Paragraph.astro). */
  paragraphCites: ReadonlyMap<string, { pinpoints: readonly Pinpoint[]; link: string }>;
  conceptsUsed: ConceptsUsedGroup[];
  /** What `<Contrast>` in the paper shows. */
  contrasts: ReadonlyMap<string, ContrastView>;
}

/** Every concept the paper marks, then the related ideas it relies on without naming them. */
async function conceptsUsed(facts: PaperFacts): Promise<ConceptsUsedGroup[]> {
  const all = await allConcepts();
  const byId = new Map(all.map((c) => [c.id, c]));
  const ids = new Set(facts.occurrences.filter((o) => o.kind === 'concept' && o.marked).map((o) => o.id));
  const concepts = [...ids].flatMap((id) => byId.get(id) ?? []);
  concepts.sort((a, b) => a.data.title.localeCompare(b.data.title));
  const relatedIds = new Set(
    [...ids].flatMap((id) => {
      const r = relationsIndexed(id, all);
      return [...r.broader, ...r.narrower, ...r.related, ...r.contrastsWith];
    }),
  );
  const related = all
    .filter((c) => relatedIds.has(c.id) && !ids.has(c.id))
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
  return [
    { heading: undefined, list: concepts },
    ...(related.length ? [{ heading: 'Related ideas the paper does not name', list: related }] : []),
  ];
}

/** What a paper page shows: the paper, or one published version of its edition (`version`). */
export interface ShownPaper {
  paper: CollectionEntry<'papers'>;
  source: CollectionEntry<'papers' | 'archive'>;
  data: PaperData;
  version?: string | undefined;
}

/** The record of one paper's page: the current edition, or one published version of it. */
export async function paperPage({ paper, source, data: d, version }: ShownPaper): Promise<PaperPage> {
  const facts = await factsOfPaper(source);
  const site = await siteUrl();
  const versions = await paperVersions(paper);
  const shown = version ?? versions.latest;
  const records = await paperItems(paper, site, shown, versions);
  const { original, edition } = records;
  const series = seriesLabel(d) ?? d.genre;
  const dateText = formatIsoDate(d.issued);
  const byline = d.authors.map((a) => `${a.given} ${a.family}`).join(', ');
  const book = bookUrl(paper.id);
  const names = new Intl.ListFormat((await siteFrame()).language, { type: 'conjunction' });
  const [before, after] = d.rightsContact ? d.rights.split(d.rightsContact) : [d.rights];
  // The two works the box offers, named so that nobody mistakes one for the other.
  const originalLabel = `${byline} (${d.issued.slice(0, 4)}), ${seriesCitation(d) ?? d.genre}, ${d.publisher}`;
  const editionLabel = `${edition['container-title'] ?? ''}, ${formatIssued(edition)}`;
  const description = `${d.genre} by ${byline}, ${seriesCitation(d) ?? d.publisher} (${dateText}), annotated with a glossary of its key concepts.`;
  const released = versions.published.includes(shown);
  const currentHref = paperUrl(paper.id);
  const currentUrl = canonical(currentHref, site);
  const here = version ? paperVersionUrl(paper.id, version) : currentHref;
  const versionNote = released
    ? ` It cites the edition of ${formatIsoDate(shown)}, at its permanent address; the newest edition is always at ${currentUrl}.`
    : '';
  await prefetchPinpoints(edition);
  const pins = paragraphPinpoints(edition, facts.paragraphs);
  return {
    page: 'paper',
    meta: await pageMeta({
      path: `papers/${paper.id}/${version ? `${version}/` : ''}`,
      title: d.title,
      description,
      lang: d.language,
      ogType: 'article',
      cardOf: version ? currentHref : undefined,
      card: {
        kicker: series,
        subtitle: `${names.format(d.authors.map((a) => `${a.given} ${a.family}`))} · ${dateText}`,
      },
      citation: { item: original, kind: 'report', jsonLd: reportJsonLd(original) },
    }),
    source,
    id: paper.id,
    data: d,
    version,
    versions,
    currentHref,
    currentUrl,
    history: {
      created: d.created,
      revisions: editionRevisions(d),
      shown,
      permanentUrl: released ? edition.URL : undefined,
      versions: versions.published.map((date) => ({ date, href: paperVersionUrl(paper.id, date) })),
      current: { href: currentHref, date: versions.latest },
    },
    facts,
    records,
    series,
    dateText,
    byline,
    rights: { before, after },
    contents: facts.sections.filter((h) => h.depth === 2),
    book,
    cite: await citeBox([
      {
        label: `The original paper: ${originalLabel}`,
        note: 'Cite the paper itself for its argument, as the publisher issued it. The downloads describe the original.',
        item: original,
        files: `papers/${paper.id}/glossa-${paper.id}-original`,
      },
      {
        label: `This annotated edition: ${editionLabel}`,
        note: `Cite the edition when you rely on its text, its paragraph numbers or its annotations; the citation gives the original’s date (${dateText}). Its paragraph numbers (¶) are the edition’s; on screen, each ¶ number gives that paragraph’s pinpoint citation in every style.${versionNote}`,
        item: edition,
        files: version
          ? `papers/${paper.id}/${version}/glossa-${paper.id}-edition-${version}`
          : `papers/${paper.id}/glossa-${paper.id}-edition`,
        // The e-book holds the current edition: offered with it only.
        ...(version ? {} : { more: [{ href: book, label: 'E-book (EPUB 3)' }] }),
      },
    ]),
    paragraphCites: new Map(
      facts.paragraphs.map((p) => [
        p.anchor,
        { pinpoints: pins.get(p.anchor) ?? [], link: canonical(`${here}#${p.anchor}`, site) },
      ]),
    ),
    conceptsUsed: await conceptsUsed(facts),
    contrasts: await contrastViews(),
  };
}

/** Every paper page, once per build (in collection order). */
export const paperPages = (): Promise<PaperPage[]> =>
  perBuild('paper-pages', async () =>
    Promise.all(
      (await getCollection('papers')).map((paper) => paperPage({ paper, source: paper, data: paper.data })),
    ),
  );

/** The page of every published version of every paper's edition (/papers/<id>/<date>/), once per build. */
export const versionPaperPages = (): Promise<PaperPage[]> =>
  perBuild('version-paper-pages', async () =>
    Promise.all(
      (await paperVersionPages()).map((v) =>
        paperPage({ paper: v.current, source: v.copy, data: v.data, version: v.date }),
      ),
    ),
  );
