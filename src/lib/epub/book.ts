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
import { coverBody, coverSvg, coverText } from './cover.ts';
import { bookCss } from './style.ts';
import { containerXml, packageDocument, type ManifestItem } from './package.ts';
import { xhtmlDocument } from './xhtml.ts';
import type { BookTarget, BookTreeOptions } from './book-tree.ts';
import type { BookRecord } from './types.ts';
import type { ElementContent } from 'hast';

const xhtml = 'application/xhtml+xml';

/** One content document of the spine. */
interface SpineDocument {
  id: string;
  href: string;
  title: string;
  /** Whose words: the paper's (and its title) or the site's. */
  words: 'paper' | 'site';
  /** epub:type of its body. */
  bodyType: 'frontmatter' | 'bodymatter' | 'backmatter';
  body: ElementContent[];
  properties?: string;
}

/** Where the site's pages that the book holds are in the book: the paper, each entry. */
function bookLinks(book: BookRecord): BookTreeOptions {
  const at = (path: string) => joinBase(path, book.base);
  const targets = new Map<string, BookTarget>([[at(paperPath(book.id)), { href: 'paper.xhtml' }]]);
  for (const e of book.glossary.flatMap((g) => g.entries))
    targets.set(at(entryPath(e.kind, e.id)), { href: `glossary.xhtml#${entryAnchor(e)}`, type: 'glossref' });
  for (const e of book.people)
    targets.set(at(entryPath(e.kind, e.id)), { href: `people.xhtml#${entryAnchor(e)}` });
  return { inBook: (path) => targets.get(path), site: book.site };
}

/** The documents in reading order. */
function spine(book: BookRecord): SpineDocument[] {
  const links = bookLinks(book);
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
  return [
    {
      id: 'cover',
      words: 'paper',
      href: 'cover.xhtml',
      title: book.title,
      bodyType: 'frontmatter',
      body: coverBody(coverText(book), 'cover.svg'),
    },
    {
      id: 'nav',
      words: 'site',
      href: 'nav.xhtml',
      title: 'Contents',
      bodyType: 'frontmatter',
      body: navBody(toc, landmarks),
      properties: 'nav',
    },
    {
      id: 'paper',
      words: 'paper',
      href: 'paper.xhtml',
      title: book.title,
      bodyType: 'bodymatter',
      body: paperBody(book, links),
    },
    {
      id: 'cite',
      words: 'site',
      href: 'cite.xhtml',
      title: 'How to cite',
      bodyType: 'backmatter',
      body: citeBody(book),
    },
    {
      id: 'glossary',
      words: 'site',
      href: 'glossary.xhtml',
      title: 'Glossary',
      bodyType: 'backmatter',
      body: glossaryBody(book, links),
    },
    ...(book.people.length
      ? [
          {
            id: 'people',
            words: 'site',
            href: 'people.xhtml',
            title: 'Who’s who',
            bodyType: 'backmatter',
            body: peopleBody(book, links),
          } as const,
        ]
      : []),
  ];
}

/** The book's files (path inside the zip → text), the mimetype first. */
export function epubFiles(book: BookRecord): Map<string, string> {
  const documents = spine(book);
  const items: ManifestItem[] = [
    ...documents.map((d) => ({
      id: d.id,
      href: d.href,
      mediaType: xhtml,
      spine: true,
      ...(d.properties ? { properties: d.properties } : {}),
    })),
    { id: 'cover-image', href: 'cover.svg', mediaType: 'image/svg+xml', properties: 'cover-image' },
    { id: 'css', href: 'style.css', mediaType: 'text/css' },
  ];
  const files = new Map<string, string>([
    ['mimetype', 'application/epub+zip'],
    ['META-INF/container.xml', containerXml('EPUB/package.opf')],
    ['EPUB/package.opf', packageDocument(book, items)],
  ]);
  for (const d of documents) {
    const page = {
      lang: d.words === 'paper' ? book.lang : book.siteLang,
      title: d.title,
      stylesheet: 'style.css',
      bodyType: d.bodyType,
      body: d.body,
    };
    files.set(`EPUB/${d.href}`, xhtmlDocument(page));
  }
  files.set('EPUB/cover.svg', coverSvg(coverText(book)));
  files.set('EPUB/style.css', bookCss);
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
