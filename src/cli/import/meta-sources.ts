/**
 * Where the record came from. A page's meta tags are read first (they are the publisher's own
 * statement); the byline, date and title Readability reads from the page's text fill what they
 * lack, and differ from them only as a conflict the summary names for the editor to settle.
 */
import type { MetaField, PaperMeta } from './types.ts';
import { isoDate, splitName } from './types.ts';

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Names in a byline ("By Ada Example and Ben Sample"), or none when it reads like a sentence. */
export function bylineNames(byline: string): string[] {
  const text = byline
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '')
    .replace(/\s*[·|•–—].*$/, '');
  if (text.split(' ').length > 12) return [];
  return text.split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter((n) => /^\p{Lu}/u.test(n));
}

/** Adds a value from a second source: fills a gap, or records a conflict when it differs. */
export function second(
  meta: PaperMeta,
  field: Extract<MetaField, 'title' | 'issued' | 'publisher'>,
  value: string | undefined,
  label: string,
): void {
  if (!value) return;
  const current = meta[field];
  if (!current) {
    meta[field] = value;
    meta.from[field] = label;
  } else if (!norm(current).includes(norm(value)) && !norm(value).includes(norm(current)))
    meta.conflicts.push(`${field}: "${current}" (${meta.from[field] ?? 'source'}) but "${value}" (${label})`);
}

/** Authors from a byline: fills a gap, or records a conflict when the names differ; false on a conflict. */
export function bylineAuthors(meta: PaperMeta, names: string[], label: string): boolean {
  if (names.length === 0) return false;
  if (meta.authors.length === 0) {
    meta.authors.push(...names.map(splitName));
    meta.from.authors = label;
    return true;
  }
  const known = meta.authors.map((a) => norm(a.family));
  const unknown = names.filter((n) => !known.some((f) => norm(n).includes(f)));
  if (unknown.length === 0) return true;
  meta.conflicts.push(
    `authors: ${meta.authors.map((a) => `${a.given} ${a.family}`).join(', ')} (${meta.from.authors ?? 'source'}) but ${names.join(', ')} (${label})`,
  );
  return false;
}

/** Readability's byline, date, title and site name, as a second source. */
export function readabilityMeta(
  meta: PaperMeta,
  found: {
    byline?: string | undefined;
    publishedTime?: string | undefined;
    title?: string | undefined;
    siteName?: string | undefined;
  },
): void {
  if (found.byline) bylineAuthors(meta, bylineNames(found.byline), 'the byline on the page');
  second(meta, 'issued', isoDate(found.publishedTime), 'the date on the page');
  second(meta, 'title', found.title, 'the page title');
  second(meta, 'publisher', found.siteName, 'the site name');
}

/** The summary lines: each value's source, then the conflicts. */
export function metaSummary(meta: PaperMeta): string[] {
  const fields = Object.entries(meta.from).map(([field, label]) => `${field} from ${label}`);
  return [
    ...(fields.length > 0 ? [`record: ${fields.join('; ')}`] : []),
    ...meta.conflicts.map((c) => `⚠ conflict, check the original: ${c}`),
  ];
}
