/** The glossary as CSV (RFC 4180, UTF-8 with BOM): one row per concept, for spreadsheets and flashcards. */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildDate, canonical } from '../../lib/cite-records.ts';
import { glossaryCsv, gatherExportInput } from '../../lib/exports.ts';
import { occurrencesOf } from '../../lib/occurrences.ts';
import { getSettings } from '../../lib/settings.ts';
import { conceptUrl, withBase } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const input = await gatherExportInput({
    site: await getSettings(),
    siteUrl: canonical(withBase(''), site),
    glossaryUrl: canonical(withBase('concepts/'), site),
    conceptUrl: (id) => canonical(conceptUrl(id), site),
    concepts: await getCollection('concepts'),
    source: async (ref) => (await getEntry('bibliography', ref))?.data,
    occurrences: occurrencesOf,
    generated: buildDate,
  });
  return new Response(glossaryCsv(input), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
