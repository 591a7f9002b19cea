/**
 * Finds the article in a saved web page with Mozilla Readability, the engine of Firefox Reader
 * View, run on linkedom's DOM: it scores the page's blocks by their prose and leaves out what is
 * around the article (navigation, sidebars, related links, comments). `--selector` chooses the
 * element instead when Readability picks the wrong one. Every element carries its place in the
 * source through the round trip (`data-glossa-at`), so that what is later left out can be named.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toHtml } from 'hast-util-to-html';
import { select, selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';

/** The attribute that carries an element's place in the source through Readability. */
export const placeAttribute = 'dataGlossaAt';

/** What the extractor found. */
export interface MainText {
  /** The article's element (its children are the article). */
  article: Element;
  /** How it was found, for the report. */
  how: string;
  /** Readability's reading of the byline, date, title and site, when it found them. */
  byline?: string | undefined;
  publishedTime?: string | undefined;
  title?: string | undefined;
  siteName?: string | undefined;
}

/** Marks every element of `tree` with its line:column in the source. */
export function markPlaces(tree: Root): void {
  for (const el of selectAll('*', tree)) {
    const start = el.position?.start;
    if (start) el.properties[placeAttribute] = `${String(start.line)}:${String(start.column)}`;
  }
}

const clean = (v: string | null | undefined) => (v && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined);

/** The article of the page `tree` (places already marked), by `selector` or by Readability. */
export function mainText(tree: Root, selector?: string): MainText | { error: string } {
  if (selector) {
    const chosen = select(selector, tree);
    if (!chosen) return { error: `no element matches --selector "${selector}"` };
    return { article: chosen, how: `--selector "${selector}": <${chosen.tagName}> at ${where(chosen)}` };
  }
  const { document } = parseHTML(toHtml(tree));
  // linkedom's Document implements what Readability reads; its types are its own.
  const found = new Readability(document as unknown as Document, { keepClasses: true }).parse();
  const html = found?.content;
  if (!html) return { error: 'Readability found no article text in the page' };
  const fragment = unified().use(rehypeParse, { fragment: true }).parse(html);
  const article: Element = { type: 'element', tagName: 'div', properties: {}, children: [] };
  // Readability wraps the article in <div id="readability-page-1">; the article is inside it.
  const page = select('#readability-page-1', fragment);
  article.children = page ? page.children : (fragment.children as Element['children']);
  const first = selectAll('[data-glossa-at]', article)[0];
  return {
    article,
    how: `Mozilla Readability chose the text starting at ${first ? where(first) : 'the top of the page'}`,
    byline: clean(found.byline),
    publishedTime: clean(found.publishedTime),
    title: clean(found.title),
    siteName: clean(found.siteName),
  };
}

/** An element's place in the source, as line:column. */
export function where(el: Element): string {
  const marked = el.properties[placeAttribute];
  if (typeof marked === 'string') return marked;
  return `${String(el.position?.start.line ?? 0)}:${String(el.position?.start.column ?? 0)}`;
}
