/**
 * A paper body as the site renders it (the markup of Term, Note, Paragraph, the heading and
 * paragraph plugins, copied from a build) and a book record around it, for the e-book's tests.
 */
import type { BookEntry, BookRecord } from '../../src/lib/epub/types.ts';

const term = (kind: string, id: string, words: string, short: string): string =>
  `<span class="g-term g-term--${kind}"><a class="g-term__link" href="/${kind === 'concept' ? 'concepts' : 'entities'}/${id}/" aria-description="${short}">${words}</a><span class="g-card" data-pagefind-ignore><span class="g-card__title" dir="auto" aria-hidden="true" data-text="${words}"></span><span class="g-card__short" aria-hidden="true" data-text="${short}"></span></span></span>`;

/** The body of a paper with a heading, two numbered paragraphs, marks, a note and a pinpoint box. */
export const bodyHtml = [
  '<div class="g-heading"><h2 id="commentary">COMMENTARY</h2><a class="g-anchor" href="#commentary" aria-label="Link to the section “COMMENTARY”" data-pagefind-ignore><span aria-hidden="true">#</span></a></div>',
  `<p id="p1" class="g-para"><a class="g-pnum" href="#p1" aria-label="Paragraph 1" data-n="1"></a>Allies rely on ${term('concept', 'deterrence', 'deterrence', 'Discouraging an attack by its cost.')}, says ${term('entity', 'nato', 'NATO', 'The North Atlantic alliance.')},<a class="g-note__ref" href="#paper-note-1" aria-label="Editor’s note 1" data-n="1"></a> and more.</p>`,
  '<p class="g-pin" id="p1-cite" hidden data-pagefind-ignore><span class="g-pin__label">Cite this paragraph:</span> (Author, para. 1)<button type="button" class="g-copy">Copy</button></p>',
  '<div class="g-notes"><div class="g-note" id="paper-note-1" role="note" aria-label="Editor’s note 1" data-n="1"><p>A note on the date.</p></div></div>',
  `<p id="p2" class="g-para"><a class="g-pnum" href="#p2" aria-label="Paragraph 2" data-n="2"></a>See <a href="/concepts/power/">power</a> and <a href="https://example.org/x">a source</a>.</p>`,
  '<script>alert(1)</script>',
].join('\n');

const entry = (kind: BookEntry['kind'], id: string, title: string, short: string): BookEntry => ({
  kind,
  id,
  title,
  short,
  html: `<div class="g-heading"><h2 id="in-the-paper">In the paper</h2></div><p>The entry on ${title}, see ${term('concept', 'deterrence', 'deterrence', 'x')}.</p>`,
  url: `https://readings.example.org/${kind === 'concept' ? 'concepts' : 'entities'}/${id}/2026-11-29/`,
  version: '2026-11-29',
});

/** A book record around `bodyHtml`. */
export const record = (): BookRecord => ({
  id: 'paper',
  lang: 'en-GB',
  siteLang: 'en-GB',
  title: 'A Paper: With a Subtitle',
  creators: [{ name: 'Ada Author', fileAs: 'Author, Ada' }],
  publisher: 'Glossa',
  date: '2026-11-26',
  modified: '2026-12-02',
  identifier: 'https://readings.example.org/papers/paper/',
  source: 'https://publisher.example.org/paper',
  description: 'What the paper says.',
  kicker: 'Paper No. 1 · 25 March 2025',
  publication: 'Commentary, A Publisher, Singapore.',
  disclaimer: 'The views are the author’s.',
  editionNote: 'The photograph of *The Original* is not reproduced.',
  sections: [
    { anchor: 'commentary', title: 'COMMENTARY', depth: 2 },
    { anchor: 'details', title: 'Details', depth: 3 },
  ],
  body: bodyHtml,
  authorNotes: [{ name: 'Ada Author', bio: 'is a researcher.' }],
  rights: 'May be reproduced with permission: write to rights@example.org.',
  rightsContact: 'rights@example.org',
  license: 'The annotations are licensed under CC BY 4.0.',
  address: ['A Publisher', '1 Road, Singapore'],
  cite: [
    {
      label: 'This annotated edition',
      note: 'Cite the edition for its paragraph numbers.',
      citations: [
        {
          name: 'APA (7th ed.)',
          listName: 'Reference list',
          reference: 'Author, A. (2026). <i>A paper</i>. Glossa.',
          forms: [{ label: 'In the text', html: '(Author, 2026)' }],
        },
      ],
    },
  ],
  glossary: [
    { entries: [entry('concept', 'deterrence', 'Deterrence', 'Discouraging an attack by its *cost*.')] },
  ],
  people: [entry('entity', 'nato', 'NATO', 'The North Atlantic alliance.')],
  site: new URL('https://readings.example.org'),
  base: '/',
  preview: false,
});

/** The paper page around the same body, as the site builds it (what the book is checked against). */
export const pageHtml = `<!doctype html><html lang="en-GB"><head><title>A Paper</title></head><body><article class="g-paper"><div class="g-paper__body">${bodyHtml}</div></article></body></html>`;
