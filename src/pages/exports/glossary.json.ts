/** The glossary as JSON: every concept with its relations (both directions), sources and uses. */
import type { APIRoute } from 'astro';
import { glossaryJson } from '../../lib/exports/glossary.ts';
import { glossaryExport } from '../../lib/pages/exports.ts';

export const GET: APIRoute = async () => {
  const input = await glossaryExport();
  return new Response(glossaryJson(input), { headers: { 'Content-Type': 'application/json' } });
};
