/** schema.org JSON-LD for search engines, from the same CSL record as every other citation form. */
import type { SiteItem } from './types.ts';
import { plainInline } from '../model/typography.ts';

/** What an entry's JSON-LD needs beyond its record. */
export interface EntryLdContext {
  /** Canonical URL of the kind's index page (the defined-term set of a concept). */
  glossaryUrl: string;
  siteTitle: string;
  language: string;
}

/** The entry as its kind says: a concept is a DefinedTerm, a who's-who entry a Person, Organization or CreativeWork. */
export function entryJsonLd(
  e:
    | { kind: 'concept'; entry: { data: { aliases: string[]; short: string } } }
    | { kind: 'entity'; entry: { data: { aliases: string[]; short: string; kind: string } } },
  item: SiteItem,
  context: EntryLdContext,
): Record<string, unknown> {
  const { aliases } = e.entry.data;
  const short = plainInline(e.entry.data.short);
  const alternate = aliases.length ? { alternateName: aliases } : {};
  if (e.kind === 'entity') {
    const types: Record<string, string> = { person: 'Person', organisation: 'Organization' };
    return {
      '@context': 'https://schema.org',
      '@type': types[e.entry.data.kind] ?? 'CreativeWork',
      '@id': item.URL,
      name: item.title,
      ...alternate,
      description: short,
    };
  }
  const [y = 0, m = 1, d = 1] = item.issued['date-parts'][0];
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': item.URL,
    url: item.URL,
    name: item.title,
    ...alternate,
    description: short,
    inDefinedTermSet: {
      '@type': 'DefinedTermSet',
      '@id': context.glossaryUrl,
      name: `${context.siteTitle}: glossary`,
    },
    dateModified: [y, m, d].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-'),
    inLanguage: context.language,
  };
}

/** The original paper as a schema.org Report. */
export function reportJsonLd(item: SiteItem): Record<string, unknown> {
  const [y = 0, m = 1, d = 1] = item.issued['date-parts'][0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: item.title,
    author: item.author.map((a) =>
      'literal' in a
        ? { '@type': 'Organization', name: a.literal }
        : { '@type': 'Person', givenName: a.given, familyName: a.family },
    ),
    datePublished: [y, m, d].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-'),
    ...(item.publisher ? { publisher: { '@type': 'Organization', name: item.publisher } } : {}),
    ...(item.number ? { reportNumber: item.number } : {}),
    url: item.URL,
    inLanguage: item.language,
  };
}
