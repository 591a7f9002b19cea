/** The site's rendered markup made into e-book markup (src/lib/epub/book-tree.ts). */
import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { bookTree, type BookTreeOptions } from '../../src/lib/epub/book-tree.ts';
import { toXhtml } from '../../src/lib/epub/xhtml.ts';
import { bodyHtml } from './epub-fixture.ts';

const options: BookTreeOptions = {
  site: new URL('https://readings.example.org'),
  inBook: (path) =>
    ({
      '/concepts/deterrence/': { href: 'glossary.xhtml#concept-deterrence', type: 'glossref' },
      '/entities/nato/': { href: 'people.xhtml#entity-nato' },
      '/papers/paper/': { href: 'paper.xhtml' },
    })[path],
};
const xhtml = (html: string, more: Partial<BookTreeOptions> = {}) =>
  toXhtml(h('div', bookTree(html, { ...options, ...more })));

describe('bookTree', () => {
  const out = xhtml(bodyHtml);

  it('writes paragraph numbers as text, where the site draws them with CSS', () => {
    expect(out).toContain('<p id="p1" class="g-para"><span class="g-pnum">1</span> Allies rely on');
  });

  it('links a concept to its glossary entry (glossref) and a person to the who’s who, without the card', () => {
    expect(out).toContain(
      '<a class="g-term__link g-term--concept" href="glossary.xhtml#concept-deterrence" epub:type="glossref">deterrence</a>',
    );
    expect(out).toContain('<a class="g-term__link g-term--entity" href="people.xhtml#entity-nato">NATO</a>');
    expect(out).not.toMatch(/g-card|aria-description|data-/);
  });

  it('makes each note an EPUB footnote with a numbered noteref', () => {
    expect(out).toContain(
      '<a class="g-note__ref" href="#paper-note-1" id="paper-note-1-ref" epub:type="noteref" role="doc-noteref">1</a>',
    );
    expect(out).toContain(
      '<aside class="g-note" id="paper-note-1" epub:type="footnote" role="doc-footnote"><p class="g-note__label">Editor’s note 1</p><p>A note on the date.</p></aside>',
    );
  });

  it('drops what only the web page needs: heading permalinks, pinpoint boxes, buttons, scripts', () => {
    expect(out).toContain('<h2 id="commentary">COMMENTARY</h2>');
    expect(out).not.toMatch(/g-anchor|g-heading|g-pin|<button|<script/);
  });

  it('sends a site link outside the book online, with the public address', () => {
    expect(out).toContain('<a href="https://readings.example.org/concepts/power/">power</a>');
    expect(out).toContain('<a href="https://example.org/x">a source</a>');
  });

  it('keeps a fragment when the link goes to a document of the book', () => {
    expect(xhtml('<p><a href="/papers/paper/#p2">¶2</a></p>')).toContain('href="paper.xhtml#p2"');
  });

  it('prefixes ids and same-document links for texts sharing a document, and can set headings as text', () => {
    const entry = xhtml(
      '<div class="g-heading"><h2 id="x">In the paper</h2></div><p><a href="#x">up</a></p>',
      {
        idPrefix: 'concept-power--',
        headingsAsText: true,
      },
    );
    expect(entry).toBe(
      '<div><p class="g-entry-heading" id="concept-power--x"><strong>In the paper</strong></p><p><a href="#concept-power--x">up</a></p></div>',
    );
  });
});

describe('toXhtml', () => {
  it('closes void elements and gives boolean attributes a value, as XML needs', () => {
    expect(toXhtml(h('nav', { hidden: true }, [h('br'), h('img', { src: 'a.svg', alt: '' })]))).toBe(
      '<nav hidden="hidden"><br /><img src="a.svg" alt="" /></nav>',
    );
  });
});
