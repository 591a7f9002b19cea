/** `npm run import`: the three source shapes (publisher's HTML page, Word, Markdown) and plain text. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import { fromHtml as parseHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { convert } from '../../src/cli/import/convert.ts';
import { repairHyphenation } from '../../src/cli/import/from-markdown.ts';
import { isoDate } from '../../src/cli/import/types.ts';
import { paperParagraphs } from '../../src/cli/mark/paper-text.ts';
import { docxNotes, docxParagraphs, makeDocx } from '../fixtures/import/make-docx.ts';

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/import', name);
const run = async (name: string) => convert(fixture(name), readFileSync(fixture(name)), '2026-11-29');
const record = (mdx: string) => parseYaml(mdx.split('---\n')[1] ?? '') as Record<string, unknown>;

describe('import: a publisher’s HTML page', async () => {
  const html = readFileSync(fixture('publisher-page.html'), 'utf8');
  const { mdx, unconverted, remarks } = await run('publisher-page.html');

  it('reads the record from citation_*, DC.*, og:* and JSON-LD', () => {
    expect(record(mdx)).toMatchObject({
      title: 'Harbour Alliances in a Shifting Sea',
      authors: [
        { family: 'Marlow', given: 'Edith Anne' },
        { family: 'Okafor', given: 'Daniel' },
      ],
      genre: 'Policy Brief',
      series: 'Northgate Policy Brief',
      number: '12/2025',
      issued: '2025-06-14',
      publisher: 'Northgate Institute for Policy Studies',
      publisherPlace: 'TODO: city',
      url: 'https://northgate.example.org/briefs/harbour-alliances',
      language: 'en-GB',
    });
    expect(String(record(mdx)['rights'])).toMatch(/^© 2025 Northgate Institute/);
  });

  it('keeps the article and leaves out navigation, share buttons, related links, cookie banner, footer', () => {
    for (const chrome of [
      'Research',
      'Share on',
      'cookies',
      'Ports and power',
      'newsletter',
      'Privacy',
      'Navies',
      'Senior Fellow',
      'Notes',
    ])
      expect(mdx).not.toContain(chrome);
    const source = parseHtml(html);
    const expected = selectAll('[itemprop=articleBody] > p', source).map((p) =>
      hastText({ ...p, children: p.children.filter((c) => !(c.type === 'element' && c.tagName === 'sup')) })
        .replace(/\s+/g, ' ')
        .trim(),
    );
    // The first paragraph is the summary, set apart as <Synopsis>.
    expect(paperParagraphs(mdx)).toEqual(expected.slice(1));
  });

  it('places footnotes as <Note> where the reference stands; figures as caption and credit', () => {
    expect(mdx).toContain(
      'share them in war,<Note>The first such promise was made in 1951.</Note> a promise',
    );
    expect(mdx).toContain('<Note>On denial, see the *Northgate Handbook*, chapter 3.</Note>');
    expect(mdx).toContain(
      '<FigureNote credit="Northgate archive, 2024.">\n  Allied ships share a berth during an exercise.\n</FigureNote>',
    );
    expect(remarks.join('\n')).toContain('images/harbour.jpg');
  });

  it('keeps external links, turns links to "#" into text with an edition note, and escapes MDX', () => {
    expect(mdx).toContain('[published pact](https://treaties.example.org/harbour-pact)');
    expect(mdx).toContain('what does a rival conclude from');
    expect(String(record(mdx)['editionNote'])).toContain('“conclude”');
    expect(mdx).toContain('\\{berths} \\< \\{ships}');
    expect(() => unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(mdx)).not.toThrow();
  });

  it('keeps the table as a table, and leaves nothing unconverted', () => {
    expect(unconverted).toEqual([]);
    expect(mdx).toMatch(/^\| Port +\| Berths \|\n\| -+ \| -+ \|\n\| North +\| 12 +\|$/m);
  });
});

describe('import: a Word file', async () => {
  const data = await makeDocx();
  const { mdx, meta } = await convert('paper.docx', data, '2026-11-29');

  it('reads title and authors from the core properties; the file date is marked for checking', () => {
    expect(meta.title).toBe('Lamps and Sensors: Shared Watch at Sea');
    expect(meta.authors).toEqual([
      { family: 'Lumen', given: 'Ada' },
      { family: 'Sample', given: 'Ben' },
    ]);
    expect(mdx).toMatch(/^issued: "\d{4}-\d{2}-\d{2}" # TODO: check: the Word file's creation date/m);
  });

  it('gives the paragraphs (page break joined), footnotes inline and the figure', () => {
    expect(paperParagraphs(mdx)).toEqual(docxParagraphs);
    for (const note of docxNotes) expect(mdx).toContain(`<Note>${note}</Note>`);
    expect(mdx).toContain('<FigureNote credit="Coast Guard Museum, public domain.">');
    expect(mdx).toMatch(/^## The lamps$/m);
  });
});

describe('import: Markdown and plain text', async () => {
  const { mdx, unconverted } = await run('field-notes.md');

  it('reads the front matter, joins the page break, inlines footnotes, keeps the table', () => {
    expect(record(mdx)).toMatchObject({
      title: 'Field Notes on Shared Harbours',
      series: 'Field Notes',
      number: '7',
      issued: '2025-09-30',
    });
    expect(mdx).toContain('and the guests for a cap on it.<Note>The cap is usually set by treaty.</Note>');
    expect(mdx).not.toMatch(/^# Field Notes/m);
    expect(unconverted).toEqual([]);
    expect(mdx).toMatch(/^\| Port +\| Berths \|\n\| -+ \| -+ \|\n\| West +\| 4 +\|$/m);
    expect(mdx).toContain('<FigureNote credit="TODO: the image credit as printed with the original">');
  });

  it('repairs hyphenation at line ends, keeping compounds the text spells with a hyphen', () => {
    expect(repairHyphenation('a defen-\nce of like-\nminded states, like-minded ones')).toBe(
      'a defence of like-minded states, like-minded ones',
    );
  });

  it('reads dates in the forms publishers print', () => {
    expect(isoDate('25 March 2025')).toBe('2025-03-25');
    expect(isoDate('2025/06/14')).toBe('2025-06-14');
    expect(isoDate('March 2025')).toBeUndefined();
  });

  it('refuses a format it does not know, saying which it takes', async () => {
    await expect(convert('paper.pdf', Buffer.from(''), '2026-11-29')).rejects.toThrow(
      /cannot import a "\.pdf" file\. Expected one of \.html/,
    );
  });
});
