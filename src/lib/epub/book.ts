/**
 * The files of a paper's EPUB 3 and the zipped book. Reading order (the spine) is the paper page's:
 * cover, contents, the paper (header, text with its notes, rights), "How to cite", the glossary
 * ("Concepts in this paper" on the page), then the who's who.
 */
import { zipArchive } from './zip.ts';
import { joinBase, entryPath, paperPath } from '../site/urls.ts';
import { citeBody, paperBody } from './pages.ts';
import { entryAnchor, glossaryBody, peopleBody } from './glossary.ts';
import { navBody, sectionEntries, type TocEntry } from './nav.ts';
import { coverSvg } from './cover.ts';
import { bookCss } from './style.ts';
import { containerXml, packageDocument, type ManifestItem } from './package.ts';
import { xhtmlDocument } from './xhtml.ts';
import type { BookTarget, BookTreeOptions } from './book-tree.ts';
import type { BookRecord } from './types.ts';
import { h } from 'hastscript';

const xhtml = 'application/xhtml+xml';

/** The book's files (path inside the zip → text), the mimetype first. */
export function epubFiles(book: BookRecord): Map<string, string> {
  const targets = new Map<string, BookTarget>([
    [joinBase(paperPath(book.id), book.base), { href: 'paper.xhtml' }],
  ]);
  for (const group of book.glossary)
    for (const e of group.entries)
      targets.set(joinBase(entryPath(e.kind, e.id), book.base), {
        href: `glossary.xhtml#${entryAnchor(e)}`,
        type: 'glossref',
      });
  for (const e of book.people)
    targets.set(joinBase(entryPath(e.kind, e.id), book.base), { href: `people.xhtml#${entryAnchor(e)}` });
  const links: BookTreeOptions = { inBook: (path) => targets.get(path), site: book.site };
  const page = (title: string, body: Parameters<typeof xhtmlDocument>[0]['body'], bodyType?: string) =>
    xhtmlDocument({
      lang: book.lang,
      title,
      stylesheet: 'style.css',
      body,
      ...(bodyType ? { bodyType } : {}),
    });
  const authors = book.creators.map((c) => c.name).join(', ');
  const toc: TocEntry[] = [
    { title: book.title, href: 'paper.xhtml', children: sectionEntries(book.sections, 'paper.xhtml') },
    { title: 'How to cite', href: 'cite.xhtml' },
    { title: 'Glossary', href: 'glossary.xhtml' },
    ...(book.people.length ? [{ title: 'Who’s who', href: 'people.xhtml' }] : []),
  ];
  const landmarks = [
    { title: 'Cover', href: 'cover.xhtml', type: 'cover' },
    { title: 'Contents', href: 'nav.xhtml', type: 'toc' },
    { title: 'Start of the paper', href: 'paper.xhtml', type: 'bodymatter' },
    { title: 'Glossary', href: 'glossary.xhtml', type: 'glossary' },
  ];
  const cover = {
    kicker: book.kicker,
    title: book.title,
    authors,
    edition: `Annotated edition, ${book.publisher}`,
  };
  const content = new Map<string, { text: string; item: Omit<ManifestItem, 'href'> }>([
    [
      'cover.xhtml',
      {
        text: page(
          book.title,
          [
            h('section', { className: ['g-cover'], 'epub:type': 'cover' }, [
              h('img', { src: 'cover.svg', alt: `Cover: ${cover.title}, by ${authors}. ${cover.edition}.` }),
            ]),
          ],
          'frontmatter',
        ),
        item: { id: 'cover', mediaType: xhtml, spine: true },
      },
    ],
    [
      'nav.xhtml',
      {
        text: page('Contents', navBody(toc, landmarks), 'frontmatter'),
        item: { id: 'nav', mediaType: xhtml, properties: 'nav', spine: true },
      },
    ],
    [
      'paper.xhtml',
      {
        text: page(book.title, paperBody(book, links), 'bodymatter'),
        item: { id: 'paper', mediaType: xhtml, spine: true },
      },
    ],
    [
      'cite.xhtml',
      {
        text: page('How to cite', citeBody(book), 'backmatter'),
        item: { id: 'cite', mediaType: xhtml, spine: true },
      },
    ],
    [
      'glossary.xhtml',
      {
        text: page('Glossary', glossaryBody(book, links), 'backmatter'),
        item: { id: 'glossary', mediaType: xhtml, spine: true },
      },
    ],
    ...(book.people.length
      ? [
          [
            'people.xhtml',
            {
              text: page('Who’s who', peopleBody(book, links), 'backmatter'),
              item: { id: 'people', mediaType: xhtml, spine: true },
            },
          ] as const,
        ]
      : []),
    [
      'cover.svg',
      {
        text: coverSvg(cover),
        item: { id: 'cover-image', mediaType: 'image/svg+xml', properties: 'cover-image' },
      },
    ],
    ['style.css', { text: bookCss, item: { id: 'css', mediaType: 'text/css' } }],
  ]);
  const items = [...content].map(([href, c]) => ({ ...c.item, href }));
  const files = new Map<string, string>([
    ['mimetype', 'application/epub+zip'],
    ['META-INF/container.xml', containerXml('EPUB/package.opf')],
    ['EPUB/package.opf', packageDocument(book, items)],
  ]);
  for (const [href, c] of content) files.set(`EPUB/${href}`, c.text);
  return files;
}

/** The zipped book: `mimetype` first and stored, the rest deflated, dated by the book (same bytes every build). */
export function epubBytes(book: BookRecord): Uint8Array<ArrayBuffer> {
  const entries = [...epubFiles(book)].map(([path, text]) => ({
    path,
    data: new TextEncoder().encode(text),
    store: path === 'mimetype',
  }));
  return zipArchive(entries, new Date(`${book.modified}T00:00:00Z`));
}
