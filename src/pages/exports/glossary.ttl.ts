/** The glossary as a SKOS concept scheme in Turtle, for thesaurus tools. */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildDate, canonical } from '../../lib/cite-records.ts';
import { glossaryTurtle, gatherExportInput } from '../../lib/exports.ts';
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
  return new Response(glossaryTurtle(input), { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });
};
