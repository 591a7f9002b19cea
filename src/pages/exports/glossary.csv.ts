/** The glossary as CSV (RFC 4180, UTF-8 with BOM): one row per concept, for spreadsheets and flashcards. */
import type { APIRoute } from 'astro';
import { glossaryCsv } from '../../lib/exports/csv.ts';
import { exportInput } from '../../lib/astro/export-input.ts';

export const GET: APIRoute = async ({ site }) => {
  const input = await exportInput(site);
  return new Response(glossaryCsv(input), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
