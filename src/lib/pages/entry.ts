/**
 * The record of an entry page, every kind (src/lib/model/kinds.ts): /concepts/<id>/ and
 * /entities/<id>/ (the current entry), and /concepts/<id>/<date>/ (one published version, a fixed
 * text that leaves out what is drawn from the rest of the site today). Versions, the citation
 * record, the cite note, the kicker and the JSON-LD are computed here, once per page.
 */
import type { CollectionEntry } from 'astro:content';
import { entryJsonLd } from '../citations/json-ld.ts';
import type { SiteItem } from '../citations/types.ts';
import { kindRow } from '../model/kinds.ts';
import { alternativeNames, plainInline, smartQuotes } from '../model/typography.ts';
import { formatIsoDate } from '../site/dates.ts';
import { occurrencesOf, type PaperOccurrences } from '../astro/facts.ts';
import { allEntries, entryTitle, getSettings, perBuild, type AnyEntry } from '../astro/collections.ts';
import { entryVersions, itemOf, versionPages, versionUrl, type EntryVersions } from '../astro/records.ts';
import { entryPath } from '../site/urls.ts';
import { canonical, withBase } from '../astro/urls.ts';
import { pageMeta, siteUrl, type PageMeta } from './meta.ts';
import {
  citeBox,
  conceptParts,
  contrastViews,
  sourcesView,
  type CiteBoxView,
  type ConceptPartsView,
  type ContrastView,
  type SourceView,
} from './parts.ts';

/** The history box of an entry (History.astro). */
export interface HistoryView {
  created: string;
  revisions: readonly { date: string; note: string }[];
  shown: string;
  permanentUrl: string | undefined;
  versions: { date: string; href: string }[];
  current: { href: string; date: string };
}

/** One entry page: the current entry or one published version of it. */
export interface EntryPage {
  page: 'entry';
  meta: PageMeta;
  /** The entry as the page shows it (on a version page, with that version's data). */
  e: AnyEntry;
  /** What the route renders as the entry's text: the entry, or the version's frozen copy. */
  source: CollectionEntry<'concepts' | 'entities' | 'archive'>;
  /** Date of the published version shown; absent on the current page. */
  version: string | undefined;
  /** The entry's versions, computed once for the page. */
  versions: EntryVersions;
  /** The citation record of the version shown. */
  item: SiteItem;
  /** The current page, relative and absolute. */
  currentHref: string;
  currentUrl: string;
  /** "Glossary" and its link, then the category (a concept) or the kind (a who's-who entry). */
  index: { href: string; title: string };
  kicker: string | undefined;
  /** The entry's true alternative names (inflections stay aliases for matching marks). */
  alsoNames: string[];
  /** A concept's comparisons, relations and map (current concept pages only). */
  parts: ConceptPartsView | undefined;
  /** Where the papers use the entry (current pages only). */
  uses: PaperOccurrences[] | undefined;
  sources: SourceView[];
  cite: CiteBoxView;
  history: HistoryView;
  /** What `<Contrast>` in the entry's text shows. */
  contrasts: ReadonlyMap<string, ContrastView>;
}

const entityKinds = {
  person: 'Person',
  organisation: 'Organisation',
  document: 'Document',
  event: 'Event',
} as const;

/** What an entry page shows: the entry (or a version as published), the current entry, the text to render. */
export interface Shown {
  e: AnyEntry;
  current: AnyEntry;
  source: EntryPage['source'];
  version?: string | undefined;
}

/** The record of one entry page: the current entry, or one published version of it (`version`). */
export async function entryPage({ e, current, source, version }: Shown): Promise<EntryPage> {
  const { kind } = e;
  const d = e.entry.data;
  const row = kindRow(kind);
  const title = entryTitle(e);
  const settings = await getSettings();
  const formerIds = current.kind === 'concept' ? current.entry.data.formerIds : [];
  const versions = await entryVersions(kind, {
    id: e.entry.id,
    formerIds,
    revisions: current.entry.data.revisions,
  });
  const shown = version ?? versions.latest;
  const site = await siteUrl();
  const item = await itemOf(e, site, shown, current, versions);
  const released = versions.published.includes(shown);
  const currentHref = withBase(entryPath(kind, e.entry.id));
  const currentUrl = canonical(currentHref, site);
  const citeNote = released
    ? `Cites the version of ${formatIsoDate(shown)} shown here, at its permanent address. The newest version is always at ${currentUrl}; cite a dated version, whose text does not change.`
    : `This revision has not been released yet (npm run release), so it has no permanent address; the citation gives the entry's address.`;
  const category =
    e.kind === 'concept' ? settings.categories.find((c) => c.id === e.entry.data.category)?.title : undefined;
  const kicker = e.kind === 'concept' ? category : entityKinds[e.entry.data.kind];
  const jsonLd = entryJsonLd(e, item, {
    glossaryUrl: canonical(withBase(row.indexPath), site),
    siteTitle: settings.title,
    language: settings.language,
  });
  const path = `${entryPath(kind, e.entry.id)}${version ? `${version}/` : ''}`;
  const meta = await pageMeta({
    path,
    title,
    description: plainInline(d.short),
    ogType: null,
    cardOf: version ? currentHref : undefined,
    card: {
      kicker: [row.indexTitle, category].filter(Boolean).join(' · '),
      subtitle: smartQuotes(plainInline(d.short)),
    },
    citation: { item, kind: 'entry', jsonLd },
  });
  return {
    page: 'entry',
    meta,
    e,
    source,
    version,
    versions,
    item,
    currentHref,
    currentUrl,
    index: { href: withBase(row.indexPath), title: row.indexTitle },
    kicker,
    alsoNames: alternativeNames(title, d.aliases),
    parts: !version && e.kind === 'concept' ? await conceptParts(e.entry.id) : undefined,
    uses: version ? undefined : await occurrencesOf(kind, e.entry.id),
    sources: await sourcesView(d.sources),
    cite: await citeBox([
      {
        label: 'This entry',
        note: citeNote,
        item,
        files: `${row.collection}/${e.entry.id}/${version ? `${version}/glossa-${e.entry.id}-${version}` : `glossa-${e.entry.id}`}`,
      },
    ]),
    history: {
      created: d.created,
      revisions: d.revisions,
      shown,
      permanentUrl: released ? item.URL : undefined,
      versions: versions.published.map((date) => ({ date, href: versionUrl(kind, e.entry.id, date) })),
      current: { href: currentHref, date: versions.latest },
    },
    contrasts: await contrastViews(),
  };
}

/** The page of every current entry (/concepts/<id>/, /entities/<id>/), once per build. */
export const entryPages = (): Promise<EntryPage[]> =>
  perBuild('entry-pages', async () =>
    Promise.all((await allEntries()).map((e) => entryPage({ e, current: e, source: e.entry }))),
  );

/** The page of every published version of every entry (/concepts/<id>/<date>/), once per build. */
export const versionEntryPages = (): Promise<EntryPage[]> =>
  perBuild('version-entry-pages', async () =>
    Promise.all(
      (await versionPages()).map((v) =>
        entryPage({ e: v.asPublished, current: v.current, source: v.copy, version: v.date }),
      ),
    ),
  );
