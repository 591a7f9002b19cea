/**
 * The e-book of one paper as one typed record: everything the book holds, gathered from the same
 * records the site's pages read (src/lib/pages/book.ts) and turned into files by `epubFiles`.
 */
import type { EntryKind } from '../model/kinds.ts';
import type { SectionFact } from '../paper/facts.ts';

/** One style's citation of a work, as formatted by citeproc (HTML with <i>/<b> only). */
export interface BookCitation {
  /** The style's name with its edition ("APA (7th ed.)"). */
  name: string;
  /** What the style calls its list ("Reference list"). */
  listName: string;
  /** The entry in that list (citeproc's HTML). */
  reference: string;
  /** The in-text citation or the notes, each with its label (citeproc's HTML). */
  forms: { label: string; html: string }[];
}

/** A work the reader may cite, with its citation in every offered style. */
export interface BookCitable {
  /** Heading ("This annotated edition: …"). */
  label: string;
  /** When to cite it. */
  note: string;
  citations: BookCitation[];
}

/** A glossary or who's-who entry as the book holds it. */
export interface BookEntry {
  kind: EntryKind;
  id: string;
  /** The display name. */
  title: string;
  /** The short definition (inline text: `*Title*` italics, straight quotes). */
  short: string;
  /** The entry's text as the site renders it (HTML of its MDX body). */
  html: string;
  /** Absolute URL of the version the book holds (its permanent page when it has one). */
  url: string;
  /** Date of that version (YYYY-MM-DD). */
  version: string;
}

/** The book of one paper. */
export interface BookRecord {
  /** The paper's id (the file is <id>.epub). */
  id: string;
  /** BCP 47 language of the paper. */
  lang: string;
  /** BCP 47 language of the site's own words: the glossary, the who's who, the citations' labels. */
  siteLang: string;
  title: string;
  /** The authors: as printed ("Jun Yan Chang") and as filed ("Chang, Jun Yan"). */
  creators: { name: string; fileAs: string }[];
  /** The edition's publisher (the site's). */
  publisher: string;
  /** The edition's date (YYYY-MM-DD). */
  date: string;
  /** The latest date of anything the book holds (the edition, its entries' versions). */
  modified: string;
  /** The stable identifier: the edition's canonical URL. */
  identifier: string;
  /** The original publication's URL. */
  source: string;
  /** The synopsis, as the book's description. */
  description?: string | undefined;
  /** The lines above the title ("IDSS Paper No. 039/2025 · 25 March 2025"). */
  kicker: string;
  /** The publication line ("Commentary, Institute …, Singapore."). */
  publication: string;
  disclaimer?: string | undefined;
  /** The editor's note about the edition (inline text). */
  editionNote?: string | undefined;
  /** The paper's sections (h2 and h3), for the table of contents. */
  sections: SectionFact[];
  /** The paper's body as the site renders it (HTML of the compiled MDX). */
  body: string;
  /** Author notes: name and biography. */
  authorNotes: { name: string; bio: string }[];
  /** The publisher's rights statement, verbatim. */
  rights: string;
  /** The address in the rights statement that becomes a mailto link, if any. */
  rightsContact?: string | undefined;
  /** The licence of the annotations and glossary (the site's). */
  license: string;
  /** The publisher's postal address, line by line. */
  address: string[];
  /** "How to cite": the original paper and this edition. */
  cite: BookCitable[];
  /** The glossary: the concepts the paper marks, then related ones it does not name. */
  glossary: { heading?: string | undefined; entries: BookEntry[] }[];
  /** The who's who: the people, organisations and documents the paper names. */
  people: BookEntry[];
  /** The site's public address and base path, for links from the book to the site. */
  site: URL;
  base: string;
  /** A local preview build (no public address set): its citations and links point to localhost. */
  preview: boolean;
}
