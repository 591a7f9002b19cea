/**
 * HTML (a publisher's page saved from the browser, or what mammoth makes of a Word file) to the
 * common tree: rehype-parse, the article found and its chrome dropped, notes and figures
 * rewritten, then rehype-remark with handlers for Glossa's elements.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { articleBody, dropChrome } from './article-body.ts';
import { blocks, inlineNotes, type Locate } from './html-notes.ts';
import { metaFromHtml } from './html-meta.ts';
import { figureNote, noteElement, todoParagraph } from './mdx-nodes.ts';
import { emptyMeta, type Imported, type PaperMeta, type Unconverted } from './types.ts';

/** Where an element starts in the HTML source, as line:column. */
const byPosition: Locate = (el) => `${el.position?.start.line ?? 0}:${el.position?.start.column ?? 0}`;

/** Options of `fromHtml`. */
export interface FromHtmlOptions {
  /** Parse a fragment (mammoth's output) rather than a whole page; default false. */
  fragment?: boolean;
  /** How to name a place in the parsed source; default line:column of the HTML. */
  locate?: (doc: HastRoot) => Locate;
  /** A record read elsewhere (a Word file's properties); default: the page's head. */
  meta?: PaperMeta;
}

/** Converts an HTML page or fragment. */
export function fromHtml(html: string, options: FromHtmlOptions = {}): Imported {
  const doc = unified()
    .use(rehypeParse, { fragment: options.fragment ?? false })
    .parse(html);
  const meta = options.meta ?? (options.fragment ? emptyMeta() : metaFromHtml(doc));
  const unconverted: Unconverted[] = [];
  const remarks: string[] = [];
  const found = options.fragment ? undefined : articleBody(doc);
  const body: Element = found ?? {
    type: 'element',
    tagName: 'div',
    properties: {},
    children: doc.children as Element['children'],
  };
  if (!options.fragment)
    remarks.push(
      found
        ? `article body: <${found.tagName}> at ${byPosition(found)}`
        : 'no article element found: the whole page was read',
    );
  const h1 = select('h1', body);
  if (!meta.title && h1) meta.title = toString(h1).replace(/\s+/g, ' ').trim();
  const notes = inlineNotes(doc, body);
  if (notes > 0) remarks.push(`${String(notes)} footnote(s)/endnote(s) placed inline as <Note>`);
  dropChrome(body);
  blocks(body, options.locate?.(doc) ?? byPosition, unconverted, remarks);
  const hast: HastRoot = { type: 'root', children: [body] };
  const tree = unified()
    .use(rehypeRemark, {
      handlers: {
        'glossa-note': (state, node: Element) =>
          noteElement(state.all(node) as Parameters<typeof noteElement>[0]),
        'glossa-figure': (state, node: Element) =>
          figureNote(state.all(node) as Parameters<typeof figureNote>[0], String(node.properties['credit'])),
        'glossa-todo': (_state, node: Element) =>
          todoParagraph(String(node.properties['where']), String(node.properties['what'])),
        'glossa-skip': () => undefined,
      },
    })
    .runSync(hast) as Root;
  return { tree, meta, unconverted, remarks };
}
