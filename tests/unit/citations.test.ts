/**
 * The citation core: CSL-JSON records built from the real content, formatted by citeproc-js with
 * the official CSL styles, and the BibTeX, RIS and CSL-JSON exports.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { conceptSchema, paperSchema, siteSchema, sourceSchema } from '../../src/lib/schemas.ts';
import {
  apaParagraphCitation,
  citationStyles,
  conceptRecord,
  formatBibliography,
  formatCitation,
  originalPaperRecord,
  paperEditionRecord,
  toBibTeX,
  toCslJson,
  toRIS,
  type CitationStyle,
  type CslItem,
} from '../../src/lib/citations.ts';

const content = (path: string) => readFileSync(join(process.cwd(), 'content', path), 'utf8');
const frontmatter = (path: string): unknown => parseYaml(splitFrontmatter(content(path))?.yaml ?? '');

const site = siteSchema.parse(parseYaml(content('site.yaml')));
const paper = paperSchema.parse(frontmatter('papers/joining-the-dots.mdx'));
// The build date stands in for the access date; "today" is the day the entries were published.
const accessed = '2026-11-26';

const concept = (id: string) =>
  conceptRecord({
    id,
    concept: conceptSchema.parse(frontmatter(`concepts/${id}.mdx`)),
    site,
    url: `https://glossa.example/concepts/${id}/`,
    accessed,
  });

const musketeer = concept('musketeer-principle');
const denial = concept('deterrence-by-denial');
const edition = paperEditionRecord({
  id: 'joining-the-dots-annotated',
  paper,
  site,
  url: 'https://glossa.example/papers/joining-the-dots/',
  accessed,
});
const original = originalPaperRecord(paper, { accessed });
const records = [musketeer, denial, edition, original];

describe('records', () => {
  it('cites a concept as an entry in the site, by the site as group author, at its latest revision', () => {
    expect(musketeer).toEqual({
      id: 'musketeer-principle',
      type: 'entry-encyclopedia',
      title: 'Musketeer principle',
      author: [{ literal: 'Glossa' }],
      'container-title': 'Glossa',
      issued: { 'date-parts': [[2026, 11, 29]] },
      accessed: { 'date-parts': [[2026, 11, 26]] },
      URL: 'https://glossa.example/concepts/musketeer-principle/',
      language: 'en-GB',
    });
  });

  it('names the editors as authors once the site has some, and keeps a publisher that is not the site', () => {
    const item = conceptRecord({
      id: 'x',
      concept: {
        title: 'X',
        revisions: [
          { date: '2026-03-01', note: 'Corrected.' },
          { date: '2025-01-09', note: 'First published (listed out of order).' },
        ],
      },
      site: { ...site, publisher: 'Glossa Press', editors: [{ family: 'Smith', given: 'Ann' }] },
      url: 'https://glossa.example/concepts/x/',
    });
    expect(item.author).toEqual([{ family: 'Smith', given: 'Ann' }]);
    expect(item.publisher).toBe('Glossa Press');
    expect(item.issued).toEqual({ 'date-parts': [[2026, 3, 1]] });
    expect(item).not.toHaveProperty('accessed');
  });

  it('cites the annotated edition as the author’s text in the site, with the original date', () => {
    expect(edition).toEqual({
      id: 'joining-the-dots-annotated',
      type: 'webpage',
      title: 'Joining the Dots: Security Guarantees for Ukraine',
      'title-short': 'Joining the Dots',
      author: [{ family: 'Chang', given: 'Jun Yan' }],
      'container-title': 'Glossa',
      genre: 'Annotated edition',
      issued: { 'date-parts': [[2026, 11, 26]] },
      'original-date': { 'date-parts': [[2025, 3, 25]] },
      accessed: { 'date-parts': [[2026, 11, 26]] },
      URL: 'https://glossa.example/papers/joining-the-dots/',
      language: 'en-GB',
    });
    const edited = paperEditionRecord({
      id: 'e',
      paper,
      site: { ...site, editors: [{ family: 'Smith', given: 'Ann' }] },
      url: 'https://glossa.example/papers/joining-the-dots/',
    });
    expect(edited.editor).toEqual([{ family: 'Smith', given: 'Ann' }]);
    expect(edited.author).toEqual(edition.author);
  });

  it('cites the original as the publisher’s numbered report, agreeing with content/bibliography.yaml', () => {
    expect(original).toEqual({
      id: 'chang-2025',
      type: 'report',
      title: 'Joining the Dots: Security Guarantees for Ukraine',
      'title-short': 'Joining the Dots',
      author: [{ family: 'Chang', given: 'Jun Yan' }],
      genre: 'IDSS Paper',
      number: '039/2025',
      publisher: 'S. Rajaratnam School of International Studies, Nanyang Technological University',
      'publisher-place': 'Singapore',
      issued: { 'date-parts': [[2025, 3, 25]] },
      accessed: { 'date-parts': [[2026, 11, 26]] },
      URL: 'https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine',
      language: 'en-GB',
    });
    const bib = sourceSchema.parse(
      (parseYaml(content('bibliography.yaml')) as Record<string, unknown>)[original.id],
    );
    expect(bib).toMatchObject({
      title: original.title,
      author: original.author,
      issued: original.issued,
      number: original.number,
      publisher: original.publisher,
      'publisher-place': original['publisher-place'],
      URL: original.URL,
    });
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => originalPaperRecord({ ...paper, issued: '25 March 2025' })).toThrow(/YYYY-MM-DD/);
  });
});

/*
 * The pinned strings below were checked against the guides before they were pinned.
 * Where the official CSL style differs from its guide, the difference is accepted, because the
 * styles are the ones readers' reference managers use (a reader who imports our CSL-JSON into
 * Zotero gets these same strings) and because one record must serve all four styles:
 *
 * APA 7 (apa.csl)
 * - Entry in an online reference work with a group author: "Glossa. (2026). Musketeer principle.
 *   In Glossa. URL", the shape of APA's own "American Psychological Association. (n.d.).
 *   Positive transference. In APA dictionary of psychology." example. The publisher is left out
 *   because it is the author (the record drops it, see citations.ts). No retrieval date: APA asks
 *   for one only for undated pages that change; ours are dated by their latest revision.
 * - Titles of whole works should be in sentence case ("Joining the dots: Security guarantees for
 *   Ukraine"). CSL cannot sentence-case, and the record keeps the title as published, so APA
 *   prints the paper's title in title case. Concept titles are already sentence case.
 * - The edition follows APA's republished-work rule: "(Original work published 2025)" in the
 *   reference, "(Chang, 2025/2026)" in the text; "[Annotated edition]" is the bracketed
 *   description. The report number reads "(IDSS Paper No. 039/2025)", as APA's "(Report No. 123)".
 *
 * MLA 9 (modern-language-association.csl)
 * - MLA skips an organisation as author when it is also the publisher and begins with the title:
 *   '"Musketeer Principle." Glossa, 29 Nov. 2026, URL.' The style prints "Glossa." first (and
 *   "(Glossa)" in the text) because the record names the group author APA and Chicago need.
 * - MLA lets writers drop "https://" from URLs; the style keeps it, which MLA also allows.
 * - The report's series and number print as "IDSS Paper, 039/2025" where MLA would write
 *   "IDSS Paper 039/2025"; the edition's "annotated ed." is not printed (the style has no slot
 *   for a genre on web pages). The original date after the edition's title ("2025.") is MLA's
 *   optional element for republished works.
 *
 * Chicago 17 author-date (chicago-author-date.csl)
 * - CMOS cites online reference works in the text ("s.v.") rather than in the reference list;
 *   for a list entry the style treats the site like a printed encyclopedia ("In Glossa", italic)
 *   where CMOS's website model would print the site in roman without "In". Accepted: the entry
 *   is still complete and unambiguous.
 * - The edition follows CMOS's reprint form, "(2025) 2026" and "(Chang [2025] 2026)".
 * - The style sets report titles in quotation marks; CMOS italicises separately published
 *   reports but quotes papers in a series, which an IDSS Paper is.
 *
 * Chicago 17 notes and bibliography (chicago-note-bibliography.csl)
 * - This style gives short notes throughout ("Chang, “Joining the Dots.”"), which CMOS allows
 *   when the work has a full bibliography. The short title is the record's `title-short`.
 * - The style prints a report number only for patents and legal documents, so the original's
 *   entry reads "IDSS Paper." without "039/2025". Putting the number in `collection-number`
 *   instead would fix this style but drop the series and number from MLA and the "No." from
 *   APA; the CSL convention for a numbered report (genre + number) is kept.
 * - The edition's original date is not printed: the style's reprint form ("2025. Reprint,")
 *   needs a publisher, which the record omits because it would repeat the site's name.
 *
 * Both Chicago styles print the dates in American form ("November 26, 2026") and all four use
 * double quotation marks with the full stop inside: the en-US locale, chosen on purpose (see
 * citations-format.ts), since those are the guides' own conventions.
 */
type Pinned = Record<CitationStyle, { reference: string; cite: string }>;

const pinned: Record<string, Pinned> = {
  'musketeer-principle': {
    apa: {
      reference:
        'Glossa. (2026). Musketeer principle. In <i>Glossa</i>. https://glossa.example/concepts/musketeer-principle/',
      cite: '(Glossa, 2026)',
    },
    'modern-language-association': {
      reference:
        'Glossa. “Musketeer Principle.” <i>Glossa</i>, 29 Nov. 2026, https://glossa.example/concepts/musketeer-principle/.',
      cite: '(Glossa)',
    },
    'chicago-author-date': {
      reference:
        'Glossa. 2026. “Musketeer Principle.” In <i>Glossa</i>. https://glossa.example/concepts/musketeer-principle/.',
      cite: '(Glossa 2026)',
    },
    'chicago-note-bibliography': {
      reference:
        'Glossa. “Musketeer Principle.” In <i>Glossa</i>, November 29, 2026. https://glossa.example/concepts/musketeer-principle/.',
      cite: 'Glossa, “Musketeer Principle.”',
    },
  },
  'deterrence-by-denial': {
    apa: {
      reference:
        'Glossa. (2026). Deterrence by denial. In <i>Glossa</i>. https://glossa.example/concepts/deterrence-by-denial/',
      cite: '(Glossa, 2026)',
    },
    'modern-language-association': {
      reference:
        'Glossa. “Deterrence by Denial.” <i>Glossa</i>, 29 Nov. 2026, https://glossa.example/concepts/deterrence-by-denial/.',
      cite: '(Glossa)',
    },
    'chicago-author-date': {
      reference:
        'Glossa. 2026. “Deterrence by Denial.” In <i>Glossa</i>. https://glossa.example/concepts/deterrence-by-denial/.',
      cite: '(Glossa 2026)',
    },
    'chicago-note-bibliography': {
      reference:
        'Glossa. “Deterrence by Denial.” In <i>Glossa</i>, November 29, 2026. https://glossa.example/concepts/deterrence-by-denial/.',
      cite: 'Glossa, “Deterrence by Denial.”',
    },
  },
  'joining-the-dots-annotated': {
    apa: {
      reference:
        'Chang, J. Y. (2026, November 26). <i>Joining the Dots: Security Guarantees for Ukraine</i> [Annotated edition]. Glossa. https://glossa.example/papers/joining-the-dots/ (Original work published 2025)',
      cite: '(Chang, 2025/2026)',
    },
    'modern-language-association': {
      reference:
        'Chang, Jun Yan. “Joining the Dots: Security Guarantees for Ukraine.” 2025. <i>Glossa</i>, 26 Nov. 2026, https://glossa.example/papers/joining-the-dots/.',
      cite: '(Chang)',
    },
    'chicago-author-date': {
      reference:
        'Chang, Jun Yan. (2025) 2026. “Joining the Dots: Security Guarantees for Ukraine.” Annotated edition. Glossa. November 26, 2026. https://glossa.example/papers/joining-the-dots/.',
      cite: '(Chang [2025] 2026)',
    },
    'chicago-note-bibliography': {
      reference:
        'Chang, Jun Yan. “Joining the Dots: Security Guarantees for Ukraine.” Annotated edition. Glossa, November 26, 2026. https://glossa.example/papers/joining-the-dots/.',
      cite: 'Chang, “Joining the Dots.”',
    },
  },
  'chang-2025': {
    apa: {
      reference:
        'Chang, J. Y. (2025). <i>Joining the Dots: Security Guarantees for Ukraine</i> (IDSS Paper No. 039/2025). S. Rajaratnam School of International Studies, Nanyang Technological University. https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine',
      cite: '(Chang, 2025)',
    },
    'modern-language-association': {
      reference:
        'Chang, Jun Yan. <i>Joining the Dots: Security Guarantees for Ukraine</i>. IDSS Paper, 039/2025, S. Rajaratnam School of International Studies, Nanyang Technological University, 25 Mar. 2025, https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine.',
      cite: '(Chang)',
    },
    'chicago-author-date': {
      reference:
        'Chang, Jun Yan. 2025. “Joining the Dots: Security Guarantees for Ukraine.” IDSS Paper 039/2025. Singapore: S. Rajaratnam School of International Studies, Nanyang Technological University. https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine.',
      cite: '(Chang 2025)',
    },
    'chicago-note-bibliography': {
      reference:
        'Chang, Jun Yan. “Joining the Dots: Security Guarantees for Ukraine.” IDSS Paper. Singapore: S. Rajaratnam School of International Studies, Nanyang Technological University, March 25, 2025. https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine.',
      cite: 'Chang, “Joining the Dots.”',
    },
  },
};

const cases = records.flatMap((item) =>
  citationStyles.map((style) => ({ item, style, expected: pinned[item.id]?.[style] })),
);

describe('formatted citations', () => {
  it.each(cases)('$item.id in $style', ({ item, style, expected }) => {
    const citation = formatCitation(item, style);
    expect(citation.reference.html).toBe(expected?.reference);
    expect(citation.reference.text).toBe(expected?.reference.replace(/<\/?i>/g, ''));
    expect(citation.cite).toEqual({ text: expected?.cite, html: expected?.cite });
    expect(citation.citeKind).toBe(style === 'chicago-note-bibliography' ? 'note' : 'parenthetical');
  });

  it('leaves the access date to the style: none prints it for a dated entry, so builds do not differ', () => {
    const undated = { ...musketeer };
    delete undated.accessed;
    for (const style of citationStyles) {
      expect(formatCitation(undated, style)).toEqual(formatCitation(musketeer, style));
    }
  });

  it('reads each item afresh even when an id is reused', () => {
    const renamed = { ...musketeer, title: 'All for one' };
    expect(formatCitation(renamed, 'apa').reference.text).toContain('All for one. In Glossa.');
    expect(formatCitation(musketeer, 'apa').reference.text).toContain('Musketeer principle. In Glossa.');
  });

  it('pinpoints a paragraph of the original in APA', () => {
    expect(apaParagraphCitation(original, 7)).toEqual({
      text: '(Chang, 2025, para. 7)',
      html: '(Chang, 2025, para. 7)',
    });
    expect(apaParagraphCitation(original, '7-8').text).toBe('(Chang, 2025, paras. 7–8)');
  });

  it('sorts a reference list and lets the style mark a repeated author', () => {
    const apa = formatBibliography([musketeer, original, denial, edition], 'apa');
    expect(apa.map((e) => e.id)).toEqual([
      'chang-2025',
      'joining-the-dots-annotated',
      'deterrence-by-denial',
      'musketeer-principle',
    ]);
    const chicago = formatBibliography([original, edition], 'chicago-note-bibliography');
    expect(chicago[1]?.text).toMatch(/^———\. “Joining the Dots/);
    expect(() => formatBibliography([musketeer, musketeer], 'apa')).toThrow(/share the id/);
  });

  it('escapes text in the HTML and keeps it plain in the text', () => {
    const item = { ...musketeer, title: 'R&D <script>alert(1)</script>' };
    const { reference } = formatCitation(item, 'apa');
    expect(reference.html).toContain('R&#38;D &#60;script&#62;alert(1)&#60;/script&#62;.');
    expect(reference.text).toContain('R&D <script>alert(1)</script>.');
  });
});

const bib = (item: CslItem, variant: 'biblatex' | 'bibtex') => {
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
    const item: CslItem = {
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
    const parsed = JSON.parse(file) as CslItem[];
    expect(parsed).toEqual(records);
    expect(formatBibliography(parsed, 'apa')).toEqual(formatBibliography(records, 'apa'));
  });
});
