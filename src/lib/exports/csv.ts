/** The glossary as CSV (RFC 4180), for spreadsheets and flashcard apps. */
import { buildGlossary, type ExportInput } from './glossary.ts';

/** Columns of the CSV file, in order, with what each holds (shown on the downloads page). */
export const csvColumns = [
  { name: 'id', description: 'Permanent identifier of the concept (its URL segment).' },
  { name: 'title', description: 'The term: use it as the front of a flashcard.' },
  { name: 'aliases', description: 'Other names for the term, separated by "; ".' },
  { name: 'short', description: 'The short definition: use it as the back of a flashcard.' },
  { name: 'category', description: 'Category id; one word, so it works as a flashcard tag.' },
  { name: 'broader', description: 'Ids of wider concepts, separated by "; ".' },
  { name: 'related', description: 'Ids of related concepts, both directions, separated by "; ".' },
  { name: 'contrasts_with', description: 'Ids of contrasting concepts, both directions, separated by "; ".' },
  { name: 'url', description: 'Address of the concept page.' },
] as const;

/**
 * One CSV field per RFC 4180: quoted (quotes doubled) when it holds a comma, quote or line break.
 * A field a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return)
 * gets a leading single quote and quotes, per OWASP's CSV injection guidance.
 */
export function csvField(value: string): string {
  if (/^[=+\-@\t\r]/.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV file: UTF-8 with a byte order mark, a header row, CRLF after every record. */
export function glossaryCsv(input: ExportInput): string {
  const join = (values: readonly string[]) => values.join('; ');
  const rows = buildGlossary(input).concepts.map((c) => [
    c.id,
    c.title,
    join(c.aliases),
    c.short,
    c.category.id,
    join(c.relations.broader),
    join(c.relations.related),
    join(c.relations.contrastsWith),
    c.url,
  ]);
  const records = [csvColumns.map((c) => c.name), ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`);
  return `\uFEFF${records.join('')}`;
}
