/** Citations formatted by citeproc-js with the official CSL styles, pinned per style. */
import { describe, expect, it } from 'vitest';
import {
  apaParagraphCitation,
  citationStyles,
  formatBibliography,
  formatCitation,
  type CitationStyle,
} from '../../src/lib/citations/citeproc.ts';
import { musketeer, denial, edition, original, records } from './citation-records.ts';

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
        'Chang, J. Y. (2026, November 26). <i>Joining the dots: Security guarantees for Ukraine</i> [Annotated edition]. Glossa. https://glossa.example/papers/joining-the-dots/ (Original work published 2025)',
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
        'Chang, J. Y. (2025). <i>Joining the dots: Security guarantees for Ukraine</i> (IDSS Paper No. 039/2025). S. Rajaratnam School of International Studies, Nanyang Technological University. https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine',
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
