/** The works the site cites, as its Sources lists and the glossary exports show them (Astro side of exports/). */
import { getCollection, getEntry } from 'astro:content';
import { formatBibliography } from '../citations/cached.ts';
import { originalPaperRecord, paperKey, sourceRecord } from '../citations/records.ts';
import type { CitedWork } from '../exports/glossary.ts';
import { getSettings } from './collections.ts';

/** The works `refs` as the site's Sources lists show them, formatted in one citeproc run. */
export async function citedWorks(refs: readonly string[]): Promise<Record<string, CitedWork>> {
  const settings = await getSettings();
  // A paper on this site is on the shelf under its citation key, with the record its frontmatter gives.
  const papers = new Map((await getCollection('papers')).map((p) => [paperKey(p.data), p]));
  const records = await Promise.all(
    [...new Set(refs)].map(async (ref) => {
      const paper = papers.get(ref);
      if (paper) return originalPaperRecord(paper.data);
      const entry = await getEntry('bibliography', ref);
      if (!entry) throw new Error(`Unknown source "${ref}" (the content check should have caught this).`);
      return sourceRecord(ref, entry.data);
    }),
  );
  const formatted = new Map(
    (await formatBibliography(records, settings.referenceStyle, { links: true })).map((f) => [f.id, f]),
  );
  return Object.fromEntries(
    records.map((r) => {
      const f = formatted.get(r.id);
      return [r.id, { title: r.title, reference: f?.text ?? r.title, html: f?.html ?? '' }];
    }),
  );
}
