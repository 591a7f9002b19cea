/**
 * The facts of every paper, as the MDX pipeline recorded them (src/lib/paper/facts.ts), read from
 * the compiled papers once per build and indexed by entry: a concept page is a lookup, not a scan.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { entryKey, type Occurrence, type PaperFacts } from '../paper/facts.ts';
import type { EntryKind } from '../model/kinds.ts';
import { perBuild } from './collections.ts';

/** The occurrences of one entry in one paper. */
export interface PaperOccurrences {
  paper: CollectionEntry<'papers'>;
  occurrences: Occurrence[];
}

/** A paper with its facts. */
export interface PaperWithFacts {
  paper: CollectionEntry<'papers'>;
  facts: PaperFacts;
}

/** The facts of one paper, or of a published version of its edition (compiling it if needed: Astro caches the module). */
export async function factsOfPaper(paper: CollectionEntry<'papers' | 'archive'>): Promise<PaperFacts> {
  const { remarkPluginFrontmatter } = await render(paper);
  const facts = remarkPluginFrontmatter['glossa'] as PaperFacts | undefined;
  if (!facts) throw new Error(`The paper "${paper.id}" was compiled without Glossa's remark plugins.`);
  return facts;
}

/** Every paper with its facts, in publication order. */
const papersWithFacts = (): Promise<PaperWithFacts[]> =>
  perBuild('papers-with-facts', async () => {
    const papers = (await getCollection('papers')).sort((a, b) => a.data.issued.localeCompare(b.data.issued));
    return Promise.all(papers.map(async (paper) => ({ paper, facts: await factsOfPaper(paper) })));
  });

const byEntry = (): Promise<Map<string, PaperOccurrences[]>> =>
  perBuild('occurrences-by-entry', async () => {
    const map = new Map<string, PaperOccurrences[]>();
    for (const { paper, facts } of await papersWithFacts()) {
      const inOrder = [...facts.occurrences].sort((a, b) => a.order - b.order);
      for (const [key, occurrences] of Map.groupBy(inOrder, (o) => entryKey(o.kind, o.id))) {
        map.set(key, [...(map.get(key) ?? []), { paper, occurrences }]);
      }
    }
    return map;
  });

/** Occurrences of an entry, grouped by paper in publication order. */
export async function occurrencesOf(kind: EntryKind, id: string): Promise<PaperOccurrences[]> {
  return (await byEntry()).get(entryKey(kind, id)) ?? [];
}
