/**
 * XHTML for the e-book: hast trees serialised as XML (EPUB 3 content documents are XHTML). Every
 * void element is closed, every attribute has a value, and text is escaped by hast-util-to-html;
 * a boolean attribute (`hidden`) is written with its name as its value, as XML requires.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/** The namespaces of an EPUB content document. */
export const xhtmlNamespaces = {
  xmlns: 'http://www.w3.org/1999/xhtml',
  'xmlns:epub': 'http://www.idpf.org/2007/ops',
};

/** Serialises a hast tree as XML-compatible markup (no XML declaration). */
export function toXhtml(tree: Root | Element): string {
  const html = toHtml(tree, {
    closeSelfClosing: true,
    tightSelfClosing: false,
    collapseEmptyAttributes: false,
    allowParseErrors: false,
    characterReferences: { useNamedReferences: false },
  });
  // hast-util-to-html writes HTML's boolean attributes bare (`hidden`); XML needs a value.
  return html.replace(/<[a-z][^<>]*>/g, (tag) => tag.replace(booleanAttribute, ' $1="$1"'));
}

const booleanAttribute = / (hidden|checked|disabled|selected|open|reversed)(?=[ />])/g;

/** What one content document holds. */
export interface XhtmlPage {
  /** BCP 47 language of the text. */
  lang: string;
  /** The document's title (its <title>). */
  title: string;
  /** Path of the stylesheet relative to the document, if any. */
  stylesheet?: string;
  /** epub:type of the <body> (for example "frontmatter", "bodymatter", "backmatter"). */
  bodyType?: string;
  /** The body's content. */
  body: (ElementContent | RootContent)[];
}

/** A complete XHTML content document, with its XML declaration. */
export function xhtmlDocument(page: XhtmlPage): string {
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('title', page.title),
    page.stylesheet ? h('link', { rel: 'stylesheet', type: 'text/css', href: page.stylesheet }) : undefined,
  ]);
  const body = h('body', page.bodyType ? { 'epub:type': page.bodyType } : {}, page.body as ElementContent[]);
  const html = h('html', { ...xhtmlNamespaces, lang: page.lang, 'xml:lang': page.lang }, [head, body]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${toXhtml(html)}\n`;
}

/** Escapes text for an XML text node or attribute value. */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
