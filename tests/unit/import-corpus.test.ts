/**
 * `npm run import` on 26 real documents from public projects (tests/fixtures/corpus/README.md):
 * every one is either imported with at least 95 % of its main text's words, its notes, tables,
 * headings and links, as content the build accepts, or refused with the reason. The numbers are
 * pinned: a change that loses a note, a table or a heading changes one of them.
 */
import { describe, expect, it } from 'vitest';
import { documents, measure } from '../fixtures/corpus/measure.ts';
import { parseMdx } from '../../src/lib/content/mdx-check.ts';
import { contentRules } from '../../src/lib/content/mdx-rules.ts';

/** File, source words, words kept, notes, tables, headings, links, refused. */
const expected: [string, number, number, number, number, number, number, boolean][] = [
  ['ansi-colors-readme.md', 1041, 1041, 0, 2, 20, 27, false],
  ['base-passwd-users-and-groups.html', 2334, 2334, 0, 0, 4, 1, false],
  ['bibhtml.html', 3085, 3085, 0, 0, 17, 12, false],
  ['css-select-readme.md', 1678, 1678, 0, 0, 13, 65, false],
  ['debian-python-policy.html', 5904, 5856, 0, 0, 46, 20, false],
  ['kpathsea.html', 20582, 20563, 0, 3, 56, 55, false],
  ['mammoth-comments.docx', 1, 1, 0, 0, 0, 0, false],
  ['mammoth-endnotes.docx', 8, 8, 2, 0, 0, 0, false],
  ['mammoth-footnote-hyperlink.docx', 1, 1, 1, 0, 0, 1, true],
  ['mammoth-footnotes.docx', 8, 8, 2, 0, 0, 0, false],
  ['mammoth-simple-list.docx', 2, 2, 0, 0, 0, 0, true],
  ['mammoth-strikethrough.docx', 6, 6, 0, 0, 0, 0, false],
  ['mammoth-tables.docx', 10, 10, 0, 1, 0, 0, false],
  ['mammoth-text-box.docx', 2, 2, 0, 0, 0, 0, false],
  ['nodejs-building.md', 4855, 4855, 14, 3, 51, 44, false],
  ['nodejs-security.md', 2036, 2036, 0, 0, 23, 8, false],
  ['nodejs-url.html', 7449, 7445, 0, 20, 69, 131, false],
  ['nodejs-webcrypto.html', 4610, 4610, 15, 11, 104, 291, false],
  ['nodejs-webcrypto.md', 3896, 3896, 15, 4, 104, 19, false],
  ['pip-installation.md', 547, 547, 1, 0, 7, 5, false],
  ['pip-local-project-installs.md', 526, 526, 1, 0, 3, 0, false],
  ['smol-toml-readme.md', 4261, 4261, 3, 8, 21, 39, false],
  ['underscore-docs.html', 12378, 12378, 0, 0, 10, 231, false],
  ['urlbst.html', 2730, 2730, 0, 2, 7, 21, false],
  ['xmldom-readme.md', 1106, 1106, 0, 0, 13, 42, false],
  ['zlib-how.html', 4361, 4359, 0, 0, 0, 0, false],
];

describe('import: the corpus of real documents', () => {
  it('holds at least 20 documents, all of them pinned here', () => {
    expect(documents().length).toBeGreaterThanOrEqual(20);
    expect(expected.map((e) => e[0])).toEqual(documents());
  });

  for (const [file, sourceWords, keptWords, notes, tables, headings, links, refused] of expected) {
    it(
      file,
      async () => {
        const got = await measure(file);
        expect({ ...got, mdx: undefined, refused: got.refused !== undefined }).toEqual({
          file,
          sourceWords,
          keptWords,
          notes,
          tables,
          headings,
          links,
          refused,
          mdx: undefined,
        });
        if (refused) {
          expect(got.refused?.startsWith(`${file}: `)).toBe(true);
          expect(got.refused).toMatch(/[Nn]othing was written\.$/);
          return;
        }
        expect(keptWords / sourceWords).toBeGreaterThanOrEqual(0.95);
        const [front = '', ...rest] = got.mdx.split('\n---\n');
        const body = rest.join('\n---\n');
        const firstLine = front.split('\n').length + 2;
        const { tree, problems } = parseMdx({ body, file, firstLine });
        expect(problems).toEqual([]);
        if (!tree) throw new Error(`${file}: the imported body does not parse`);
        expect(contentRules(tree, { file, firstLine }, { paper: true })).toEqual([]);
      },
      60_000,
    );
  }
});
