/**
 * The bibliographic record a publisher's page carries in its head: Highwire `citation_*` tags
 * (what Google Scholar reads), Dublin Core `DC.*`/`dcterms.*`, Open Graph `og:*`/`article:*` and
 * schema.org JSON-LD. Earlier vocabularies win: they are the most specific about scholarly works.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { emptyMeta, isoDate, splitName, type PaperMeta } from './types.ts';
import { languageTag } from './paper-file.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** All `<meta>` values by lower-cased name or property, in document order. */
function metaTags(tree: Root): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const el of selectAll('meta', tree)) {
    const key = str(el.properties['name']) ?? str(el.properties['property']);
    const content = str(el.properties['content']);
    if (!key || !content) continue;
    const k = key.toLowerCase();
    tags.set(k, [...(tags.get(k) ?? []), content]);
  }
  return tags;
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** The first schema.org creative work (Article, Report, ScholarlyArticle…) in the page's JSON-LD. */
function jsonLdWork(tree: Root): Json | undefined {
  for (const script of selectAll('script[type="application/ld+json"]', tree)) {
    let data: unknown;
    try {
      data = JSON.parse(toString(script));
    } catch {
      continue;
    }
    const items = list(asObject(data)?.['@graph'] ?? data).map(asObject);
    const work = items.find((i) => /Article|Report|CreativeWork|Posting/.test(String(i?.['@type'] ?? '')));
    if (work) return work;
  }
  return undefined;
}

const nameOf = (v: unknown): string | undefined => str(v) ?? str(asObject(v)?.['name']);

/** Reads the record from the whole document (`<head>` and JSON-LD). */
export function metaFromHtml(tree: Root): PaperMeta {
  const tags = metaTags(tree);
  const first = (...names: string[]) => names.map((n) => tags.get(n)?.[0]).find(Boolean);
  const ld = jsonLdWork(tree);
  const meta = emptyMeta();
  meta.title =
    first('citation_title', 'dc.title', 'dcterms.title') ??
    str(ld?.['headline']) ??
    str(ld?.['name']) ??
    first('og:title');
  const names = tags.get('citation_author') ?? tags.get('dc.creator') ?? tags.get('dcterms.creator');
  const ldAuthors = list(ld?.['author']).map((a) => {
    const o = asObject(a);
    const family = str(o?.['familyName']);
    const given = str(o?.['givenName']);
    return family && given ? { family, given } : nameOf(a);
  });
  if (names) meta.authors = names.map(splitName);
  else for (const a of ldAuthors) if (a) meta.authors.push(typeof a === 'string' ? splitName(a) : a);
  meta.issued = isoDate(
    first('citation_publication_date', 'citation_date', 'dc.date', 'dcterms.issued', 'dcterms.date') ??
      str(ld?.['datePublished']) ??
      first('article:published_time'),
  );
  meta.publisher =
    first(
      'citation_publisher',
      'citation_technical_report_institution',
      'dc.publisher',
      'dcterms.publisher',
    ) ??
    nameOf(ld?.['publisher']) ??
    first('og:site_name');
  meta.series =
    first('citation_series_title', 'dc.relation.ispartof', 'dcterms.ispartof') ?? nameOf(ld?.['isPartOf']);
  meta.number = first('citation_technical_report_number', 'citation_issue') ?? str(ld?.['reportNumber']);
  meta.genre = first('dc.type', 'dcterms.type') ?? str(ld?.['genre']) ?? str(ld?.['articleSection']);
  const canonical = select('link[rel~="canonical"]', tree)?.properties['href'];
  meta.url =
    first(
      'citation_public_url',
      'citation_abstract_html_url',
      'citation_fulltext_html_url',
      'dc.identifier',
      'og:url',
    ) ??
    str(ld?.['url']) ??
    str(canonical);
  if (meta.url && !/^https?:\/\//.test(meta.url)) meta.url = undefined;
  meta.rights = first('dc.rights', 'dcterms.rights', 'copyright') ?? str(ld?.['copyrightNotice']);
  const html = select('html', tree) as Element | undefined;
  meta.language = languageTag(
    first('citation_language', 'dc.language', 'dcterms.language') ??
      str(ld?.['inLanguage']) ??
      str(html?.properties['lang']),
  );
  return meta;
}
