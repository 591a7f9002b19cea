/**
 * HTML (a publisher's page saved from the browser, or what mammoth makes of a Word file) to the
 * common tree: rehype-parse, notes placed where they are referenced, the article found by Mozilla
 * Readability (or `--selector`) and its furniture dropped, figures rewritten, then rehype-remark
 * with handlers for Glossa's elements.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import type { Element, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root } from 'mdast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { dropChrome } from './article-body.ts';
import { blocks, inlineNotes, type Locate } from './html-notes.ts';
import { baseAddress, metaFromHtml } from './html-meta.ts';
import { mainText, markPlaces, where } from './main-text.ts';
import { readabilityMeta } from './meta-sources.ts';
import { figureNote, noteElement, todoParagraph } from './mdx-nodes.ts';
import { htmlBlocks } from './word-share.ts';
import { emptyMeta, type Imported, type PaperMeta, type Unconverted } from './types.ts';

/** Options of `fromHtml`. */
export interface FromHtmlOptions {
  /** Parse a fragment (mammoth's output) rather than a whole page; default false. */
  fragment?: boolean;
  /** How to name a place in the parsed source; default line:column of the HTML. */
  locate?: (doc: HastRoot) => Locate;
  /** A record read elsewhere (a Word file's properties); default: the page's head. */
  meta?: PaperMeta;
  /** A CSS selector naming the article's element, instead of Readability's choice. */
  selector?: string | undefined;
}

const inline = (name: string) => (children: PhrasingContent[]) =>
  ({ type: 'mdxJsxTextElement', name, attributes: [], children }) as PhrasingContent;

/** Converts an HTML page or fragment. */
export function fromHtml(html: string, options: FromHtmlOptions = {}): Imported {
  const doc = unified()
    .use(rehypeParse, { fragment: options.fragment ?? false })
    .parse(html);
  const meta = options.meta ?? (options.fragment ? emptyMeta() : metaFromHtml(doc));
  const unconverted: Unconverted[] = [];
  const remarks: string[] = [];
  const page = select('body', doc) ?? doc;
  // Notes first, on the whole page: the extractor then keeps each with its sentence.
  const notes = inlineNotes(doc, page);
  if (notes > 0) remarks.push(`${String(notes)} footnote(s)/endnote(s) placed inline as <Note>`);
  let body: Element = { type: 'element', tagName: 'div', properties: {}, children: [] };
  let locate: Locate = where;
  if (options.fragment) {
    body.children = doc.children as Element['children'];
    locate = options.locate?.(doc) ?? where;
  } else {
    markPlaces(doc);
    const found = mainText(doc, options.selector);
    if ('error' in found) remarks.push(found.error);
    else {
      body = found.article;
      remarks.push(found.how);
      readabilityMeta(meta, found);
    }
  }
  for (const note of selectAll('span[data-glossa-note]', body)) note.tagName = 'glossa-note';
  const h1 = select('h1', body);
  if (!meta.title && h1) {
    meta.title = toString(h1).replace(/\s+/g, ' ').trim();
    meta.from.title = 'the first heading';
  }
  const furniture = dropChrome(body);
  if (furniture.length > 0)
    remarks.push(
      `left out as site furniture: ${furniture
        .slice(0, 8)
        .map((f) => `${f.what} (${locate(f.el)})`)
        .join(', ')}${furniture.length > 8 ? ` and ${String(furniture.length - 8)} more` : ''}`,
    );
  const source = htmlBlocks(found(options.fragment, body, page), (el) =>
    options.fragment ? locate(el) : where(el),
  );
  blocks(body, locate, unconverted, remarks);
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
        sub: (state, node: Element) => inline('sub')(state.all(node) as PhrasingContent[]),
        sup: (state, node: Element) => inline('sup')(state.all(node) as PhrasingContent[]),
      },
    })
    .runSync(hast) as Root;
  return { tree, meta, unconverted, remarks, source, base: options.fragment ? undefined : baseAddress(doc) };
}

/** What the output is compared with: the article, or the whole page when no article was found. */
function found(fragment: boolean | undefined, body: Element, page: Element | HastRoot): Element | HastRoot {
  return fragment || body.children.length > 0 ? body : page;
}
