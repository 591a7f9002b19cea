/**
 * The plain text of a citation read off citeproc-js's HTML (src/lib/citations/citeproc.ts,
 * `plainTextOf`) is citeproc-js's own text format, character for character: every record below
 * is formatted in every style with the text read off the HTML and with the text format run again
 * (as before the shortcut), and the two must be equal. The records carry what the two formats
 * write differently: escaped characters, markup in fields, superscripts, double spaces, links.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  citationStyles,
  formatBibliography,
  formatCitation,
  plainTextOf,
  textFromHtml,
  type CslStyleId,
  type Locator,
} from '../../src/lib/citations/citeproc.ts';
import type { CslItem } from '../../src/lib/citations/types.ts';

const styles: readonly CslStyleId[] = [...citationStyles, 'chicago-fullnote-bibliography'];

const records: CslItem[] = [
  {
    id: 'text-article',
    type: 'article-journal',
    title: 'Guarantees & deterrence: <i>Pacta sunt servanda</i> in a > b < c practice',
    'container-title': 'Journal of <Security> & Alliance Studies',
    author: [
      { family: 'Ng & Co', given: 'Ann' },
      { family: 'Second', given: 'Bo' },
    ],
    volume: '12',
    issue: '3',
    page: '45–67',
    DOI: '10.1234/jss.2024.5&x<1>',
    issued: { 'date-parts': [[2024, 5]] },
  },
  {
    id: 'text-book',
    type: 'book',
    title: 'Arms control after 1991, and x² in a title',
    author: [{ literal: 'Institute for A & B Studies' }],
    publisher: 'Press & Sons',
    'publisher-place': 'London',
    issued: { 'date-parts': [[2019]] },
  },
  {
    id: 'text-webpage',
    type: 'webpage',
    title: 'Literal &#38; and &#60;tag&#62; and &amp; in the data',
    'container-title': 'Example <site>',
    author: [{ family: 'Writer', given: 'Wu' }],
    URL: 'https://example.org/page?a=1&b=%3C2%3E',
    issued: { 'date-parts': [[2026, 1, 15]] },
  },
  {
    id: 'text-chapter',
    type: 'chapter',
    title:
      '<span class="nocase">iPhone</span> diplomacy, a <b>bold</b> <span style="font-variant:small-caps;">claim</span> and <span class="nodecor">plain</span>',
    'container-title': 'Collected essays on <i>NATO</i> & Europe',
    author: [{ family: 'Chapter', given: 'Cy' }],
    editor: [{ family: 'Editor', given: 'Ed' }],
    publisher: 'Campus Press',
    'publisher-place': 'Oxford',
    page: '3-9',
    issued: { 'date-parts': [[2021]] },
  },
  {
    id: 'text-report',
    type: 'report',
    title: 'Безопасность и гарантии: 安全保障 and أمن الخليج',
    'title-short': 'Безопасность',
    author: [{ family: 'Иванова', given: 'Анна' }],
    genre: 'IDSS Paper',
    'collection-title': 'Papers & Notes',
    'collection-number': '039/2025',
    publisher: 'RSIS',
    'publisher-place': 'Singapore',
    URL: 'https://example.org/report/039-2025',
    issued: { 'date-parts': [[2025, 3, 25]] },
    language: 'en-GB',
  },
  {
    id: 'text-entry',
    type: 'entry-encyclopedia',
    title: 'Musketeer principle &',
    'container-title': 'Glossa',
    author: [{ family: 'Editor', given: 'An' }],
    URL: 'https://example.org/concepts/musketeer-principle/',
    issued: { 'date-parts': [[2026, 12, 7]] },
    language: 'en-GB',
  },
  {
    id: 'text-markup',
    type: 'article-journal',
    title: 'Water as H<sub>2</sub>O and a <sup>claim</sup>',
    'container-title': 'Chemistry',
    author: [{ family: 'Sub', given: 'Sue' }],
    issued: { 'date-parts': [[2020]] },
  },
  {
    id: 'text-spaces',
    type: 'webpage',
    title: 'Two  spaces   and three',
    author: [{ family: 'Space', given: 'Sam' }],
    URL: 'https://example.org/spaces',
    issued: { 'date-parts': [[2022, 2, 2]] },
  },
  {
    id: 'text-treaty',
    type: 'legal_document',
    title: 'Treaty > Agreement < Accord (“Quoted” & ‘single’)',
    issued: { 'date-parts': [[1949, 4, 4]] },
  },
];

// A superscript character, <sup>/<sub> markup and runs of spaces: html writes them otherwise.
const needsTextFormat = new Set(['text-book', 'text-markup', 'text-spaces']);

const locators: (Locator | undefined)[] = [
  undefined,
  { label: 'page', value: '7' },
  { label: 'page', value: '7-8' },
  { label: 'paragraph', value: '12' },
  { label: 'section', value: '3 & 4' },
  { label: 'chapter', value: '<2>' },
];

// Formats with the text read off the HTML where it can be, and with citeproc's text format only.
function both<T>(format: () => T): { derived: T; citeproc: T } {
  textFromHtml.enabled = true;
  const derived = format();
  textFromHtml.enabled = false;
  const citeproc = format();
  textFromHtml.enabled = true;
  return { derived, citeproc };
}

afterEach(() => {
  textFromHtml.enabled = true;
});

describe('plainTextOf', () => {
  it('drops decoration tags and links and decodes the escaped characters once', () => {
    expect(plainTextOf('<i>A &#38; B</i>, &#60;c&#62; &#38;#60;')).toBe('A & B, <c> &#60;');
    expect(plainTextOf('<a href="https://doi.org/10.1/a&#38;b">https://doi.org/10.1/a&#38;b</a>.')).toBe(
      'https://doi.org/10.1/a&b.',
    );
    expect(plainTextOf('<span style="font-variant:small-caps;">sc</span> <b>b</b> <em>o</em>')).toBe(
      'sc b o',
    );
  });

  it('gives nothing where the text format may differ', () => {
    for (const html of [
      'x<sup>2</sup>',
      'H<sub>2</sub>O',
      '<div class="csl-left-margin">1. </div>',
      'a\u00a0 b',
      'a &amp; b',
      'a &thinsp; b',
      '<span class="other">x</span>',
      '<a href="x" class="y">x</a>',
    ]) {
      expect(plainTextOf(html), html).toBeUndefined();
    }
  });
});

describe('text read off the HTML', () => {
  it('is citeproc-js’s text format for every record, style and pinpoint', () => {
    for (const style of styles) {
      for (const item of records) {
        for (const locator of locators) {
          const run = both(() => formatCitation(item, style, locator));
          const where = `${item.id} in ${style}, ${JSON.stringify(locator)}`;
          expect(run.derived, where).toEqual(run.citeproc);
          // Read off the HTML for every record but those made to need the text format, so the
          // comparison above is not between two runs of the text format.
          const reference = plainTextOf(run.derived.reference.html);
          if (needsTextFormat.has(item.id)) expect(reference, where).toBeUndefined();
          else expect([reference, plainTextOf(run.derived.cite.html)], where).not.toContain(undefined);
        }
      }
    }
  });

  it('is citeproc-js’s text format in reference lists, with and without links', () => {
    const lists = [
      records,
      ...records.map((item) => [item]),
      records.filter((item) => !needsTextFormat.has(item.id)),
    ];
    let derived = 0;
    for (const style of citationStyles) {
      for (const items of lists) {
        for (const links of [true, false]) {
          const run = both(() => formatBibliography(items, style, { links }));
          expect(run.derived, `${items.length} items in ${style}, links ${links}`).toEqual(run.citeproc);
          derived += run.derived.filter((entry) => plainTextOf(entry.html) !== undefined).length;
        }
      }
    }
    // The entry of every record but those made to need the text format can be read off its HTML:
    // in the whole list (which the others send to the text format), alone and in a list of such
    // records, in four styles, with and without links.
    expect(derived).toBe((records.length - needsTextFormat.size) * 3 * 4 * 2);
  });

  it('falls back to the text format for a superscript character and leaves the engine in html', () => {
    const cited = formatCitation(records[1] as CslItem, 'chicago-note-bibliography');
    expect(cited.reference.html).toContain('X<sup>2</sup>');
    expect(cited.reference.text).toContain('X²');
    // The cite is formatted after the reference's text pass, with the same engine.
    expect(cited.cite.html).toContain('X<sup>2</sup>');
    expect(cited.cite.text).toContain('X²');
    const linked = formatBibliography([records[0] as CslItem], 'apa', { links: true });
    expect(linked[0]?.html).toContain('<a href="https://doi.org/10.1234/jss.2024.5&#38;x&#60;1&#62;">');
    expect(linked[0]?.text).toContain('https://doi.org/10.1234/jss.2024.5&x<1>');
  });
});
