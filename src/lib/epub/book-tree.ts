/**
 * The paper's text and the entries' texts as the site renders them (the MDX bodies through the
 * site's own components), made into e-book markup. The site draws paragraph and note numbers
 * with CSS and keeps definition cards in attributes; a reading system may apply no CSS, so the
 * numbers become text, the cards go (the glossary holds the definitions), notes become EPUB
 * footnotes, and each link to a page of the site goes to its place in the book, or online.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';

/** Where a link to a page of the site goes in the book. */
export interface BookTarget {
  /** The document and fragment in the book ("glossary.xhtml#concept-power"). */
  href: string;
  /** epub:type of the link (for example "glossref"), if any. */
  type?: string;
}

/** How links and ids are rewritten. */
export interface BookTreeOptions {
  /** The book's target for a site path without fragment ("/concepts/power/"), or undefined. */
  inBook: (path: string) => BookTarget | undefined;
  /** The site's public address (links outside the book become absolute URLs). */
  site: URL;
  /** Prefix for every id and same-document fragment, for texts that share a document. */
  idPrefix?: string;
  /** Set the text's headings as bold paragraphs (an entry inside a glossary list has no outline). */
  headingsAsText?: boolean;
}

const classesOf = (node: Element): string[] => {
  const c = node.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
};
const has = (node: Element, name: string): boolean => classesOf(node).includes(name);

// The site's web-only parts: the card (the glossary replaces it), heading permalinks, a
// paragraph's cite-and-link box, and anything that would run or style the page.
const dropped = (node: Element): boolean =>
  ['script', 'style', 'link', 'button', 'template'].includes(node.tagName) ||
  ['g-card', 'g-anchor', 'g-pin'].some((c) => has(node, c));
// Wrappers the site needs for layout only.
const unwrapped = (node: Element): boolean => has(node, 'g-heading') || has(node, 'g-term');

function rewriteLink(node: Element, options: BookTreeOptions, prefix: string): void {
  const href = node.properties['href'];
  if (typeof href !== 'string') return;
  // A same-document fragment keeps to its text's ids; a site path goes into the book or online.
  if (href.startsWith('#')) {
    node.properties['href'] = `#${prefix}${href.slice(1)}`;
    return;
  }
  if (!href.startsWith('/')) return;
  const [path = '', fragment] = href.split('#');
  const target = options.inBook(path);
  if (target) {
    node.properties['href'] =
      target.href.includes('#') || fragment === undefined ? target.href : `${target.href}#${fragment}`;
    if (target.type) node.properties['epub:type'] = target.type;
  } else {
    node.properties['href'] = new URL(href, options.site).href;
  }
}

function transform(node: Element, options: BookTreeOptions, prefix: string): ElementContent[] {
  if (dropped(node)) return [];
  const n = node.properties['dataN'];
  // Data attributes feed the site's CSS and scripts; aria-description (ARIA 1.3) is not in EPUB's HTML.
  node.properties = Object.fromEntries(
    Object.entries(node.properties).filter(
      ([key]) =>
        !key.startsWith('data') &&
        !/^aria-?description$/i.test(key) &&
        !(key === 'className' && classesOf(node).length === 0),
    ),
  );
  if (typeof node.properties['id'] === 'string') node.properties['id'] = prefix + node.properties['id'];
  if (node.tagName === 'a') rewriteLink(node, options, prefix);
  node.children = node.children.flatMap((child) =>
    child.type === 'element' ? transform(child, options, prefix) : [child],
  );
  if (unwrapped(node)) {
    // The term's kind ("g-term--entity") moves to its link, which stays.
    const kinds = classesOf(node).filter((c) => c.startsWith('g-term--'));
    for (const child of node.children)
      if (child.type === 'element' && kinds.length)
        child.properties['className'] = [...classesOf(child), ...kinds];
    return node.children;
  }
  if (options.headingsAsText && /^h[1-6]$/.test(node.tagName)) {
    return [
      h('p', { className: ['g-entry-heading'], id: node.properties['id'] }, [h('strong', node.children)]),
    ];
  }
  // A paragraph number, drawn by CSS on the site: here the number itself.
  if (node.tagName === 'a' && has(node, 'g-pnum')) {
    return [h('span', { className: ['g-pnum'] }, String(n)), { type: 'text', value: ' ' }];
  }
  if (node.tagName === 'a' && has(node, 'g-note__ref')) {
    const target = String(node.properties['href']).slice(1);
    return [
      h(
        'a',
        {
          className: ['g-note__ref'],
          href: `#${target}`,
          id: `${target}-ref`,
          'epub:type': 'noteref',
          role: 'doc-noteref',
        },
        String(n),
      ),
    ];
  }
  if (has(node, 'g-note')) {
    const id = String(node.properties['id']);
    return [
      h('aside', { className: ['g-note'], id, 'epub:type': 'footnote', role: 'doc-footnote' }, [
        h('p', { className: ['g-note__label'] }, [`Editor’s note ${String(n)}`]),
        ...node.children,
      ]),
    ];
  }
  return [node];
}

/** The rendered HTML of an MDX body as e-book content (a list of nodes for a document's body). */
export function bookTree(html: string, options: BookTreeOptions): ElementContent[] {
  const root: Root = fromHtml(html, { fragment: true });
  const prefix = options.idPrefix ?? '';
  return root.children.flatMap((child: RootContent): ElementContent[] => {
    if (child.type === 'element') return transform(child, options, prefix);
    return child.type === 'text' ? [child] : [];
  });
}
