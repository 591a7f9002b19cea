/**
 * What each style needs from a record. One record describes each work (it is what the
 * downloads, the meta tags and Zotero hold); a few styles need it shaped differently to follow
 * their manual, and the differences live here, as data, not as edits of formatted strings.
 */
import type { CslStyleId } from './citeproc.ts';
import type { SiteItem } from './types.ts';
import { seriesCitation } from '../model/paper-label.ts';

// MLA 9: "When a work is published by an organization that is also its author, skip the
// author element and begin the entry with the title" (MLA Handbook 9th ed., 2021, p. 119);
// the in-text citation then uses the title ("Musketeer Principle").
function withoutGroupAuthor(item: SiteItem): SiteItem {
  const [only, ...rest] = item.author;
  if (!only || rest.length > 0 || !('literal' in only) || only.literal !== item['container-title'])
    return item;
  return { ...item, author: [] };
}

// MLA 9 prints a numbered paper's series and number as one element, "IDSS Paper 039/2025"
// (the number element, Handbook 5.77-5.79); the style prints genre and number apart
// ("IDSS Paper, 039/2025"), so the record joins them.
function seriesAsNumber(item: SiteItem): SiteItem {
  if (item.type !== 'report' || !item.genre || !item.number) return item;
  const { genre, ...rest } = item;
  return { ...rest, number: seriesCitation({ series: genre, number: item.number }) ?? item.number };
}

// CMOS 17 14.241 (reports and working papers): the series and number follow the title; the
// Chicago notes styles print them from collection-title/-number and print a report's `number`
// only for patents and legal documents.
function seriesAsCollection(item: SiteItem): SiteItem {
  if (item.type !== 'report' || !item.genre || !item.number) return item;
  const { genre, number, ...rest } = item;
  return { ...rest, 'collection-title': genre, 'collection-number': number };
}

/** The record as `style` needs it (APA and Chicago author-date take it as it is). */
export function recordForStyle(item: SiteItem, style: CslStyleId): SiteItem {
  if (style === 'modern-language-association') return seriesAsNumber(withoutGroupAuthor(item));
  if (style === 'chicago-note-bibliography' || style === 'chicago-fullnote-bibliography') {
    return seriesAsCollection(item);
  }
  return item;
}
