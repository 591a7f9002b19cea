/**
 * The citation download files: biblatex, classic BibTeX, RIS and CSL-JSON. Every file is read
 * back by two independent parsers (citation-js for all four formats, Better BibTeX's parser for
 * BibTeX) and by the raw tags, and must keep what a reader needs: title, authors, the day of the
 * date, the site's name, the URL, and for the edition the original date. No file carries an
 * access date: the build's date is not the reader's.
 */
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { citationFile, toBibTeX, toCslJson, toRIS } from '../../src/lib/citations/export.ts';
import { formatBibliography, formatCitation } from '../../src/lib/citations/citeproc.ts';
import type { SiteItem } from '../../src/lib/citations/types.ts';
import { denial, edition, musketeer, original, records } from './citation-records.ts';

const bib = (item: SiteItem, variant: 'biblatex' | 'bibtex') => {
  const library = parseBibTeX(toBibTeX(item, item.id, variant));
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  const [entry] = library.entries;
  if (!entry) throw new Error('no entry');
  return entry;
};

/** The one item citation-js reads from a file. */
const cite = (file: string): Record<string, unknown> => {
  const data = new Cite(file).data;
  expect(data).toHaveLength(1);
  return data[0] ?? {};
};

const suffixes = ['.bib', '-bibtex.bib', '.ris', '.json'] as const;
const day = (item: SiteItem) => item.issued['date-parts'][0];

describe('every download, read back by citation-js', () => {
  const cases = records.flatMap((item) => suffixes.map((suffix) => ({ id: item.id, item, suffix })));

  it.each(cases)(
    '$id $suffix keeps title, authors, year and URL, and has no access date',
    ({ item, suffix }) => {
      const file = citationFile(item, suffix);
      const parsed = cite(file);
      expect(parsed['title']).toBe(item.title);
      expect(parsed['URL']).toBe(item.URL);
      const authors = parsed['author'] as Record<string, string>[];
      expect(authors.map((a) => a['family'] ?? a['literal'])).toEqual(
        item.author.map((a) => ('literal' in a ? a.literal : a.family)),
      );
      expect((parsed['issued'] as { 'date-parts': number[][] })['date-parts'][0]?.[0]).toBe(day(item)[0]);
      expect(parsed).not.toHaveProperty('accessed');
      expect(file).not.toMatch(/urldate|Y2 {2}-|accessed|Accessed/);
    },
  );

  it('keeps the full date (day included) in biblatex, RIS and CSL-JSON', () => {
    for (const item of records) {
      for (const suffix of ['.bib', '.ris', '.json']) {
        expect(cite(citationFile(item, suffix))['issued'], `${item.id}${suffix}`).toEqual(item.issued);
      }
    }
  });

  it('keeps the edition’s original date where each importer looks for it', () => {
    // CSL-JSON: the variable, and the "original-date:" line Zotero keeps in Extra.
    const json = cite(citationFile(edition, '.json'));
    expect(json['original-date']).toEqual({ 'date-parts': [[2025, 3, 25]] });
    expect(json['note']).toBe('original-date: 2025-03-25');
    // biblatex: origdate (citation-js reads it as original-date) and the addendum in words.
    const biblatex = citationFile(edition, '.bib');
    expect(cite(biblatex)['original-date']).toEqual({ 'date-parts': [[2025, 3, 25]] });
    expect(bib(edition, 'biblatex').fields.addendum).toBe(
      'Annotated edition; originally published 25 March 2025',
    );
    // RIS: M2, which Zotero puts in Extra (citation-js has no slot for it: read the raw tag).
    expect(citationFile(edition, '.ris')).toContain('\r\nM2  - original-date: 2025-03-25\r\n');
    // Classic BibTeX: the note, which plain.bst prints (ties read back as no-break spaces).
    expect(cite(citationFile(edition, '-bibtex.bib'))['note']).toBe(
      'Version of 7\u00a0December\u00a02026; originally published 25\u00a0March\u00a02025',
    );
  });

  it('classic BibTeX keeps the day, the site and the URL in fields that standard styles print', () => {
    // An entry is an @incollection "In Glossa": importers keep the site as the container (Zotero:
    // a book section whose book title is Glossa), and the note carries the address.
    for (const item of [musketeer, denial]) {
      const file = citationFile(item, '-bibtex.bib');
      expect(file).toMatch(/^@incollection\{/);
      const parsed = cite(file);
      expect(parsed['type']).toBe('chapter');
      expect(parsed['container-title']).toBe('Glossa');
      expect(String(parsed['note'])).toContain(item.URL);
      expect(bib(item, 'bibtex').fields).toMatchObject({ booktitle: 'Glossa', url: item.URL });
    }
    for (const item of [musketeer, denial, edition]) {
      const file = citationFile(item, '-bibtex.bib');
      const [y, m = 0, d = 0] = day(item);
      const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
      expect(file).toContain(`  month = ${months[m - 1] ?? '?'} # "~${String(d)}",\n`.replace('",', ',",'));
      expect(file).toContain(`  year = {${String(y)}},\n`);
      if (item === edition) {
        // plain.bst prints howpublished: citation-js reads it as the publisher.
        const parsed = cite(file);
        expect(parsed['publisher']).toContain('Glossa');
        expect(parsed['publisher']).toContain(item.URL);
      }
    }
    const [year = 0, month = 1, date = 1] = day(musketeer);
    const monthName = new Date(Date.UTC(year, month - 1, date)).toLocaleString('en-GB', {
      month: 'long',
      timeZone: 'UTC',
    });
    expect(String(cite(citationFile(musketeer, '-bibtex.bib'))['note'])).toMatch(
      new RegExp(`^Version of ${String(date)}\u00a0${monthName}\u00a0${String(year)}; `),
    );
  });

  it('biblatex puts the site in the field for it: booktitle of a reference entry, titleaddon of a web page', () => {
    expect(toBibTeX(musketeer, 'k')).toMatch(/^@inreference\{k,/);
    expect(cite(citationFile(musketeer, '.bib'))['container-title']).toBe('Glossa');
    expect(bib(edition, 'biblatex').fields.titleaddon).toBe('Glossa');
    expect(bib(edition, 'biblatex').type).toBe('online');
    expect(bib(edition, 'biblatex').fields).not.toHaveProperty('organization');
  });

  it('the original is a report with series, number, institution and place in every format', () => {
    for (const suffix of suffixes) {
      const parsed = cite(citationFile(original, suffix));
      expect(parsed, suffix).toMatchObject({
        type: 'report',
        genre: 'IDSS Paper',
        number: '039/2025',
        publisher: 'S. Rajaratnam School of International Studies, Nanyang Technological University',
        'publisher-place': 'Singapore',
      });
    }
  });

  it('the CSL-JSON file formats to the box’s own citation (no drift between file and box)', () => {
    for (const item of records) {
      const parsed = JSON.parse(citationFile(item, '.json')) as SiteItem[];
      expect(formatCitation(parsed[0] ?? item, 'apa')).toEqual(formatCitation(item, 'apa'));
    }
  });
});

describe('BibTeX', () => {
  it('writes a concept as biblatex @inreference with the site as a braced group author', () => {
    const entry = bib(musketeer, 'biblatex');
    expect(entry.type).toBe('inreference');
    expect(entry.fields).toEqual({
      author: [{ name: 'Glossa' }],
      editor: [{ name: 'Glossa' }],
      title: 'Musketeer principle',
      booktitle: 'Glossa',
      date: musketeer.issued['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-'),
      url: musketeer.URL,
      abstract: musketeer.abstract,
      langid: 'british',
    });
  });

  it('writes the original as a report and as a classic @techreport', () => {
    const report = bib(original, 'biblatex');
    expect(report.type).toBe('report');
    expect(report.fields).toMatchObject({
      type: 'IDSS Paper',
      number: '039/2025',
      institution: ['S. Rajaratnam School of International Studies, Nanyang Technological University'],
      location: ['Singapore'],
      date: '2025-03-25',
    });
    const classic = bib(original, 'bibtex');
    expect(classic.type).toBe('techreport');
    expect(classic.fields).toMatchObject({ address: 'Singapore', year: '2025', type: 'IDSS Paper' });
  });

  it('protects the capitals of titles word by word, so that importers keep them too', () => {
    const title = (source: string) => parseBibTeX(source).entries[0]?.fields.title;
    // Controls: this parser (Better BibTeX's) sentence-cases English titles, and it treats braces
    // around a whole title as a habit to undo, so neither form would keep "Ukraine".
    expect(title('@misc{k, title = {Joining the Dots: for Ukraine}}')).toBe('Joining the dots: for ukraine');
    const source = toBibTeX(original, 'k');
    expect(source).toContain('  title = {{Joining} the dots: {Security} guarantees for {Ukraine}},\n');
    expect(title(source)).toBe('Joining the dots: Security guarantees for Ukraine');
  });

  it('escapes TeX specials so that they come back unchanged', () => {
    const tricky = 'R&D: 50% of {cases} #1 ~ ^ _ $ \\ “quoted” é';
    const item: SiteItem = {
      ...edition,
      title: tricky,
      author: [{ literal: 'Smith and Jones' }, { family: 'O’Brien', given: 'Ann' }],
    };
    for (const variant of ['biblatex', 'bibtex'] as const) {
      const entry = bib(item, variant);
      expect(entry.fields.title).toBe(tricky);
      expect(entry.fields.author).toEqual([
        { name: 'Smith and Jones' },
        { lastName: 'O’Brien', firstName: 'Ann' },
      ]);
    }
    expect(() => toBibTeX(musketeer, 'bad key')).toThrow(/BibTeX key/);
  });
});

const risTags = (ris: string) =>
  ris
    .split('\r\n')
    .filter(Boolean)
    .map((line) => /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line)?.slice(1, 3) ?? ['?', line]);

describe('RIS', () => {
  it('writes each record with the tags Zotero reads, ending "ER  - "', () => {
    expect(risTags(toRIS(edition))).toEqual([
      ['TY', 'ELEC'],
      ['AU', 'Chang, Jun Yan'],
      ['TI', 'Joining the dots: Security guarantees for Ukraine'],
      ['ST', 'Joining the dots'],
      ['T2', 'Glossa'],
      ['M3', 'Annotated edition'],
      ['PY', '2026'],
      ['DA', '2026/12/07/'],
      ['UR', 'https://glossa.example/papers/joining-the-dots/'],
      ['LA', 'en-GB'],
      ['M2', 'original-date: 2025-03-25'],
      ['ER', ''],
    ]);
    expect(risTags(toRIS(original)).slice(0, 9)).toEqual([
      ['TY', 'RPRT'],
      ['AU', 'Chang, Jun Yan'],
      ['TI', 'Joining the dots: Security guarantees for Ukraine'],
      ['ST', 'Joining the dots'],
      ['M3', 'IDSS Paper'],
      ['SN', '039/2025'],
      ['PB', 'S. Rajaratnam School of International Studies, Nanyang Technological University'],
      ['CY', 'Singapore'],
      ['PY', '2025'],
    ]);
    expect(risTags(toRIS(musketeer))[0]).toEqual(['TY', 'ENCYC']);
    for (const item of records) expect(toRIS(item).endsWith('\r\nER  - \r\n')).toBe(true);
  });

  it('writes editors as A2 and keeps every value on one line', () => {
    const item = { ...musketeer, title: 'Two\nlines', editor: [{ family: 'Smith', given: 'Ann' }] };
    const tags = risTags(toRIS(item));
    expect(tags).toContainEqual(['A2', 'Smith, Ann']);
    expect(tags).toContainEqual(['TI', 'Two lines']);
  });
});

describe('CSL-JSON', () => {
  it('round-trips through JSON.parse and formats the same afterwards', () => {
    const file = toCslJson(records);
    expect(file.endsWith(']\n')).toBe(true);
    const parsed = JSON.parse(file) as SiteItem[];
    expect(parsed).toEqual(records);
    expect(formatBibliography(parsed, 'apa')).toEqual(formatBibliography(records, 'apa'));
  });
});
