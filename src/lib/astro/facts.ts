/**
 * Where each concept is used, across all papers. Each paper is rendered once (Astro caches the
 * compiled module) and its occurrences are grouped by concept once per build, so a concept page
 * is a lookup, not a scan of every paper.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Occurrence } from '../../plugins/remark/remark-concepts.ts';

/** The occurrences of one concept in one paper. */
export interface PaperOccurrences {
  paper: CollectionEntry<'papers'>;
  occurrences: Occurrence[];
}

let cache: Promise<Map<string, PaperOccurrences[]>> | undefined;
// In `astro dev` papers change under a running server: collect afresh on every page.
const fresh = (): Promise<Map<string, PaperOccurrences[]>> =>
  import.meta.env.DEV ? collect() : (cache ??= collect());

async function collect(): Promise<Map<string, PaperOccurrences[]>> {
  const byConcept = new Map<string, PaperOccurrences[]>();
  const papers = (await getCollection('papers')).sort((a, b) => a.data.issued.localeCompare(b.data.issued));
  for (const paper of papers) {
    const { remarkPluginFrontmatter } = await render(paper);
    const found =
      (remarkPluginFrontmatter['glossa'] as { occurrences: Occurrence[] } | undefined)?.occurrences ?? [];
    const grouped = Map.groupBy(found, (o) => `${o.kind}:${o.concept}`);
    for (const [concept, occurrences] of grouped) {
      const list = byConcept.get(concept) ?? [];
      list.push({ paper, occurrences });
      byConcept.set(concept, list);
    }
  }
  return byConcept;
}

/** Occurrences of a concept (or, with kind "Entity", an entity), grouped by paper in publication order. */
export async function occurrencesOf(id: string, kind = 'Concept'): Promise<PaperOccurrences[]> {
  return (await fresh()).get(`${kind}:${id}`) ?? [];
}

/** Ids of the concepts used in a paper. */
export async function conceptsInPaper(paperId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [key, lists] of await fresh()) {
    if (key.startsWith('Concept:') && lists.some((l) => l.paper.id === paperId))
      ids.push(key.slice('Concept:'.length));
  }
  return ids;
}
