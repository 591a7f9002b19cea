/** The CSL-JSON records of the site's works, built from the real content. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  entryRecord,
  originalPaperRecord,
  paperEditionRecord,
  paperKey,
} from '../../src/lib/citations/records.ts';
import { content, edition, musketeer, original, paper, site } from './citation-records.ts';

describe('records', () => {
  it('cites a concept as an entry in the site, by the site as group author, at its latest revision', () => {
    expect(musketeer).toEqual({
      id: 'musketeer-principle',
      type: 'entry-encyclopedia',
      title: 'Musketeer principle',
      author: [{ literal: 'Glossa' }],
      'container-title': 'Glossa',
      issued: { 'date-parts': [[2026, 12, 7]] },
      abstract: musketeer.abstract,
      URL: 'https://glossa.example/concepts/musketeer-principle/2026-12-07/',
      language: 'en-GB',
    });
  });

  it('names the editors as authors once the site has some, and keeps a publisher that is not the site', () => {
    const item = entryRecord({
      id: 'x',
      entry: {
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
      title: 'Joining the dots: Security guarantees for Ukraine',
      'title-short': 'Joining the dots',
      author: [{ family: 'Chang', given: 'Jun Yan' }],
      'container-title': 'Glossa',
      genre: 'Annotated edition',
      // The edition's latest revision, not its first publication (26 November 2026).
      issued: { 'date-parts': [[2026, 12, 7]] },
      'original-date': { 'date-parts': [[2025, 3, 25]] },
      note: 'original-date: 2025-03-25',
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

  it('cites the edition at its latest revision, or at its first publication while it has none', () => {
    expect(paper.revisions.map((r) => r.date)).toEqual(['2026-11-26', '2026-11-29', '2026-12-07']);
    const unrevised = paperEditionRecord({
      id: 'e',
      paper: { ...paper, revisions: [] },
      site,
      url: 'https://x.example/',
    });
    expect(unrevised.issued).toEqual({ 'date-parts': [[2026, 11, 26]] });
    const later = paperEditionRecord({
      id: 'e',
      paper: { ...paper, revisions: [...paper.revisions, { date: '2027-01-02', note: 'Marks added.' }] },
      site,
      url: 'https://x.example/',
    });
    expect(later.issued).toEqual({ 'date-parts': [[2027, 1, 2]] });
  });

  it('cites a published version of the edition at its own date and permanent URL (issue 34)', () => {
    const url = 'https://x.example/papers/joining-the-dots/2026-11-29/';
    const version = paperEditionRecord({ id: 'e', paper, site, url, version: '2026-11-29' });
    expect(version.issued).toEqual({ 'date-parts': [[2026, 11, 29]] });
    expect(version.URL).toBe(url);
    // The original's date stays the publisher's.
    expect(version['original-date']).toEqual({ 'date-parts': [[2025, 3, 25]] });
  });

  it('cites the original as the publisher’s numbered report, from the paper’s frontmatter only', () => {
    expect(original).toEqual({
      id: 'chang-2025',
      type: 'report',
      title: 'Joining the dots: Security guarantees for Ukraine',
      'title-short': 'Joining the dots',
      author: [{ family: 'Chang', given: 'Jun Yan' }],
      genre: 'IDSS Paper',
      number: '039/2025',
      publisher: 'S. Rajaratnam School of International Studies, Nanyang Technological University',
      'publisher-place': 'Singapore',
      issued: { 'date-parts': [[2025, 3, 25]] },
      URL: 'https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine',
      language: 'en-GB',
    });
    // One record per work: the paper's frontmatter is the shelf's "chang-2025"; bibliography.yaml has no copy.
    expect(paperKey(paper)).toBe(original.id);
    expect(Object.keys(parseYaml(content('bibliography.yaml')) as object)).not.toContain(original.id);
  });

  it('keeps the published title and takes the sentence-case form from the frontmatter, not from the output', () => {
    expect(paper.title).toBe('Joining the Dots: Security Guarantees for Ukraine');
    expect(originalPaperRecord({ ...paper, titleSentenceCase: undefined }).title).toBe(paper.title);
  });

  it('cites the version asked for, and refuses a date that is not one of the revisions', () => {
    const entry = { title: 'X', revisions: [{ date: '2026-11-26' }, { date: '2026-11-29' }] };
    const at = (version?: string) => entryRecord({ id: 'x', entry, site, url: 'u', version }).issued;
    expect(at()).toEqual({ 'date-parts': [[2026, 11, 29]] });
    expect(at('2026-11-26')).toEqual({ 'date-parts': [[2026, 11, 26]] });
    expect(() => at('2026-11-27')).toThrow(/no revision dated 2026-11-27/);
  });

  it('puts no access date in any record: the build date is nobody’s access date', () => {
    for (const item of [musketeer, edition, original]) expect(item).not.toHaveProperty('accessed');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => originalPaperRecord({ ...paper, issued: '25 March 2025' })).toThrow(/YYYY-MM-DD/);
  });
});
