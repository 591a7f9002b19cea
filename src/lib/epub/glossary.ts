/**
 * The glossary and the who's who of the book: each entry with its short definition, its text as
 * the site renders it, and the address of the version the book holds. Marked terms in the paper
 * link here (`glossref` to the glossary); an entry's own marks link within the book too.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatIsoDate } from '../site/dates.ts';
import { bookTree, type BookTreeOptions } from './book-tree.ts';
import { inlineNodes } from './pages.ts';
import type { BookEntry, BookRecord } from './types.ts';

/** The element id of an entry in the book ("concept-power", "entity-nato"). */
export const entryAnchor = (entry: Pick<BookEntry, 'kind' | 'id'>): string => `${entry.kind}-${entry.id}`;

const entryNodes = (entry: BookEntry, links: BookTreeOptions, glossary: boolean): ElementContent[] => {
  const anchor = entryAnchor(entry);
  return [
    h('dt', { id: anchor, ...(glossary ? { 'epub:type': 'glossterm' } : {}) }, [h('dfn', entry.title)]),
    h('dd', glossary ? { 'epub:type': 'glossdef' } : {}, [
      h('p', { className: ['g-short'] }, inlineNodes(entry.short)),
      ...bookTree(entry.html, { ...links, idPrefix: `${anchor}--`, headingsAsText: true }),
      h('p', { className: ['g-online'] }, [
        `This entry as of ${formatIsoDate(entry.version)}, online: `,
        h('a', { href: entry.url }, entry.url),
      ]),
    ]),
  ];
};

/** The glossary's document body: the concepts the paper marks, then related ones. */
export const glossaryBody = (book: BookRecord, links: BookTreeOptions): ElementContent[] => [
  h('section', { 'epub:type': 'glossary', role: 'doc-glossary', 'aria-labelledby': 'glossary' }, [
    h('h1', { id: 'glossary' }, 'Glossary'),
    h('p', 'The concepts the paper uses, with their entries from the glossary online.'),
    ...book.glossary.flatMap((group) => [
      ...(group.heading ? [h('h2', group.heading)] : []),
      h(
        'dl',
        group.entries.flatMap((e) => entryNodes(e, links, true)),
      ),
    ]),
  ]),
];

/** The who's who's document body: the people, organisations and documents the paper names. */
export const peopleBody = (book: BookRecord, links: BookTreeOptions): ElementContent[] => [
  h('section', { 'epub:type': 'appendix', 'aria-labelledby': 'whos-who' }, [
    h('h1', { id: 'whos-who' }, 'Who’s who'),
    h('p', 'The people, organisations and documents the paper names, as at the paper’s date.'),
    h(
      'dl',
      book.people.flatMap((e) => entryNodes(e, links, false)),
    ),
  ]),
];
