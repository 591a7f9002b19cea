/** The glossary as a SKOS concept scheme in Turtle, for thesaurus tools. */
import type { APIRoute } from 'astro';
import { glossaryTurtle } from '../../lib/exports/skos.ts';
import { glossaryExport } from '../../lib/pages/exports.ts';

export const GET: APIRoute = async () => {
  const input = await glossaryExport();
  return new Response(glossaryTurtle(input), { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });
};
