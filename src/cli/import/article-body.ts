/**
 * Finds the article in a publisher's page and leaves out the page around it: navigation, share
 * buttons, related-article lists, cookie banners, forms and scripts.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { select, selectAll, matches } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Elements that are the page around an article, never its text. */
export const chrome = [
  'nav, header, footer, aside, form, script, style, noscript, template, button, dialog, link, meta',
  '[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [role=search]',
  '[hidden], [aria-hidden=true]',
  '[class*=share], [class*=social], [class*=related], [class*=cookie], [class*=consent], [class*=newsletter]',
  '[class*=subscribe], [class*=advert], [class*=promo], [class*=breadcrumb], [class*=byline], [class*=tags]',
  '[id*=share], [id*=related], [id*=cookie], [id*=consent], [id*=newsletter]',
].join(', ');

/** Length of the text of an element's direct paragraphs: where an article's prose is. */
const prose = (el: Element) =>
  el.children.reduce((n, c) => n + (c.type === 'element' && c.tagName === 'p' ? toString(c).length : 0), 0);

const longest = (els: Element[], score: (e: Element) => number) =>
  els.reduce<Element | undefined>((best, el) => (!best || score(el) > score(best) ? el : best), undefined);

/** The article: `[itemprop=articleBody]`, else the largest `<article>`, `<main>`, else the largest block of prose. */
export function articleBody(tree: Root): Element | undefined {
  return (
    select('[itemprop~=articleBody]', tree) ??
    longest(selectAll('article', tree), (e) => toString(e).length) ??
    select('main, [role=main]', tree) ??
    longest(selectAll('div, section, td', tree), prose)
  );
}

/** Removes every chrome element under `el`. */
export function dropChrome(el: Element): void {
  const keep = (c: ElementContent | RootContent): boolean =>
    !(c.type === 'element' && matches(chrome, c)) && c.type !== 'comment';
  const walk = (node: Element) => {
    node.children = node.children.filter(keep);
    for (const c of node.children) if (c.type === 'element') walk(c);
  };
  walk(el);
}

/** A map from each node to its parent, for the few steps that must look upwards. */
export function parentsOf(tree: Root | Element): Map<ElementContent, Element | Root> {
  const map = new Map<ElementContent, Element | Root>();
  const walk = (node: Element | Root) => {
    for (const c of node.children) {
      map.set(c as ElementContent, node);
      if (c.type === 'element') walk(c);
    }
  };
  walk(tree);
  return map;
}
