/** The content every glossary export is built from, read from the collections (Astro side of exports.ts). */
import { getCollection, getEntry } from 'astro:content';
import { buildDate, canonical } from './records.ts';
import { gatherExportInput } from '../exports/glossary.ts';
import { occurrencesOf } from './facts.ts';
import { getSettings } from './settings.ts';
import { conceptUrl, withBase } from './urls.ts';

/** Input of glossaryJson / glossaryTurtle / glossaryCsv for a site address. */
export async function exportInput(site: URL | undefined) {
  return gatherExportInput({
    site: await getSettings(),
    siteUrl: canonical(withBase(''), site),
    glossaryUrl: canonical(withBase('concepts/'), site),
    conceptUrl: (id) => canonical(conceptUrl(id), site),
    concepts: await getCollection('concepts'),
    source: async (ref) => (await getEntry('bibliography', ref))?.data,
    occurrences: occurrencesOf,
    generated: buildDate,
  });
}
