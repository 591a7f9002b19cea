/**
 * Every work the site cites or offers to cite has one CSL-JSON record, built here: an entry (a
 * concept, a who's-who entry), the annotated edition of a paper, the original paper, and each
 * source on the shelf. Formatting (citeproc-js with the official CSL styles) is in `citeproc.ts`;
 * BibTeX, RIS and CSL-JSON files in `export.ts`. Build time only: nothing here ships to the browser.
 */
import type { PaperData, SourceData } from '../model/schemas.ts';
import type { SiteData } from '../model/site-schema.ts';
import { slugify } from '../model/ids.ts';
import { latestRevision } from '../model/revisions.ts';

import type { CslDate, CslItem, CslName, SiteItem } from './types.ts';

/** The site settings a citation needs. */
export type CitationSite = Pick<SiteData, 'title' | 'publisher' | 'editors' | 'language'>;

/** Input of `entryRecord`. */
export interface EntryRecordInput {
  /** Entry id, used as the item id. */
  id: string;
  /** The entry's display name and revision history. */
  entry: { title: string; revisions: readonly { date: string; note?: string }[] };
  /** Site settings. */
  site: CitationSite;
  /** Permanent (absolute) URL of the version cited: /concepts/<id>/<date>/. */
  url: string;
  /** Date of the version cited (one of the revision dates); default the latest. */
  version?: string | undefined;
  /** The entry's short text, as the record's abstract. */
  abstract?: string | undefined;
}

/** Input of `paperEditionRecord`. */
export interface EditionRecordInput {
  /** Item id of the edition (distinct from the original's). */
  id: string;
  /** The paper's frontmatter. */
  paper: Pick<PaperData, 'title' | 'titleSentenceCase' | 'authors' | 'issued' | 'created' | 'language'> &
    Partial<Pick<PaperData, 'revisions'>>;
  /** Site settings. */
  site: CitationSite;
  /** Canonical (absolute) URL of the annotated paper page, or of the version cited. */
  url: string;
  /** Date of the edition's version cited (default its latest revision). */
  version?: string | undefined;
}

/** Turns YYYY-MM-DD into CSL date-parts. */
export function cslDate(iso: string): CslDate {
  const parts = iso.split('-').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n))) {
    throw new Error(`Expected a date written YYYY-MM-DD, found "${iso}".`);
  }
  return { 'date-parts': [parts] };
}

const authorsOf = (paper: Pick<PaperData, 'authors'>): CslName[] =>
  paper.authors.map(({ family, given }) => ({ family, given }));

// Short notes and MLA in-text citations drop the subtitle: "Joining the Dots".
const shortTitle = (title: string): string | undefined => {
  const main = title.split(/:\s/)[0]?.trim();
  return main && main !== title ? main : undefined;
};

// APA 7, MLA 9 and CMOS 17 all leave out a publisher that merely repeats the author or the
// site's name ("In Glossa. Glossa."), so the record carries the publisher only when it names
// someone else.
const publisherOf = (site: CitationSite): { publisher?: string } =>
  site.publisher.trim().toLowerCase() === site.title.trim().toLowerCase()
    ? {}
    : { publisher: site.publisher };

/**
 * The title as CSL wants it: sentence case, the form APA 7 prints (§6.17) and the one Zotero
 * stores; MLA and Chicago title-case it themselves for an English item. The published title
 * stays in the frontmatter; `titleSentenceCase` is the editor's sentence-case form of it, since
 * only a person knows which words are proper nouns.
 */
const titleOf = (paper: Pick<PaperData, 'title' | 'titleSentenceCase'>): string =>
  paper.titleSentenceCase ?? paper.title;

// No `accessed` anywhere: a build date is nobody's access date, and every record here is dated,
// so no style prints one (APA asks for a retrieval date only for undated pages that change).

/**
 * An entry (concept or who's who) as an entry in an online reference work: the site is the container, its
 * editors the authors, or the site itself as group author while it names none; the date and the
 * URL are those of the version cited, a fixed text (APA 7: an archived, dated version needs no
 * retrieval date).
 */
export function entryRecord({ id, entry, site, url, version, abstract }: EntryRecordInput): SiteItem {
  const date = version ?? latestRevision(entry.revisions);
  if (!entry.revisions.some((r) => r.date === date)) {
    throw new Error(
      `"${id}" has no revision dated ${date}; its revisions are ${entry.revisions.map((r) => r.date).join(', ')}.`,
    );
  }
  return {
    id,
    type: 'entry-encyclopedia',
    title: entry.title,
    author: site.editors.length > 0 ? [...site.editors] : [{ literal: site.title }],
    'container-title': site.title,
    ...publisherOf(site),
    issued: cslDate(date),
    ...(abstract ? { abstract } : {}),
    URL: url,
    language: site.language,
  };
}

/**
 * The annotated edition of a paper. The words are the paper's author's, so the author stays the
 * author; what the site adds is the edition, so the item is a web page in the site (container),
 * dated when the edition appeared, with the original's date as `original-date`. That is how the
 * guides treat a republished text: APA 7 "(Original work published 2025)" and in-text
 * "(Chang, 2025/2026)", CMOS 17 "(2025) 2026", MLA 9 the original date after the title.
 * The site's editors, when it names any, are the edition's editors; "Annotated edition" is the
 * genre (APA prints it as the bracketed description). Not `report`: the edition is not the
 * publisher's numbered paper, and citing it as such would send readers to the wrong version.
 */
export function paperEditionRecord({ id, paper, site, url, version }: EditionRecordInput): SiteItem {
  const title = titleOf(paper);
  const short = shortTitle(title);
  return {
    id,
    type: 'webpage',
    title,
    ...(short ? { 'title-short': short } : {}),
    author: authorsOf(paper),
    ...(site.editors.length > 0 ? { editor: [...site.editors] } : {}),
    'container-title': site.title,
    genre: 'Annotated edition',
    ...publisherOf(site),
    // The edition changes (notes, marks, headings): it is cited at a version, by default its latest.
    issued: cslDate(version ?? (paper.revisions?.length ? latestRevision(paper.revisions) : paper.created)),
    'original-date': cslDate(paper.issued),
    // Zotero drops `original-date` on import but keeps this line in Extra and hands it back to
    // citeproc as the variable (citeproc-js reads it the same way), so the date survives.
    note: `original-date: ${paper.issued}`,
    URL: url,
    language: paper.language,
  };
}

/** The citation key of a paper's original: its `citationKey`, else "family-year" of its first author ("chang-2025"). */
export function paperKey(paper: Pick<PaperData, 'authors' | 'issued' | 'citationKey'>): string {
  return paper.citationKey ?? `${slugify(paper.authors[0]?.family ?? 'paper')}-${paper.issued.slice(0, 4)}`;
}

/**
 * The original paper as the publisher issued it: a report whose kind is the series ("IDSS
 * Paper") and whose number is the paper number, the Zotero and CSL convention for numbered
 * papers. The id defaults to "family-year" ("chang-2025"), its key on the source shelf (`paperKey`).
 */
export function originalPaperRecord(
  paper: PaperData,
  options: { id?: string; abstract?: string | undefined } = {},
): SiteItem {
  const title = titleOf(paper);
  const short = shortTitle(title);
  return {
    id: options.id ?? paperKey(paper),
    type: 'report',
    title,
    ...(short ? { 'title-short': short } : {}),
    author: authorsOf(paper),
    genre: paper.series ?? paper.genre,
    ...(paper.number ? { number: paper.number } : {}),
    publisher: paper.publisher,
    'publisher-place': paper.publisherPlace,
    issued: cslDate(paper.issued),
    ...(options.abstract ? { abstract: options.abstract } : {}),
    URL: paper.url,
    language: paper.language,
  };
}

/** A source on the shelf (content/bibliography.yaml) as a CSL-JSON item. */
export function sourceRecord(id: string, source: SourceData): CslItem {
  return { id, ...source };
}
