/** CSL-JSON types: the records every citation, reference list, download and meta tag is made from. */
import type { CslDate, SourceData } from '../model/schemas.ts';
import type { SiteData } from '../model/site-schema.ts';

/** A name in CSL-JSON: family and given, or one literal name for an organisation. */
export type CslName = SiteData['editors'][number];

// The date type is the schema's (model/), so that dates in site/ need nothing from citations/.
export type { CslDate };

/** The CSL-JSON variables the site's records use (a subset of the CSL 1.0.2 schema). */
export interface CslItem extends Partial<Omit<SourceData, 'type' | 'author' | 'issued'>> {
  /** Item id, unique within one bibliography. */
  id: string;
  /** CSL item type. */
  type: SourceData['type'] | 'entry-encyclopedia';
  /** Title as published. */
  title: string;
  /** Main title without the subtitle, for short notes and MLA in-text titles. */
  'title-short'?: string;
  /** Authors; an organisation is a `literal` name. */
  author?: CslName[] | undefined;
  /** Editors, when known. */
  editor?: CslName[];
  /** Kind of work: "IDSS Paper" for the original, "Annotated edition" for the edition. */
  genre?: string;
  /** Date of this version. */
  issued: CslDate;
  /** Date of the first publication, for a republished text. */
  'original-date'?: CslDate;
  /** Summary of the work (the paper's synopsis, an entry's short text). */
  abstract?: string;
  /** Series of a numbered paper, for the Chicago notes styles ("IDSS Paper"). */
  'collection-title'?: string;
  /** Number within `collection-title` ("039/2025"). */
  'collection-number'?: string;
  /** BCP 47 tag of the text. */
  language?: string;
}

/** A record of a page of this site or of a paper it republishes: always authored, addressed, in a language. */
export interface SiteItem extends CslItem {
  type: 'entry-encyclopedia' | 'webpage' | 'report';
  author: CslName[];
  URL: string;
  language: string;
}
