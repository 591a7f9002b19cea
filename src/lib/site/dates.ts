/** Dates in the site's long form ("25 March 2025"). */
import type { CslDate } from '../model/schemas.ts';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats the CSL date of a record: "1961", "October 2022" or "4 April 1949". */
export function formatIssued(source: { issued: CslDate }): string {
  const [year, month, day] = source.issued['date-parts'][0];
  if (month === undefined) return String(year);
  const m = months[month - 1] ?? '';
  return day === undefined ? `${m} ${String(year)}` : `${String(day)} ${m} ${String(year)}`;
}

/** Formats a YYYY-MM-DD date as "25 March 2025". */
export function formatIsoDate(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return formatIssued({ issued: { 'date-parts': [[y, m, d]] } });
}
