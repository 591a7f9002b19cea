/** The check that the book holds the page's paragraphs, marks and notes (tests/site/epub-content.ts) can fail. */
import { describe, expect, it } from 'vitest';
import { epubFiles } from '../../src/lib/epub/book.ts';
import { bookProblems } from '../site/epub-content.ts';
import { pageHtml, record } from './epub-fixture.ts';

const docs = (files: Map<string, string>) =>
  new Map([...files].filter(([p]) => p.startsWith('EPUB/')).map(([p, t]) => [p.slice(5), t]));
const book = docs(epubFiles(record()));
const edit = (name: string, from: string | RegExp, to: string) =>
  new Map([...book].map(([p, t]) => [p, p === name ? t.replace(from, to) : t]));

describe('bookProblems', () => {
  it('finds nothing wrong with the book made from the page’s body', () => {
    expect(bookProblems(pageHtml, book)).toEqual([]);
  });

  it('finds a paragraph missing or changed', () => {
    expect(bookProblems(pageHtml, edit('paper.xhtml', /<p id="p2"[^]*?<\/p>/, ''))).toContain(
      'the page has 2 paragraphs, the book 1',
    );
    expect(bookProblems(pageHtml, edit('paper.xhtml', 'and more.', 'and less.'))[0]).toMatch(
      /^paragraph 1 of the page differs/,
    );
  });

  it('finds a term that does not link to its definition in the book', () => {
    expect(
      bookProblems(
        pageHtml,
        edit('paper.xhtml', 'glossary.xhtml#concept-deterrence', 'glossary.xhtml#concept-nothing'),
      ),
    ).toEqual([
      'term 1 "deterrence" links to glossary.xhtml#concept-nothing, which is not an entry in the book',
    ]);
    expect(
      bookProblems(pageHtml, edit('glossary.xhtml', 'Discouraging an attack by its', 'Something else')),
    ).toEqual(['term 1 "deterrence": its entry lacks the definition "Discouraging an attack by its cost."']);
  });

  it('finds a note that is not a footnote', () => {
    expect(bookProblems(pageHtml, edit('paper.xhtml', 'epub:type="footnote"', 'epub:type="note"'))).toEqual([
      'note paper-note-1 is not a footnote in the book',
    ]);
    expect(bookProblems(pageHtml, edit('paper.xhtml', 'epub:type="noteref"', ''))).toEqual([
      'note paper-note-1 has 1 references on the page, 0 noterefs in the book',
    ]);
  });
});
