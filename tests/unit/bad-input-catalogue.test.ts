/**
 * The bad-input catalogue, part 2: one row per mistake an editor can make (or a hostile file can
 * contain), each pinned with the first line of its message (file:line:column and what is wrong)
 * in the snapshot beside this file. Every row edits a copy of tests/fixtures/minimal. Together
 * with bad-input.test.ts this is the catalogue the README's "Errors you may see" points to.
 * A row that must be accepted says so (`accepted`); a row that only warns says `warns`.
 */
import { describe, expect, it } from 'vitest';
import { loadEdited } from './helpers.ts';

type Edits = Parameters<typeof loadEdited>[0];
const body = (text: string) => (t: string) =>
  t.replace(/\n## First section[\s\S]*$/, `\n## First section\n\n${text}\n`);
const front = (from: string | RegExp, to: string) => (t: string) => t.replace(from, to);
const paper = (text: string): Edits => ({ 'papers/test-paper.mdx': body(text) });
const alpha = (from: string | RegExp, to: string): Edits => ({ 'concepts/alpha-idea.mdx': front(from, to) });
const beta = (from: string | RegExp, to: string): Edits => ({ 'concepts/beta-idea.mdx': front(from, to) });
const entry = (fields: string, text = 'A test entry.') =>
  `---\n${fields}\nsources:\n  - ref: test-book-2000\ncreated: 2026-01-01\nrevisions:\n  - date: 2026-01-01\n    note: First published.\n---\n\n${text}\n`;
const person = (fields: string) => () =>
  `---\nname: Test Person\nkind: person\n${fields}\nshort: A person the fixture names.\nsources:\n  - ref: test-book-2000\ncreated: 2026-01-01\nrevisions:\n  - date: 2026-01-01\n    note: First published.\n---\n\nAn entry.\n`;
const contrast = (fields: string) => () =>
  `title: Alpha and beta\n${fields}\nrows:\n  - { aspect: Kind, left: First, right: Second }\n`;
const second =
  (fields = '') =>
  () =>
    `---\ntitle: Another Paper\nauthors:\n  - { family: Example, given: Ada }\ngenre: Test fixture\nissued: "2026-02-01"\npublisher: Glossa test suite\npublisherPlace: Nowhere\nurl: https://example.org/another\nlanguage: en-GB\nrights: Test.\ncreated: "2026-02-01"\n${fields}---\n\nIt names <Concept>alpha</Concept>.\n`;

/** [name, edits, outcome]: outcome "refused" (default), "accepted" or "warns". */
const cases: [string, Edits, ('refused' | 'accepted' | 'warns')?][] = [
  // Content is data: nothing in MDX runs.
  ['an expression {1, 2, 3}', paper('It says {1, 2, 3}.')],
  ['an expression reading the environment', paper('Home: {process.env.HOME}.')],
  ['an export line', paper('export const x = 1\n\nText.')],
  ['an import line', paper("import X from './x.js'\n\nText.")],
  ['an unknown component', paper('A <Foo>bar</Foo> here.')],
  ['a misspelt component', paper('A <Concpet>alpha</Concpet> here.')],
  ['a fragment', paper('A <>bare</> fragment.')],
  ['an attribute written as an expression', paper("A <Concept id={'alpha-idea'}>alpha</Concept>.")],
  ['a spread attribute', paper('A <Concept {...props}>alpha</Concept>.')],
  ['raw HTML outside the allow-list', paper('<div>A block.</div>')],
  ['a script element', paper('Text <script>alert(1)</script> here.')],
  ['an image with an event handler', paper('Text <img src="x" /> here.')],
  ['allowed inline HTML', paper('Water is H<sub>2</sub>O, note<sup>1</sup>.'), 'accepted'],
  ['a literal brace written \\{', paper('Sets \\{a, b\\} are fine.'), 'accepted'],
  // Marks that would publish wrong HTML or nothing at all.
  ['a mark inside a Markdown link', paper('See [the <Concept>alpha</Concept> page](https://example.org/).')],
  ['a note inside a note', paper('Text.<Note>Outer <Note>inner</Note> note.</Note>')],
  ['an unknown comparison', paper('<Contrast id="nope" />')],
  [
    'the same comparison twice',
    {
      'contrasts/alpha-beta.yaml': contrast('concepts: [alpha-idea, beta-idea]'),
      'papers/test-paper.mdx': body('Text.\n\n<Contrast id="alpha-beta" />\n\n<Contrast id="alpha-beta" />'),
    },
  ],
  ['an empty paper', { 'papers/test-paper.mdx': (t) => t.replace(/\n---\n[\s\S]*$/, '\n---\n') }],
  ['an unknown term', paper('It names <Concept>gamma</Concept>.')],
  ['an unknown id', paper('It names <Concept id="gama-idea">gamma</Concept>.')],
  [
    'three unknown terms in two files, all at once',
    {
      ...paper('It names <Concept>gamma</Concept> and <Concept>delta</Concept>.'),
      ...alpha('It relates to <Concept>beta</Concept>.', 'It relates to <Concept>epsilon</Concept>.'),
    },
  ],
  ['an empty mark', paper('An <Concept></Concept> mark.')],
  ['a nested mark', paper('A <Concept>alpha <Concept>beta</Concept></Concept> pair.')],
  ['an invisible character in a term', paper('It names <Concept>al\u200Bpha</Concept>.')],
  ['an unknown who’s-who entry', paper('It names <Entity>Nobody</Entity>.')],
  ['an unclosed tag', paper('It names <Concept>alpha.')],
  // Files: encodings, fences, names.
  ['a byte order mark', { 'papers/test-paper.mdx': (t) => `\uFEFF${t}` }, 'accepted'],
  ['CRLF line ends', { 'concepts/alpha-idea.mdx': (t) => t.replace(/\n/g, '\r\n') }, 'accepted'],
  ['spaces after the opening ---', { 'concepts/beta-idea.mdx': (t) => t.replace(/^---\n/, '---  \n') }],
  [
    'spaces after the closing ---',
    { 'concepts/beta-idea.mdx': (t) => t.replace('\n---\n\nThe beta', '\n--- \n\nThe beta') },
  ],
  ['no closing ---', { 'concepts/beta-idea.mdx': (t) => t.replace('\n---\n\nThe beta', '\n\nThe beta') }],
  ['no frontmatter', { 'concepts/beta-idea.mdx': () => 'The beta idea, with no fields.\n' }],
  [
    'a Latin-1 file',
    { 'concepts/beta-idea.mdx': (t) => Buffer.from(t.replace('another', 'caf\u00e9'), 'latin1') },
  ],
  [
    'a concept saved as .md',
    { 'concepts/gamma-idea.md': () => entry('title: Gamma idea\nshort: Third.\ncategory: ideas') },
  ],
  ['an editor lock file', { 'concepts/.#alpha-idea.mdx': () => 'broken {' }, 'accepted'],
  ['an editor backup file', { 'concepts/alpha-idea.mdx~': () => 'broken {' }, 'accepted'],
  ['a vim swap file', { 'concepts/.alpha-idea.mdx.swp': () => 'broken {' }, 'accepted'],
  ['a missing site.yaml', { 'site.yaml': null }],
  ['a missing bibliography.yaml', { 'bibliography.yaml': null }],
  ['an unclosed quote', beta('title: Beta idea', 'title: "Beta idea')],
  ['bad indentation', beta('category: ideas', '  category: ideas\n bad: [')],
  [
    'a non-ASCII file name',
    { 'concepts/über-idea.mdx': () => entry('title: Über idea\nshort: Umlaut.\ncategory: ideas') },
  ],
  ['an upper-case paper file name', { 'papers/Test-Paper.mdx': second() }],
  // Frontmatter rules.
  ['an unknown field', beta('category: ideas', 'category: ideas\nsynonyms: [x]')],
  ['a missing required field', beta(/^category: .*\n/m, '')],
  ['markup in a short definition', beta(/^short: .*$/m, 'short: The <b>second</b> idea.')],
  ['a short definition over 300 characters', beta(/^short: .*$/m, `short: ${'word '.repeat(70)}`)],
  [
    'a title in italics (*Title*) in a short definition',
    beta(/^short: .*$/m, 'short: Read in *A Book* (2000).'),
    'accepted',
  ],
  ['an unpaired asterisk in a short definition', beta(/^short: .*$/m, 'short: Read in *A Book (2000).')],
  ['italics with spaces inside the asterisks', beta(/^short: .*$/m, 'short: Read in * A Book * (2000).')],
  [
    'a note starting with *Title* unquoted (YAML reads an alias)',
    beta(/^(\s+- ref: .*)$/m, '$1\n    note: *The Book*, chapter 2.'),
  ],
  [
    'a note starting with *Title* in quotes',
    beta(/^(\s+- ref: .*)$/m, '$1\n    note: "*The Book*, chapter 2."'),
    'accepted',
  ],
  ['HTML in a source note', beta(/^(\s+- ref: .*)$/m, '$1\n    note: The <i>classic</i> text.')],
  [
    'HTML in a comparison cell',
    {
      'contrasts/alpha-beta.yaml': () =>
        contrast('concepts: [alpha-idea, beta-idea]')().replace('First', '<b>First</b>'),
    },
  ],
  ['an impossible date', beta('created: 2026-01-01', 'created: 2026-02-30')],
  ['a revision before creation', beta('  - date: 2026-01-01', '  - date: 2025-12-31')],
  [
    'revisions out of order',
    beta(
      '    note: First published.',
      '    note: First published.\n  - date: 2025-06-01\n    note: Earlier?',
    ),
  ],
  [
    'a revision dated in the future',
    beta(
      '    note: First published.',
      '    note: First published.\n  - date: 2099-01-01\n    note: Not yet.',
    ),
  ],
  ['an unknown category', beta('category: ideas', 'category: idea')],
  ['a category listed twice', { 'site.yaml': (t) => `${t}  - id: ideas\n    title: Ideas again\n` }],
  ['a site language that is not a tag', { 'site.yaml': front('language: en-GB', 'language: english') }],
  ['a relation to a missing concept', alpha('related: [beta-idea]', 'related: [beta-ide]')],
  ['a self-relation', alpha('related: [beta-idea]', 'related: [alpha-idea]')],
  [
    'a cycle in broader',
    {
      ...alpha('related: [beta-idea]', 'broader: [beta-idea]'),
      ...beta('category: ideas', 'category: ideas\nrelations:\n  broader: [alpha-idea]'),
    },
  ],
  ['an alias two concepts claim', beta('aliases: [beta]', 'aliases: [beta, alpha]')],
  ['an alias equal to another title', beta('aliases: [beta]', 'aliases: [beta, Alpha idea]')],
  ['two concepts with one title', beta('title: Beta idea', 'title: Alpha idea')],
  ['a former id that is a current id', beta('category: ideas', 'category: ideas\nformerIds: [alpha-idea]')],
  [
    'a former id two concepts claim',
    {
      ...beta('category: ideas', 'category: ideas\nformerIds: [old-idea]'),
      ...alpha('category: ideas', 'category: ideas\nformerIds: [old-idea]'),
    },
  ],
  ['an unknown source', beta('  - ref: test-book-2000', '  - ref: test-book-2001')],
  ['a draft left with TODO', beta(/^short: .*$/m, 'short: TODO write the definition'), 'accepted'],
  [
    'a concept no paper uses',
    { 'concepts/gamma-idea.mdx': () => entry('title: Gamma idea\nshort: Third.\ncategory: ideas') },
    'warns',
  ],
  // Papers and the shelf.
  ['a paper without its url', { 'papers/test-paper.mdx': front(/^url: .*\n/m, '') }],
  [
    'a javascript: url on a paper',
    { 'papers/test-paper.mdx': front(/^url: .*$/m, 'url: "javascript:alert(1)"') },
  ],
  [
    'a paper with a bad language tag',
    { 'papers/test-paper.mdx': front('language: en-GB', 'language: English') },
  ],
  [
    'a rights contact that is not an address',
    { 'papers/test-paper.mdx': front('rights: ', 'rightsContact: nobody\nrights: ') },
  ],
  ['two papers with one citation key', { 'papers/another-paper.mdx': second() }],
  [
    'a second paper with its own citation key',
    { 'papers/another-paper.mdx': second('citationKey: example-2026b\n') },
    'accepted',
  ],
  [
    'a paper whose key a bibliography record uses',
    {
      'bibliography.yaml': (t) =>
        `${t}example-2026:\n  type: book\n  title: Clash\n  issued: { date-parts: [[2026]] }\n`,
    },
  ],
  ['no paper at all', { 'papers/test-paper.mdx': null }],
  ['a javascript: URL on the shelf', { 'bibliography.yaml': (t) => `${t}  URL: "javascript:alert(1)"\n` }],
  ['a CSL date that does not exist', { 'bibliography.yaml': front('[[2000]]', '[[1961, 13, 45]]') }],
  ['a DOI written as a link', { 'bibliography.yaml': (t) => `${t}  DOI: https://doi.org/10.1000/xyz\n` }],
  [
    'a record with an empty title',
    { 'bibliography.yaml': front('title: A Book Written for the Test Suite', 'title: ""') },
  ],
  // Comparisons and who's who.
  [
    'a comparison of a missing concept',
    { 'contrasts/alpha-gamma.yaml': contrast('concepts: [alpha-idea, gamma-idea]') },
  ],
  [
    'a comparison with an unknown field',
    { 'contrasts/alpha-beta.yaml': (t) => contrast('concepts: [alpha-idea, beta-idea]\ncolour: red')() + t },
  ],
  [
    'a who’s-who entry of an unknown kind',
    { 'entities/test-person.mdx': () => person('asOf: 2026-01-01')().replace('kind: person', 'kind: robot') },
  ],
  ['a who’s-who entry without asOf', { 'entities/test-person.mdx': person('') }],
  ['a localhost address in site.yaml', { 'site.yaml': (t) => `${t}url: http://localhost:4321\n` }],
];

describe('the bad-input catalogue', () => {
  it('has at least 80 rows', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases)('%s', (_, edits, outcome = 'refused') => {
    const result = loadEdited(edits);
    if (outcome === 'accepted') expect(result.error).toBe('');
    else if (outcome === 'warns') {
      expect(result.error).toBe('');
      expect(result.warnings.length).toBeGreaterThan(0);
    } else {
      expect(result.error).not.toBe('');
      // Every problem names its file (and its line and column when it has them), and says how to fix it.
      const problems = result.error
        .split('\n\n')
        .slice(1)
        .filter((p) => p.trim());
      for (const p of problems)
        expect(p).toMatch(
          /^content\/[^:\s]+(:\d+:\d+)?: .+\n {2}expected: .+\n {2}found: {4}.+(\n {2}fix: {6}.+)?/,
        );
      expect(problems.map((p) => p.split('\n')[0])).toMatchSnapshot();
    }
  });
});
