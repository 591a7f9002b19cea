/** The content every glossary export is built from, read from the collections (Astro side of exports/). */
import { getCollection, getEntry } from 'astro:content';
import { formatBibliography } from '../citations/cached.ts';
import { originalPaperRecord, paperKey, sourceRecord } from '../citations/records.ts';
import type { CitedWork, ExportInput } from '../exports/glossary.ts';
import { usesOf } from '../exports/glossary.ts';
import { getSettings } from './collections.ts';
import { occurrencesOf } from './facts.ts';
import { canonical, entryUrl, withBase } from './urls.ts';

// The date the glossary files were made (moved here from records.ts: citation records no
// longer carry a build date, issue #15).
const buildDate = new Date().toISOString().slice(0, 10);

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
    formatBibliography(records, settings.referenceStyle, { links: true }).map((f) => [f.id, f]),
  );
  return Object.fromEntries(
    records.map((r) => {
      const f = formatted.get(r.id);
      return [r.id, { title: r.title, reference: f?.text ?? r.title, html: f?.html ?? '' }];
    }),
  );
}

/** Input of glossaryJson / glossaryTurtle / glossaryCsv for a site address. */
export async function exportInput(site: URL | undefined): Promise<ExportInput> {
  const concepts = await getCollection('concepts');
  const usedIn = await Promise.all(
    concepts.map(async (c) => [c.id, usesOf(await occurrencesOf('concept', c.id))]),
  );
  return {
    site: await getSettings(),
    siteUrl: canonical(withBase(''), site),
    glossaryUrl: canonical(withBase('concepts/'), site),
    conceptUrl: (id) => canonical(entryUrl('concept', id), site),
    concepts,
    bibliography: await citedWorks(concepts.flatMap((c) => c.data.sources.map((s) => s.ref))),
    usedIn: Object.fromEntries(usedIn),
    generated: buildDate,
  };
}
