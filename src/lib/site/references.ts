/**
 * Plain reference lines for the sources list on concept pages (author, year, title, details).
 * The "how to cite this page" citations are a separate concern, formatted by a CSL processor.
 */
import type { SourceData } from '../model/schemas.ts';

/** A reference split into parts so the title can be italicised or quoted by the page. */
export interface ReferenceParts {
  /** "Snyder, G. H." style author list, or undefined for authorless documents. */
  authors?: string | undefined;
  /** Year or full date. */
  date: string;
  /** The title. */
  title: string;
  /** True when the title is a whole work (italics), false for an article in a container. */
  standalone: boolean;
  /** Everything after the title: container, volume, pages, publisher, place, note. */
  details: string;
}

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
export function formatIssued(source: Pick<SourceData, 'issued'>): string {
  const [year, month, day] = source.issued['date-parts'][0];
  if (month === undefined) return String(year);
  const m = months[month - 1] ?? '';
  return day === undefined ? `${m} ${String(year)}` : `${String(day)} ${m} ${String(year)}`;
}

/** Splits a bibliography record into display parts. */
export function referenceParts(source: SourceData): ReferenceParts {
  const authors = source.author
    ?.map((a) => ('literal' in a ? a.literal : `${a.given} ${a.family}`))
    .join(', ');
  const container = [
    source['container-title'],
    source.volume && `vol. ${source.volume}`,
    source.issue && `no. ${source.issue}`,
    source.number && `No. ${source.number}`,
    source.page && `pp. ${source.page}`,
  ].filter(Boolean);
  const imprint = [source['publisher-place'], source.publisher].filter(Boolean).join(': ');
  const details = [container.join(', '), imprint, source.note].filter(Boolean).join('. ');
  return {
    authors,
    date: formatIssued(source),
    title: source.title,
    standalone: source.type !== 'article-journal' && source.type !== 'chapter',
    details,
  };
}

/** Formats a YYYY-MM-DD date as "25 March 2025". */
export function formatIsoDate(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return formatIssued({ issued: { 'date-parts': [[y, m, d]] } });
}
