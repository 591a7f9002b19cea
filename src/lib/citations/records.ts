/**
 * How to cite a page of the site: CSL-JSON records for a concept entry, for the annotated
 * edition of a paper and for the original paper. Formatting (citeproc-js with the official CSL
 * styles) is in `citations-format.ts`; BibTeX, RIS and CSL-JSON files in `citations-export.ts`.
 * Build time only: nothing here ships to the browser.
 */
import type { ConceptData, PaperData, SiteData } from '../model/schemas.ts';
import { slugify } from '../model/ids.ts';

export { citationStyles, formatBibliography, formatCitation, apaParagraphCitation } from './citeproc.ts';
export type { CitationStyle, Formatted, FormattedCitation, Locator } from './citeproc.ts';
export { toBibTeX, toRIS, toCslJson } from './export.ts';
export type { BibTeXVariant } from './export.ts';

/** A name in CSL-JSON: family and given, or one literal name for an organisation. */
export type CslName = SiteData['editors'][number];

/** A CSL-JSON date: `date-parts` is [[year, month?, day?]]. */
export interface CslDate {
  /** One date: year, then month and day when known. */
  'date-parts': [number[]];
}

/** The CSL-JSON variables these records use (a subset of the CSL 1.0.2 schema). */
export interface CslItem {
  /** Item id, unique within one bibliography. */
  id: string;
  /** CSL item type. */
  type: 'entry-encyclopedia' | 'webpage' | 'report';
  /** Title as published. */
  title: string;
  /** Main title without the subtitle, for short notes and MLA in-text titles. */
  'title-short'?: string;
  /** Authors; an organisation is a `literal` name. */
  author: CslName[];
  /** Editors, when known. */
  editor?: CslName[];
  /** The work the item is part of: the site for an entry or a page. */
  'container-title'?: string;
  /** Kind of work: "IDSS Paper" for the original, "Annotated edition" for the edition. */
  genre?: string;
  /** Number of a report within its kind ("039/2025"). */
  number?: string;
  /** Publisher or issuing institution. */
  publisher?: string;
  /** Place of the publisher. */
  'publisher-place'?: string;
  /** Date of this version. */
  issued: CslDate;
  /** Date of the first publication, for a republished text. */
  'original-date'?: CslDate;
  /** When the page was consulted (the build date stands in); each style decides whether to print it. */
  accessed?: CslDate;
  /** Address of the cited page. */
  URL: string;
  /** BCP 47 tag of the text. */
  language: string;
}

/** The site settings a citation needs. */
export type CitationSite = Pick<SiteData, 'title' | 'publisher' | 'editors' | 'language'>;

/** Input of `conceptRecord`. */
export interface ConceptRecordInput {
  /** Concept id, used as the item id. */
  id: string;
  /** The concept's frontmatter (title and revision history). */
  concept: Pick<ConceptData, 'title' | 'revisions'>;
  /** Site settings. */
  site: CitationSite;
  /** Canonical (absolute) URL of the concept page. */
  url: string;
  /** Access date YYYY-MM-DD, normally the build date; omitted when undefined. */
  accessed?: string | undefined;
}

/** Input of `paperEditionRecord`. */
export interface EditionRecordInput {
  /** Item id of the edition (distinct from the original's). */
  id: string;
  /** The paper's frontmatter. */
  paper: Pick<PaperData, 'title' | 'authors' | 'issued' | 'created' | 'language'>;
  /** Site settings. */
  site: CitationSite;
  /** Canonical (absolute) URL of the annotated paper page. */
  url: string;
  /** Access date YYYY-MM-DD, normally the build date; omitted when undefined. */
  accessed?: string | undefined;
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

const accessedOf = (accessed: string | undefined): { accessed?: CslDate } =>
  accessed === undefined ? {} : { accessed: cslDate(accessed) };

/**
 * A concept entry as an entry in an online reference work: the site is the container, its
 * editors the authors, or the site itself as group author while it names none; the date is the
 * latest revision, which is the version a reader cites.
 */
export function conceptRecord({ id, concept, site, url, accessed }: ConceptRecordInput): CslItem {
  const latest = concept.revisions.map((r) => r.date).reduce((a, b) => (b > a ? b : a));
  return {
    id,
    type: 'entry-encyclopedia',
    title: concept.title,
    author: site.editors.length > 0 ? [...site.editors] : [{ literal: site.title }],
    'container-title': site.title,
    ...publisherOf(site),
    issued: cslDate(latest),
    ...accessedOf(accessed),
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
export function paperEditionRecord({ id, paper, site, url, accessed }: EditionRecordInput): CslItem {
  const short = shortTitle(paper.title);
  return {
    id,
    type: 'webpage',
    title: paper.title,
    ...(short ? { 'title-short': short } : {}),
    author: authorsOf(paper),
    ...(site.editors.length > 0 ? { editor: [...site.editors] } : {}),
    'container-title': site.title,
    genre: 'Annotated edition',
    ...publisherOf(site),
    issued: cslDate(paper.created),
    'original-date': cslDate(paper.issued),
    ...accessedOf(accessed),
    URL: url,
    language: paper.language,
  };
}

/**
 * The original paper as the publisher issued it: a report whose kind is the series ("IDSS
 * Paper") and whose number is the paper number, the Zotero and CSL convention for numbered
 * papers. The id defaults to "family-year" ("chang-2025"), as in content/bibliography.yaml.
 */
export function originalPaperRecord(
  paper: PaperData,
  options: { id?: string; accessed?: string | undefined } = {},
): CslItem {
  const short = shortTitle(paper.title);
  const first = paper.authors[0]?.family ?? 'paper';
  return {
    id: options.id ?? `${slugify(first)}-${paper.issued.slice(0, 4)}`,
    type: 'report',
    title: paper.title,
    ...(short ? { 'title-short': short } : {}),
    author: authorsOf(paper),
    genre: paper.series ?? paper.genre,
    ...(paper.number ? { number: paper.number } : {}),
    publisher: paper.publisher,
    'publisher-place': paper.publisherPlace,
    issued: cslDate(paper.issued),
    ...accessedOf(options.accessed),
    URL: paper.url,
    language: paper.language,
  };
}
