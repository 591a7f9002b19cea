/** Shapes shared by the importers: what a source tells about itself, and what could not be converted. */
import type { Root } from 'mdast';

/** An author as the paper's frontmatter records one. */
export interface MetaAuthor {
  /** Family name. */
  family: string;
  /** Given names. */
  given: string;
  /** Author note as printed with the original, without the name. */
  bio?: string | undefined;
}

/** The bibliographic record as far as the source carries it; a missing field becomes a TODO. */
export interface PaperMeta {
  /** Title as published. */
  title?: string | undefined;
  /** Authors in the published order. */
  authors: MetaAuthor[];
  /** Kind of publication ("Commentary"). */
  genre?: string | undefined;
  /** Series the paper appeared in. */
  series?: string | undefined;
  /** Number within the series. */
  number?: string | undefined;
  /** Publication date, YYYY-MM-DD. */
  issued?: string | undefined;
  /** Why the date needs checking (for example: a Word file's creation date). */
  issuedCheck?: string | undefined;
  /** Publishing institution. */
  publisher?: string | undefined;
  /** Place of the publisher. */
  publisherPlace?: string | undefined;
  /** Publisher's page of the original. */
  url?: string | undefined;
  /** BCP 47 language tag. */
  language?: string | undefined;
  /** Rights notice, verbatim. */
  rights?: string | undefined;
  /** Contact address for reproduction requests. */
  rightsContact?: string | undefined;
  /** Disclaimer printed with the original. */
  disclaimer?: string | undefined;
  /** Postal address lines printed at the foot of the original. */
  publisherAddress: string[];
  /** Where each value came from ("citation_author", "the byline", "the Word file's properties"). */
  from: Partial<Record<MetaField, string>>;
  /** Values two sources gave differently, for the editor to settle. */
  conflicts: string[];
}

/** The fields of the record whose source the summary names. */
export type MetaField =
  | 'title'
  | 'authors'
  | 'issued'
  | 'publisher'
  | 'url'
  | 'genre'
  | 'series'
  | 'number'
  | 'language'
  | 'rights';

/** A block of the source's main text, with its place in the source. */
export interface SourceBlock {
  /** "line:column", or a block number for Word files. */
  where: string;
  /** Its text. */
  text: string;
}

/** Something the importer left for the editor, with its place in the source. */
export interface Unconverted {
  /** Where in the source: "line:column", or a block number for Word files. */
  where: string;
  /** What it is and what to do ("a table of 3 rows: add it by hand or delete this line"). */
  what: string;
}

/** What one source format hands to the common steps. */
export interface Imported {
  /** The body as Markdown/MDX tree (Notes and FigureNotes already as MDX elements). */
  tree: Root;
  /** The record as far as the source carries it. */
  meta: PaperMeta;
  /** What was left as a TODO line in the body. */
  unconverted: Unconverted[];
  /** Facts for the report (images not reproduced, links without a target…). */
  remarks: string[];
  /** The source's main text, block by block, that the output is compared with. */
  source: SourceBlock[];
  /** The address relative links are resolved against (`--url`, canonical, og:url). */
  base?: string | undefined;
}

/** An empty record. */
export const emptyMeta = (): PaperMeta => ({ authors: [], publisherAddress: [], from: {}, conflicts: [] });

/** Splits a written name ("Jun Yan Chang", "Chang, Jun Yan") into family and given names. */
export function splitName(name: string): MetaAuthor {
  const clean = name.replace(/\s+/g, ' ').trim();
  const comma = clean.indexOf(',');
  if (comma > 0) return { family: clean.slice(0, comma).trim(), given: clean.slice(comma + 1).trim() };
  const words = clean.split(' ');
  const family = words.pop() ?? clean;
  return { family, given: words.join(' ') || 'TODO-given-names' };
}

/** A date as YYYY-MM-DD when the text gives year, month and day; otherwise undefined. */
export function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const numeric = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  const parsed = numeric
    ? new Date(Date.UTC(Number(numeric[1]), Number(numeric[2]) - 1, Number(numeric[3])))
    : /\b\d{1,2}\s+\p{L}+\s+\d{4}\b|\b\p{L}+\s+\d{1,2},?\s+\d{4}\b/u.test(text)
      ? new Date(`${text.replace(/(\d)(st|nd|rd|th)\b/, '$1')} UTC`)
      : undefined;
  if (!parsed || Number.isNaN(parsed.getTime())) return undefined;
  return parsed.toISOString().slice(0, 10);
}
