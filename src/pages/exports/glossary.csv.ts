/** The glossary as CSV (RFC 4180, UTF-8 with BOM): one row per concept, for spreadsheets and flashcards. */
import type { APIRoute } from 'astro';
import { glossaryCsv } from '../../lib/exports/csv.ts';
import { glossaryExport } from '../../lib/pages/exports.ts';

export const GET: APIRoute = async () => {
  const input = await glossaryExport();
  return new Response(glossaryCsv(input), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
