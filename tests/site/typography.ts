/**
 * Typography of a built page: the words a reader sees (text, and the attributes that are read out
 * or drawn: aria-label, aria-description, title, alt, placeholder, the card's data-text) use
 * curly quotes and apostrophes, as the paper does. Code, preformatted text, scripts and styles
 * keep their straight quotes, and so do <meta> values (read by machines: Zotero, search engines).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

const literal = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'textarea', 'meta']);
// hast names known attributes in camelCase (ariaLabel) and keeps newer ones as written (aria-description).
const readAttributes = new Set([
  'arialabel',
  'ariadescription',
  'title',
  'alt',
  'placeholder',
  'datatext',
  'datalabel',
]);

/** Each text or attribute of `html` that a reader sees with a straight quote or apostrophe. */
export function straightQuotes(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'text') {
      if (/['"]/.test(node.value)) found.push(node.value.trim());
      return;
    }
    if (node.type === 'element') {
      if (literal.has((node as Element).tagName)) return;
      for (const [name, value] of Object.entries(node.properties)) {
        if (!readAttributes.has(name.toLowerCase().replaceAll('-', ''))) continue;
        if (typeof value === 'string' && /['"]/.test(value)) found.push(`${name}="${value}"`);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  return found;
}
