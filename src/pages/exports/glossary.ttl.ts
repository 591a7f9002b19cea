/** The glossary as a SKOS concept scheme in Turtle, for thesaurus tools. */
import type { APIRoute } from 'astro';
import { glossaryTurtle } from '../../lib/exports/skos.ts';
import { exportInput } from '../../lib/astro/export-input.ts';

export const GET: APIRoute = async ({ site }) => {
  const input = await exportInput(site);
  return new Response(glossaryTurtle(input), { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });
};
