/** The citation download files: BibTeX (biblatex and classic), RIS and CSL-JSON. */
import { describe, expect, it } from 'vitest';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { toBibTeX, toCslJson, toRIS } from '../../src/lib/citations/export.ts';
import { formatBibliography } from '../../src/lib/citations/citeproc.ts';
import type { SiteItem } from '../../src/lib/citations/types.ts';
import { musketeer, edition, original, records } from './citation-records.ts';

const bib = (item: SiteItem, variant: 'biblatex' | 'bibtex') => {
  const library = parseBibTeX(toBibTeX(item, item.id, variant));
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  const [entry] = library.entries;
  if (!entry) throw new Error('no entry');
  return entry;
};

describe('BibTeX', () => {
  it('writes a concept as biblatex @online with the site as a braced group author', () => {
    const entry = bib(musketeer, 'biblatex');
    expect(entry.type).toBe('online');
    expect(entry.key).toBe('musketeer-principle');
    expect(entry.fields).toEqual({
      author: [{ name: 'Glossa' }],
      title: 'Musketeer principle',
      organization: ['Glossa'],
      date: '2026-11-29',
      url: 'https://glossa.example/concepts/musketeer-principle/',
      urldate: '2026-11-26',
      langid: 'british',
    });
  });

  it('writes a concept as classic @misc with the URL in howpublished and the access date in a note', () => {
    const source = toBibTeX(musketeer, 'musketeer-principle', 'bibtex');
    expect(source).toContain(
      '  howpublished = {\\url{https://glossa.example/concepts/musketeer-principle/}},\n',
    );
    expect(source).toContain('  month = nov,\n');
    const entry = bib(musketeer, 'bibtex');
    expect(entry.type).toBe('misc');
    expect(entry.fields).toMatchObject({
      author: [{ name: 'Glossa' }],
      title: 'Musketeer principle',
      year: '2026',
      month: '11',
      note: 'Glossa. Accessed 26 November 2026',
    });
  });

  it('writes the edition with its original date and the original as a report', () => {
    expect(bib(edition, 'biblatex').fields).toMatchObject({
      author: [{ lastName: 'Chang', firstName: 'Jun Yan' }],
      title: 'Joining the Dots: Security Guarantees for Ukraine',
      shorttitle: 'Joining the Dots',
      titleaddon: 'Annotated edition',
      date: '2026-11-26',
      origdate: '2025-03-25',
    });
    expect(bib(edition, 'bibtex').fields.note).toBe(
      'Annotated edition, Glossa. Originally published 25 March 2025. Accessed 26 November 2026',
    );
    const report = bib(original, 'biblatex');
    expect(report.type).toBe('report');
    expect(report.fields).toMatchObject({
      type: 'IDSS Paper',
      number: '039/2025',
      institution: ['S. Rajaratnam School of International Studies, Nanyang Technological University'],
      location: ['Singapore'],
      date: '2025-03-25',
      urldate: '2026-11-26',
    });
    const classic = bib(original, 'bibtex');
    expect(classic.type).toBe('techreport');
    expect(classic.fields).toMatchObject({
      address: 'Singapore',
      year: '2025',
      month: '3',
      type: 'IDSS Paper',
    });
  });

  it('protects the capitals of titles word by word, so that importers keep them too', () => {
    const title = (source: string) => parseBibTeX(source).entries[0]?.fields.title;
    // Controls: this parser (Better BibTeX's) sentence-cases English titles, and it treats braces
    // around a whole title as a habit to undo, so neither form would keep "Ukraine".
    expect(title('@misc{k, title = {Joining the Dots: for Ukraine}}')).toBe('Joining the dots: for ukraine');
    expect(title('@misc{k, title = {{Joining the Dots: for Ukraine}}}')).toBe(
      'Joining the dots: for ukraine',
    );
    const source = toBibTeX(original, 'k');
    expect(source).toContain('  title = {{Joining} the {Dots}: {Security} {Guarantees} for {Ukraine}},\n');
    expect(title(source)).toBe('Joining the Dots: Security Guarantees for Ukraine');
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
  it('writes each record with the right type and tags, ending "ER  - "', () => {
    expect(risTags(toRIS(musketeer))).toEqual([
      ['TY', 'ENCYC'],
      ['AU', 'Glossa'],
      ['TI', 'Musketeer principle'],
      ['T2', 'Glossa'],
      ['PY', '2026'],
      ['DA', '2026/11/29/'],
      ['UR', 'https://glossa.example/concepts/musketeer-principle/'],
      ['LA', 'en-GB'],
      ['Y2', '2026/11/26/'],
      ['ER', ''],
    ]);
    expect(risTags(toRIS(edition))).toEqual([
      ['TY', 'ELEC'],
      ['AU', 'Chang, Jun Yan'],
      ['TI', 'Joining the Dots: Security Guarantees for Ukraine'],
      ['ST', 'Joining the Dots'],
      ['T2', 'Glossa'],
      ['M3', 'Annotated edition'],
      ['PY', '2026'],
      ['DA', '2026/11/26/'],
      ['UR', 'https://glossa.example/papers/joining-the-dots/'],
      ['LA', 'en-GB'],
      ['Y2', '2026/11/26/'],
      ['ER', ''],
    ]);
    expect(risTags(toRIS(original))).toEqual([
      ['TY', 'RPRT'],
      ['AU', 'Chang, Jun Yan'],
      ['TI', 'Joining the Dots: Security Guarantees for Ukraine'],
      ['ST', 'Joining the Dots'],
      ['M3', 'IDSS Paper'],
      ['SN', '039/2025'],
      ['PB', 'S. Rajaratnam School of International Studies, Nanyang Technological University'],
      ['CY', 'Singapore'],
      ['PY', '2025'],
      ['DA', '2025/03/25/'],
      [
        'UR',
        'https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine',
      ],
      ['LA', 'en-GB'],
      ['Y2', '2026/11/26/'],
      ['ER', ''],
    ]);
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
