/**
 * The parts several pages show, built from the shared indexes once per build: "How to cite",
 * Sources, a concept's comparisons, relations and map, its uses in the papers, a glossary list.
 * Components render these records as they are given.
 */
import type { CollectionEntry } from 'astro:content';
import { styleCitations, styleRequests, type StyleCitation } from '../citations/box.ts';
import { prefetchCitations } from '../citations/cached.ts';
import type { SiteItem } from '../citations/types.ts';
import { cachedConceptMap, type CachedMap } from '../graph/cached-map.ts';
import type { ConceptMapOptions } from '../graph/concept-map.ts';
import { relationsIndexed, titlesOf, type ConceptRelations } from '../graph/relations.ts';
import { isLocalAddress } from '../model/local-address.ts';
import { allConcepts, perBuild } from '../astro/collections.ts';
import { citedWorks } from '../astro/cited-works.ts';
import { occurrencesOf } from '../astro/facts.ts';
import { getCollection } from 'astro:content';
import { siteUrl } from './meta.ts';

/** One work in "How to cite", formatted in every offered style. */
export interface CiteRecord {
  /** Heading for this record ("The original paper: …", "This annotated edition: …"). */
  label: string;
  /** Short explanation shown under the heading. */
  note?: string;
  item: SiteItem;
  /** Site path of the download files without the suffix, named for the work ("concepts/power/glossa-power"). */
  files: string;
  /** Other downloads of the work, after the citation files (the paper's e-book). */
  more?: { href: string; label: string }[];
  /** The citation in each style. */
  styles: StyleCitation[];
}

/** "How to cite": its records, and the address the citations point to when the build is a local preview. */
export interface CiteBoxView {
  records: CiteRecord[];
  /** Set on a build without a public address: the local address every citation gives. */
  preview: string | undefined;
}

/** "How to cite" for `records`, each formatted in every style (through the build cache). */
export async function citeBox(records: readonly Omit<CiteRecord, 'styles'>[]): Promise<CiteBoxView> {
  const site = await siteUrl();
  // Made on the citation threads, all of the page's at once; then read from the cache.
  await prefetchCitations(records.flatMap((r) => styleRequests(r.item)));
  return {
    records: records.map((r) => ({ ...r, styles: styleCitations(r.item) })),
    preview: isLocalAddress(site) ? new URL(import.meta.env.BASE_URL, site).href : undefined,
  };
}

/** One work an entry relies on: its reference in the site's style (citeproc HTML), pinpoint and note. */
export type SourceView = CollectionEntry<'concepts'>['data']['sources'][number] & { html: string };

/** The Sources of an entry, formatted in one citeproc run. */
export async function sourcesView(
  sources: CollectionEntry<'concepts'>['data']['sources'],
): Promise<SourceView[]> {
  const works = await citedWorks(sources.map((s) => s.ref));
  // citeproc escapes every field and adds only its own <i>/<b>/<span> tags.
  return sources.map((s) => ({ ...s, html: works[s.ref]?.html ?? '' }));
}

/** A side-by-side comparison (content/contrasts) with the two concepts it compares. */
export interface ContrastView {
  entry: CollectionEntry<'contrasts'>;
  left: CollectionEntry<'concepts'>;
  right: CollectionEntry<'concepts'>;
}

/** Every comparison by id, for `<Contrast id>` in MDX and on concept pages. */
export const contrastViews = (): Promise<ReadonlyMap<string, ContrastView>> =>
  perBuild('contrast-views', async () => {
    const byId = new Map((await allConcepts()).map((c) => [c.id, c]));
    const views = new Map<string, ContrastView>();
    for (const entry of await getCollection('contrasts')) {
      const [left, right] = entry.data.concepts.map((id) => byId.get(id));
      if (!left || !right)
        throw new Error(`content/contrasts/${entry.id}.yaml compares a concept that does not exist.`);
      views.set(entry.id, { entry, left, right });
    }
    return views;
  });

/** A concept's relations in both directions, with the titles to show. */
export interface RelationsView {
  relations: ConceptRelations;
  title: ReadonlyMap<string, string>;
}

/** A laid-out concept map, its relations as sentences and the titles of its concepts. */
export interface MapView extends CachedMap {
  titles: ReadonlyMap<string, string>;
  focus?: string | undefined;
}

const titles = (): Promise<ReadonlyMap<string, string>> =>
  perBuild('concept-titles', async () => titlesOf(await allConcepts()));

/** A concept map of `concepts` (through the build cache). */
export async function mapView(
  concepts: readonly CollectionEntry<'concepts'>[],
  options: ConceptMapOptions = {},
): Promise<MapView> {
  return { ...cachedConceptMap(concepts, options), titles: await titles(), focus: options.focus };
}

/** The parts of a concept page that other kinds lack: comparisons, relations, the map of its neighbourhood. */
export interface ConceptPartsView {
  contrasts: ContrastView[];
  relations: RelationsView;
  /** Absent when the concept has no relation to draw. */
  map: MapView | undefined;
}

/** A concept's comparisons, relations and map. */
export async function conceptParts(id: string): Promise<ConceptPartsView> {
  const all = await allConcepts();
  const relations = relationsIndexed(id, all);
  const hasRelations = Object.values(relations).some((list) => list.length > 0);
  const contrasts = [...(await contrastViews()).values()].filter((c) => c.entry.data.concepts.includes(id));
  return {
    contrasts,
    relations: { relations, title: await titles() },
    map: hasRelations ? await mapView(all, { focus: id }) : undefined,
  };
}

/** A concept in a glossary list, with the papers that use it. */
export interface GlossaryItem {
  c: CollectionEntry<'concepts'>;
  papers: CollectionEntry<'papers'>[];
}

/** A glossary list: each concept with its papers, and whether the site has more than one paper. */
export interface GlossaryListView {
  items: GlossaryItem[];
  manyPapers: boolean;
}

/** The glossary list of `concepts`. */
export async function glossaryList(
  concepts: readonly CollectionEntry<'concepts'>[],
): Promise<GlossaryListView> {
  const manyPapers = (await getCollection('papers')).length > 1;
  const items = await Promise.all(
    concepts.map(async (c) => ({ c, papers: (await occurrencesOf('concept', c.id)).map((o) => o.paper) })),
  );
  return { items, manyPapers };
}
