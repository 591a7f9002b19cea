/** The glossary as JSON: every concept with its relations (both directions), sources and uses. */
import type { APIRoute } from 'astro';
import { glossaryJson } from '../../lib/exports/glossary.ts';
import { exportInput } from '../../lib/astro/export-input.ts';

export const GET: APIRoute = async ({ site }) => {
  const input = await exportInput(site);
  return new Response(glossaryJson(input), { headers: { 'Content-Type': 'application/json' } });
};
