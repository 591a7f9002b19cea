/**
 * What Zotero saves from a page and hands to citeproc: the item its Embedded Metadata translator
 * makes from the page's tags (CitationMeta.astro writes them), and Zotero's mapping of that item
 * to CSL-JSON. Only the tags and fields Glossa's pages use are mapped, as Zotero maps them:
 * Highwire `citation_*` over Dublin Core, `DC.type` as the item type of an entry or the report
 * type of a report, `eprints.place_of_pub` as the place, the page's host as "Library Catalog"
 * (CSL `source`). The access date, a reader's own, is left out.
 */
import type { CslItem, CslName } from './types.ts';

/** A `<meta name content>` of a page. */
export interface MetaTag {
  name: string;
  content: string;
}

/** A Zotero item: its type, creators and fields, in Zotero's field names. */
export interface ZoteroItem {
  itemType: 'report' | 'encyclopediaArticle' | 'webpage';
  creators: ({ firstName: string; lastName: string } | { name: string })[];
  [field: string]: unknown;
}

/** The item Zotero's Embedded Metadata translator saves from a page with these tags. */
export function embeddedMetadataItem(tags: readonly MetaTag[], pageUrl: string): ZoteroItem {
  const one = (name: string) => tags.find((t) => t.name.toLowerCase() === name.toLowerCase())?.content;
  const all = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);
  const institution = one('citation_technical_report_institution');
  const type = one('DC.type');
  const itemType = institution
    ? 'report'
    : type === 'encyclopediaArticle'
      ? 'encyclopediaArticle'
      : 'webpage';
  const authors = all('citation_author').length > 0 ? all('citation_author') : all('DC.creator');
  // "Family, Given" is split at the comma; a name without one stays one field (an organisation).
  const creators = authors.map((a) => {
    const [last, first] = a.split(/,\s*/, 2);
    return first === undefined ? { name: a } : { lastName: last ?? '', firstName: first };
  });
  const title = one('citation_title') ?? one('DC.title') ?? '';
  const item: ZoteroItem = { itemType, creators, title };
  const set = (field: string, value: string | undefined) => {
    if (value !== undefined && value !== '') item[field] = value;
  };
  // Zotero's short title: the title before its colon, when there is one.
  if (title.includes(':')) set('shortTitle', title.slice(0, title.indexOf(':')).trim());
  set('date', one('citation_date') ?? one('DC.date'));
  set('url', one('citation_public_url') ?? pageUrl);
  set('language', one('citation_language') ?? one('DC.language'));
  set('abstractNote', one('citation_abstract'));
  set('libraryCatalog', new URL(pageUrl).host);
  if (itemType === 'report') {
    set('institution', institution);
    set('reportNumber', one('citation_technical_report_number'));
    set('reportType', type);
    set('place', one('eprints.place_of_pub'));
  } else if (itemType === 'encyclopediaArticle') {
    set('encyclopediaTitle', one('DC.source') ?? one('prism.publicationName'));
    set('publisher', one('DC.publisher'));
  } else {
    set('websiteTitle', one('og:site_name'));
  }
  return item;
}

// Zotero's item-type and field mapping to CSL (zotero-schema's "csl" section, the fields used here).
const cslTypes: Record<ZoteroItem['itemType'], CslItem['type']> = {
  report: 'report',
  encyclopediaArticle: 'entry-encyclopedia',
  webpage: 'webpage',
};
const cslFields: Record<string, string> = {
  title: 'title',
  shortTitle: 'title-short',
  institution: 'publisher',
  publisher: 'publisher',
  place: 'publisher-place',
  reportType: 'genre',
  reportNumber: 'number',
  encyclopediaTitle: 'container-title',
  websiteTitle: 'container-title',
  url: 'URL',
  language: 'language',
  abstractNote: 'abstract',
  libraryCatalog: 'source',
};

/** The CSL-JSON Zotero hands to citeproc for `item`. */
export function zoteroToCsl(item: ZoteroItem, id = 'zotero'): CslItem {
  const csl: Record<string, unknown> = { id, type: cslTypes[item.itemType] };
  for (const [field, value] of Object.entries(item)) {
    const variable = cslFields[field];
    if (variable && typeof value === 'string') csl[variable] = value;
  }
  csl['author'] = item.creators.map((c): CslName =>
    'name' in c ? { literal: c.name } : { family: c.lastName, given: c.firstName },
  );
  if (typeof item['date'] === 'string')
    csl['issued'] = { 'date-parts': [item['date'].split(/[-/]/).map(Number)] };
  return csl as unknown as CslItem;
}
