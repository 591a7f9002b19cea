/**
 * The records of the pages that list or serve the rest: the home page, the glossary, the who's
 * who, search, downloads and "page not found". They change as entries are added, so they are not
 * citable works: no date, no citation tags (WebsiteMeta.astro says why).
 */
import type { CollectionEntry } from 'astro:content';
import { getCollection } from 'astro:content';
import { kindRow } from '../model/kinds.ts';
import { seriesLabel } from '../model/paper-label.ts';
import { formatIsoDate } from '../site/dates.ts';
import { getSettings, perBuild } from '../astro/collections.ts';
import { paperUrl } from '../astro/urls.ts';
import { pageMeta, type PageMeta } from './meta.ts';
import { glossaryList, mapView, type GlossaryListView, type MapView } from './parts.ts';

/** A paper as the home page lists it. */
export interface PaperCard {
  href: string;
  title: string;
  byline: string;
  /** Series and number, or the genre. */
  series: string;
  issued: string;
  dateText: string;
  publisher: string;
}

/** Categories of the glossary in site.yaml's order. */
type Categories = readonly { id: string; title: string }[];

/** The home page. */
export interface HomePage {
  page: 'home';
  meta: PageMeta;
  papers: PaperCard[];
  /** Every concept, by title. */
  concepts: CollectionEntry<'concepts'>[];
  entityCount: number;
  categories: Categories;
}

/** The glossary index. */
export interface GlossaryPage {
  page: 'glossary';
  meta: PageMeta;
  /** Every concept, by title. */
  concepts: CollectionEntry<'concepts'>[];
  /** The A–Z list: each initial letter with its concepts. */
  letters: { letter: string; list: GlossaryListView }[];
  categories: Categories;
  /** The map of the whole glossary, while it stays legible. */
  map: MapView | undefined;
}

/** The who's who index. */
export interface EntitiesPage {
  page: 'entities';
  meta: PageMeta;
  groups: {
    kind: 'person' | 'organisation' | 'document' | 'event';
    title: string;
    list: CollectionEntry<'entities'>[];
  }[];
}

/** Search, downloads and "page not found": the meta alone (plus the glossary's size for downloads). */
export interface PlainPage {
  page: 'search' | 'exports' | '404';
  meta: PageMeta;
  /** How many concepts the glossary has. */
  conceptCount: number;
}

/** A listing or service page. */
export type ListingPage = HomePage | GlossaryPage | EntitiesPage | PlainPage;

// One map of the whole glossary stays legible (and fast to lay out) only up to this size;
// beyond it, each concept page still shows its own neighbourhood.
const MAP_LIMIT = 150;

/** The editors as the author of a page that is not a citable work; the site when it names none. */
const websiteAuthor = (settings: Awaited<ReturnType<typeof getSettings>>): string =>
  settings.editors.length > 0
    ? settings.editors.map((e) => ('literal' in e ? e.literal : `${e.given} ${e.family}`)).join(', ')
    : settings.title;

const conceptsByTitle = async (language: string) =>
  (await getCollection('concepts')).sort((a, b) => a.data.title.localeCompare(b.data.title, language));

async function home(): Promise<HomePage> {
  const settings = await getSettings();
  const papers = (await getCollection('papers')).sort((a, b) => b.data.issued.localeCompare(a.data.issued));
  return {
    page: 'home',
    meta: await pageMeta({
      path: '',
      title: settings.title,
      description: settings.description,
      card: { kicker: 'Annotated readings', subtitle: settings.description },
      websiteAuthor: websiteAuthor(settings),
    }),
    papers: papers.map((p) => ({
      href: paperUrl(p.id),
      title: p.data.title,
      byline: p.data.authors.map((a) => `${a.given} ${a.family}`).join(', '),
      series: seriesLabel(p.data) ?? p.data.genre,
      issued: p.data.issued,
      dateText: formatIsoDate(p.data.issued),
      publisher: p.data.publisher,
    })),
    concepts: await conceptsByTitle(settings.language),
    entityCount: (await getCollection('entities')).length,
    categories: settings.categories,
  };
}

async function glossary(): Promise<GlossaryPage> {
  const settings = await getSettings();
  const concepts = await conceptsByTitle(settings.language);
  const letterOf = (title: string) => title.normalize('NFD').charAt(0).toLocaleUpperCase(settings.language);
  const byLetter = Map.groupBy(concepts, (c) => letterOf(c.data.title));
  const description = `${String(concepts.length)} concepts with short definitions, listed A–Z and by category.`;
  return {
    page: 'glossary',
    meta: await pageMeta({
      path: kindRow('concept').indexPath,
      title: 'Glossary',
      description,
      card: { kicker: `${settings.title} · Glossary`, subtitle: description },
      websiteAuthor: websiteAuthor(settings),
    }),
    concepts,
    letters: await Promise.all(
      [...byLetter].map(async ([letter, list]) => ({ letter, list: await glossaryList(list) })),
    ),
    categories: settings.categories,
    map: concepts.length <= MAP_LIMIT ? await mapView(concepts) : undefined,
  };
}

async function entities(): Promise<EntitiesPage> {
  const settings = await getSettings();
  // People are listed by surname, as an index for citing is (names are written given name first,
  // so the surname is the last word: Chang, Dumas, Hegseth, …); other entries by their name.
  const sortKey = (e: { data: { name: string; kind: string } }) =>
    e.data.kind === 'person' ? `${e.data.name.split(/\s+/).at(-1) ?? ''} ${e.data.name}` : e.data.name;
  const all = (await getCollection('entities')).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  const row = kindRow('entity');
  const description =
    'The people, organisations, documents and events the papers name, with their roles at the time.';
  const groups = [
    { kind: 'person', title: 'People' },
    { kind: 'organisation', title: 'Organisations' },
    { kind: 'document', title: 'Documents' },
    { kind: 'event', title: 'Events' },
  ] as const;
  return {
    page: 'entities',
    meta: await pageMeta({
      path: row.indexPath,
      title: row.indexTitle,
      description,
      card: { kicker: `${settings.title} · ${row.indexTitle}`, subtitle: description },
      websiteAuthor: websiteAuthor(settings),
    }),
    groups: groups.map((g) => ({ ...g, list: all.filter((e) => e.data.kind === g.kind) })),
  };
}

async function plain(page: PlainPage['page']): Promise<PlainPage> {
  const settings = await getSettings();
  const conceptCount = (await getCollection('concepts')).length;
  const pages = {
    search: {
      path: 'search/',
      title: 'Search',
      description: 'Search the annotated papers and the glossary.',
      card: { kicker: settings.title, subtitle: 'Search the annotated papers and the glossary.' },
    },
    exports: {
      path: 'exports/',
      title: 'Downloads',
      description: `The glossary’s ${String(conceptCount)} concepts as JSON, as SKOS in Turtle and as CSV, to reuse in other tools.`,
      card: {
        kicker: `${settings.title} · Downloads`,
        title: 'The glossary as data',
        subtitle: 'Every concept with its definition, relations and sources, as JSON, CSV and SKOS (Turtle).',
      },
    },
    '404': {
      path: '404/',
      title: 'Page not found',
      description: 'This address does not lead to a page of this site.',
      indexed: false,
      card: { kicker: settings.title, subtitle: 'This address does not lead to a page of this site.' },
    },
  } as const;
  return { page, meta: await pageMeta(pages[page]), conceptCount };
}

const builders = {
  home,
  glossary,
  entities,
  search: () => plain('search'),
  exports: () => plain('exports'),
  '404': () => plain('404'),
};

/** Which listing page. */
export type ListingName = keyof typeof builders;

/** The record of one listing page, once per build. */
export function listingPage<K extends ListingName>(
  name: K,
): Promise<Awaited<ReturnType<(typeof builders)[K]>>> {
  return perBuild(
    `listing-${name}`,
    builders[name] as () => Promise<Awaited<ReturnType<(typeof builders)[K]>>>,
  );
}

/** Every listing page. */
export const listingPages = (): Promise<ListingPage[]> =>
  Promise.all((Object.keys(builders) as ListingName[]).map((name) => listingPage(name)));
