/**
 * The paper's document and "How to cite", as hast for `xhtmlDocument`. The paper is set as the
 * paper page sets it: the publication's header, the edition's note, the numbered text with its
 * notes, the author's note and the publisher's rights; then the citations of both works.
 */
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { inlineRuns } from '../model/typography.ts';
import { bookTree, type BookTreeOptions } from './book-tree.ts';
import type { BookCitable, BookRecord } from './types.ts';

/** Inline text from content (`*Title*` italics, curly quotes) as nodes. */
export const inlineNodes = (text: string): ElementContent[] =>
  inlineRuns(text).map((r) => (r.italic ? h('i', r.text) : { type: 'text', value: r.text }));

/** citeproc's HTML (it escapes all text and adds only <i>, <b>, <sup>, <sub>, <span>) as nodes. */
const citeproc = (html: string): ElementContent[] =>
  fromHtml(html, { fragment: true }).children.filter((c): c is ElementContent => c.type !== 'doctype');

/** The body of the paper's document: header, text, footer. */
export function paperBody(book: BookRecord, links: BookTreeOptions): ElementContent[] {
  const [before, after] = book.rightsContact ? book.rights.split(book.rightsContact) : [book.rights];
  return [
    h('header', { className: ['g-paper__header'] }, [
      h('p', { className: ['g-kicker'] }, book.kicker),
      h('h1', book.title),
      h('p', { className: ['g-byline'] }, book.creators.map((c) => c.name).join(', ')),
      h('p', { className: ['g-publisher'] }, [
        `${book.publication} `,
        h('a', { href: book.source }, 'Publisher’s version'),
        '.',
      ]),
      book.disclaimer ? h('p', { className: ['g-disclaimer'] }, book.disclaimer) : undefined,
      book.editionNote
        ? h('section', { className: ['g-edition-note'], 'aria-label': 'About this edition' }, [
            h('p', [h('strong', 'About this edition.'), ' ', ...inlineNodes(book.editionNote)]),
            h('p', [
              h('strong', 'How to read this book.'),
              ' Concepts link to their definitions in the glossary at the end of the book, people, organisations and documents to the who’s who; numbered notes are the editor’s; paragraph numbers are those of the edition online, for citing.',
            ]),
          ])
        : undefined,
    ]),
    ...bookTree(book.body, links),
    h('footer', { className: ['g-paper__footer'] }, [
      ...book.authorNotes.map((a) =>
        h('p', { className: ['g-author-note'] }, [h('strong', h('em', a.name)), ` ${a.bio}`]),
      ),
      h('section', { className: ['g-rights'], 'epub:type': 'copyright-page', 'aria-label': 'Rights' }, [
        h('p', [
          before ?? '',
          ...(book.rightsContact
            ? [h('a', { href: `mailto:${book.rightsContact}` }, book.rightsContact)]
            : []),
          after ?? '',
        ]),
        book.address.length
          ? h(
              'p',
              { className: ['g-address'] },
              book.address.flatMap((line, i) => (i > 0 ? [h('br'), line] : [line])),
            )
          : undefined,
        h('p', book.license),
      ]),
    ]),
  ];
}

const citableNodes = (c: BookCitable): ElementContent[] => [
  h('h2', c.label),
  h('p', { className: ['g-cite__note'] }, c.note),
  ...c.citations.flatMap((s) => [
    h('h3', s.name),
    ...s.forms.map((f) => h('p', [`${f.label}: `, ...citeproc(f.html)])),
    h('p', { className: ['g-cite__ref'] }, [`${s.listName}: `, ...citeproc(s.reference)]),
  ]),
];

/** The body of "How to cite": both works in every offered style. */
export const citeBody = (book: BookRecord): ElementContent[] => [
  h('section', { 'epub:type': 'appendix', 'aria-labelledby': 'how-to-cite' }, [
    h('h1', { id: 'how-to-cite' }, 'How to cite'),
    // The site's "How to cite" says the same in a preview build: its addresses are not public.
    ...(book.preview
      ? [
          h('p', [
            h('strong', 'Preview build:'),
            ` this book was made without the site’s public address, so its citations and links point to ${book.site.href}.`,
          ]),
        ]
      : []),
    ...book.cite.flatMap(citableNodes),
  ]),
];
