/**
 * Leaves out what surrounds the text inside an article (Readability has already left out the
 * page around it, src/cli/import/main-text.ts): navigation, share and download buttons, related
 * lists, cookie banners, forms, scripts, edit links, permalinks and tables of contents.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { matches } from 'hast-util-select';
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

/** Site furniture inside an article: edit links, tables of contents, download and call-to-action buttons. */
export const furniture = [
  '.mw-editsection, .mw-jump-link, .noprint, .navbox, .toc, #toc, [role=doc-toc], .table-of-contents',
  '[class*=download], [class*=call-to-action], [class~=cta], [class*=donate], [class*=print-button]',
].join(', ');

/** An element left out, for the report. */
export interface Dropped {
  /** The element. */
  el: Element;
  /** What it is, in a few words. */
  what: string;
}

const describe = (el: Element) => {
  const text = toString(el).replace(/\s+/g, ' ').trim();
  return `<${el.tagName}> “${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
};

/** Removes every chrome and furniture element under `el`; returns those that held words. */
export function dropChrome(el: Element): Dropped[] {
  const dropped: Dropped[] = [];
  const keep = (c: ElementContent | RootContent): boolean => {
    if (c.type === 'comment') return false;
    if (c.type !== 'element') return true;
    // A permalink (¶, #, §) beside a heading is the page's furniture, not its words.
    if (matches('a[href^="#"]', c) && /^[¶#§🔗]?$/u.test(toString(c).trim())) return false;
    if (!(matches(chrome, c) || matches(furniture, c) || tableOfContents(c))) return true;
    if (toString(c).trim() && !/^(script|style|template|link|meta|noscript)$/.test(c.tagName))
      dropped.push({ el: c, what: tableOfContents(c) ? 'a table of contents' : describe(c) });
    return false;
  };
  const walk = (node: Element) => {
    node.children = node.children.filter(keep);
    // The heading of a table of contents that was dropped goes with it.
    node.children = node.children.filter((c, i) => {
      if (c.type !== 'element' || !/^h[1-6]$/.test(c.tagName)) return true;
      if (!/^(table of )?contents$/i.test(toString(c).trim())) return true;
      const next = node.children.slice(i + 1).find((n) => n.type === 'element');
      if (next && !/^h[1-6]$/.test(next.tagName)) return true;
      dropped.push({ el: c, what: describe(c) });
      return false;
    });
    for (const c of node.children) if (c.type === 'element') walk(c);
  };
  walk(el);
  return dropped;
}

/** A list of three or more items whose words are all links within the page: a table of contents. */
function tableOfContents(el: Element): boolean {
  if (el.tagName !== 'ul' && el.tagName !== 'ol' && el.tagName !== 'div') return false;
  const list =
    el.tagName === 'div' ? el.children.find((c) => c.type === 'element' && /^(ul|ol)$/.test(c.tagName)) : el;
  if (!list || list.type !== 'element' || toString(el).trim() !== toString(list).trim()) return false;
  const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  if (items.length < 3) return false;
  const linked = (n: ElementContent): string =>
    n.type === 'element' && n.tagName === 'a' && String(n.properties['href'] ?? '').startsWith('#')
      ? ''
      : n.type === 'element'
        ? n.children.map(linked).join('')
        : n.type === 'text'
          ? n.value
          : '';
  return items.every((li) => linked(li).trim() === '');
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
