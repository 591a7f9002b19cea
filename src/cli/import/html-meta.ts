/**
 * The bibliographic record a publisher's page carries in its head: Highwire `citation_*` tags
 * (what Google Scholar reads), Dublin Core `DC.*`/`dcterms.*`, Open Graph `og:*`/`article:*` and
 * schema.org JSON-LD. Earlier vocabularies win: they are the most specific about scholarly works.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { emptyMeta, isoDate, splitName, type MetaField, type PaperMeta } from './types.ts';
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

/** Reads the record from the whole document (`<head>` and JSON-LD), noting where each value came from. */
export function metaFromHtml(tree: Root): PaperMeta {
  const tags = metaTags(tree);
  const tag = (n: string): [string, string | undefined] => [n, tags.get(n)?.[0]];
  const ld = jsonLdWork(tree);
  const meta = emptyMeta();
  /** The first candidate with a value; its label is recorded as the value's source. */
  const pick = (field: MetaField, ...candidates: [string, string | undefined][]) => {
    const hit = candidates.find(([, v]) => v);
    if (hit) meta.from[field] = hit[0];
    return hit?.[1];
  };
  meta.title = pick(
    'title',
    tag('citation_title'),
    tag('dc.title'),
    tag('dcterms.title'),
    ['JSON-LD headline', str(ld?.['headline'])],
    ['JSON-LD name', str(ld?.['name'])],
    tag('og:title'),
  );
  const authorTag = ['citation_author', 'dc.creator', 'dcterms.creator'].find((n) => tags.has(n));
  const ldAuthors = list(ld?.['author']).map((a) => {
    const o = asObject(a);
    const family = str(o?.['familyName']);
    const given = str(o?.['givenName']);
    return family && given ? { family, given } : nameOf(a);
  });
  if (authorTag) {
    meta.authors = (tags.get(authorTag) ?? []).map(splitName);
    meta.from.authors = authorTag;
  } else {
    for (const a of ldAuthors) if (a) meta.authors.push(typeof a === 'string' ? splitName(a) : a);
    if (meta.authors.length > 0) meta.from.authors = 'JSON-LD author';
  }
  meta.issued = isoDate(
    pick(
      'issued',
      tag('citation_publication_date'),
      tag('citation_date'),
      tag('dc.date'),
      tag('dcterms.issued'),
      tag('dcterms.date'),
      ['JSON-LD datePublished', str(ld?.['datePublished'])],
      tag('article:published_time'),
    ),
  );
  if (!meta.issued) delete meta.from.issued;
  meta.publisher = pick(
    'publisher',
    tag('citation_publisher'),
    tag('citation_technical_report_institution'),
    tag('dc.publisher'),
    tag('dcterms.publisher'),
    ['JSON-LD publisher', nameOf(ld?.['publisher'])],
    tag('og:site_name'),
  );
  meta.series = pick(
    'series',
    tag('citation_series_title'),
    tag('dc.relation.ispartof'),
    tag('dcterms.ispartof'),
    ['JSON-LD isPartOf', nameOf(ld?.['isPartOf'])],
  );
  meta.number = pick('number', tag('citation_technical_report_number'), tag('citation_issue'), [
    'JSON-LD reportNumber',
    str(ld?.['reportNumber']),
  ]);
  meta.genre = pick(
    'genre',
    tag('dc.type'),
    tag('dcterms.type'),
    ['JSON-LD genre', str(ld?.['genre'])],
    ['JSON-LD articleSection', str(ld?.['articleSection'])],
  );
  const canonical = str(select('link[rel~="canonical"]', tree)?.properties['href']);
  const web = (v: string | undefined) => (v && /^https?:\/\//.test(v) ? v : undefined);
  meta.url = pick(
    'url',
    ...(
      [
        tag('citation_public_url'),
        tag('citation_abstract_html_url'),
        tag('citation_fulltext_html_url'),
        tag('dc.identifier'),
        tag('og:url'),
        ['JSON-LD url', str(ld?.['url'])],
        ['<link rel=canonical>', canonical],
      ] as [string, string | undefined][]
    ).map(([n, v]): [string, string | undefined] => [n, web(v)]),
  );
  meta.rights = pick('rights', tag('dc.rights'), tag('dcterms.rights'), tag('copyright'), [
    'JSON-LD copyrightNotice',
    str(ld?.['copyrightNotice']),
  ]);
  const html = select('html', tree) as Element | undefined;
  meta.language = languageTag(
    pick(
      'language',
      tag('citation_language'),
      tag('dc.language'),
      tag('dcterms.language'),
      ['JSON-LD inLanguage', str(ld?.['inLanguage'])],
      ['<html lang>', str(html?.properties['lang'])],
    ),
  );
  if (!meta.language) delete meta.from.language;
  return meta;
}

/** The address relative links resolve against: `<base href>`, else canonical, else og:url. */
export function baseAddress(tree: Root): string | undefined {
  const base = str(select('base[href]', tree)?.properties['href']);
  const canonical = str(select('link[rel~="canonical"]', tree)?.properties['href']);
  const og = metaTags(tree).get('og:url')?.[0];
  return [base, canonical, og].find((v) => v && /^https?:\/\//.test(v));
}
