/**
 * The bad-input catalogue: every mistake an editor can make, the message it produces
 * (file:line:column, expected, found, fix). Each case edits a copy of the minimal fixture site.
 */
import { describe, expect, it } from 'vitest';
import { loadEdited, runRemark } from './helpers.ts';

const concept = (fields: string, body = 'A test entry.') =>
  `---\n${fields}\nsources:\n  - ref: test-book-2000\ncreated: 2026-01-01\nrevisions:\n  - date: 2026-01-01\n    note: First published.\n---\n\n${body}\n`;
const swap = (from: string | RegExp, to: string) => (t: string) => t.replace(from, to);

describe('bad input is refused with a precise message', () => {
  it('an unknown concept in a paper (by text and by id)', () => {
    expect(() => runRemark('Text with <Concept>alhpa</Concept>.')).toThrow(
      /test-paper\.mdx:1:11: Unknown concept "alhpa"/,
    );
    expect(() => runRemark('<Concept id="colective-defence">x</Concept>')).toThrow(
      /Did you mean id="collective-defence"\?/,
    );
  });

  it('an alias claimed by two concepts, or equal to another title', () => {
    expect(
      loadEdited({ 'concepts/beta-idea.mdx': swap('aliases: [beta]', 'aliases: [beta, alpha idea]') }).error,
    ).toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/concepts/beta-idea.mdx:3:17: The alias "alpha idea" of concept "beta-idea" is already the title of concept "alpha-idea".
        expected: an alias that names only this concept
        found:    "alpha idea"
        fix:      Remove "alpha idea" from one of the two entries; in a paper write <Concept id="…">alpha idea</Concept> to choose explicitly.
      "
    `);
  });

  it("a former id that is another concept's id (duplicate ids)", () => {
    expect(
      loadEdited({
        'concepts/beta-idea.mdx': swap('category: ideas', 'category: ideas\nformerIds: [alpha-idea]'),
      }).error,
    ).toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/concepts/beta-idea.mdx:6:13: Concept "beta-idea" lists "alpha-idea" as a former id, but "alpha-idea" is a current concept id.
        expected: a former id that no other concept uses, now or before
        found:    "alpha-idea"
        fix:      Ids are permanent URLs: keep each one pointing at a single concept; remove this former id.
      "
    `);
  });

  it('a missing or empty short definition', () => {
    expect(loadEdited({ 'concepts/beta-idea.mdx': swap(/^short: .*$/m, 'short: ""') }).error)
      .toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/concepts/beta-idea.mdx:4:8: Concept "beta-idea": the field "short" is not valid.
        expected: a non-empty text
        found:    ""
        fix:      Set "short" to a non-empty text.
      "
    `);
    expect(loadEdited({ 'concepts/beta-idea.mdx': swap(/^short: .*\n/m, '') }).error).toContain(
      'found:    nothing (the field is missing)',
    );
  });

  it('a short definition over the limit, or with markup', () => {
    expect(
      loadEdited({ 'concepts/beta-idea.mdx': swap(/^short: .*$/m, `short: ${'word '.repeat(70)}`) }).error,
    ).toContain('plain text of at most 300 characters');
    expect(loadEdited({ 'concepts/beta-idea.mdx': swap(/^short: .*$/m, 'short: See **this** idea.') }).error)
      .toMatchInlineSnapshot(`
        "Glossa found 1 problem in the content:

        content/concepts/beta-idea.mdx:4:8: Concept "beta-idea": the field "short" is not valid.
          expected: plain text, without bold (**): italics take one asterisk on each side, *Title*
          found:    "See **this** idea."
          fix:      Set "short" to plain text, without bold (**): italics take one asterisk on each side, *Title*.
        "
      `);
  });

  it('a relation to a missing concept, a self-relation, a cycle in broader', () => {
    expect(
      loadEdited({ 'concepts/alpha-idea.mdx': swap('related: [beta-idea]', 'related: [gamma-idea]') }).error,
    ).toContain(
      'content/concepts/alpha-idea.mdx:7:13: Concept "alpha-idea" has a related relation to "gamma-idea", which is not a concept.',
    );
    expect(
      loadEdited({ 'concepts/alpha-idea.mdx': swap('related: [beta-idea]', 'related: [alpha-idea]') }).error,
    ).toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/concepts/alpha-idea.mdx:7:13: Concept "alpha-idea" lists itself in relations.related.
        expected: the id of another concept
        found:    "alpha-idea"
        fix:      Remove "alpha-idea" from relations.related.
      "
    `);
    expect(
      loadEdited({
        'concepts/alpha-idea.mdx': swap('related: [beta-idea]', 'broader: [beta-idea]'),
        'concepts/beta-idea.mdx': swap(
          'category: ideas',
          'category: ideas\nrelations:\n  broader: [alpha-idea]',
        ),
      }).error,
    ).toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/concepts/beta-idea.mdx:7:13: The broader relations form a cycle: alpha-idea → beta-idea → alpha-idea.
        expected: broader relations that lead upwards to a most general concept
        found:    "beta-idea" lists "alpha-idea" as broader, and "alpha-idea" leads back to "beta-idea"
        fix:      Remove one link of the cycle, or use "related" for one of them.
      "
    `);
  });

  it('an impossible date, and a revision dated before creation', () => {
    expect(loadEdited({ 'concepts/beta-idea.mdx': swap('created: 2026-01-01', 'created: 2026-02-30') }).error)
      .toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/concepts/beta-idea.mdx:8:10: Concept "beta-idea": the field "created" is not valid.
        expected: a calendar date that exists
        found:    "2026-02-30"
        fix:      Set "created" to a calendar date that exists.
      "
    `);
    expect(
      loadEdited({ 'concepts/beta-idea.mdx': swap('  - date: 2026-01-01', '  - date: 2025-12-31') }).error,
    ).toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/concepts/beta-idea.mdx:10:11: Concept "beta-idea" has a revision dated before the entry was created (2026-01-01).
        expected: a date on or after 2026-01-01
        found:    "2025-12-31"
        fix:      Correct the revision date, or the "created" date.
      "
    `);
  });

  it('missing required paper metadata', () => {
    expect(loadEdited({ 'papers/test-paper.mdx': swap(/^url: .*\n/m, '') }).error).toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/papers/test-paper.mdx:2:1: Paper "test-paper": the required field "url" is missing.
        expected: a "url" field (a web address starting with "https://" (or "http://"))
        found:    nothing (the field is missing)
        fix:      Add "url: …" (every field is documented in src/lib/model/schemas.ts).
      "
    `);
  });

  it('<Concept> with empty text, and nested <Concept>', () => {
    expect(() => runRemark('Empty <Concept></Concept> here.')).toThrow(
      /test-paper\.mdx:1:7: <Concept> has no text\./,
    );
    expect(() => runRemark('<Concept>deter <Concept>denial</Concept></Concept>')).toThrow(
      /test-paper\.mdx:1:1: <Concept> is nested/,
    );
  });

  it('an MDX syntax error, at the line and column of the unclosed tag', () => {
    expect(
      loadEdited({
        'papers/test-paper.mdx': swap(
          'mentions <Concept>alpha</Concept> once',
          'mentions <Concept>alpha once',
        ),
      }).error,
    ).toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/papers/test-paper.mdx:18:30: The MDX is not valid: Expected a closing tag for \`<Concept>\` before the end of \`paragraph\`
        expected: valid MDX: every <Component> closed, "{" and "<" in plain text escaped as \\{ and \\<
        found:    "The first paragraph mentions <Concept>alpha once."
        fix:      Close the element on that line (or write "<" as &lt;), then build again.
      "
    `);
  });

  it('a non-ASCII file name is refused with the slug to use; non-ASCII and right-to-left titles are accepted', () => {
    expect(
      loadEdited({
        'concepts/dissuasion-nucléaire.mdx': () =>
          concept('title: Dissuasion nucléaire\nshort: A French term.\ncategory: ideas'),
      }).error,
    ).toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/concepts/dissuasion-nucléaire.mdx: The file name "dissuasion-nucléaire" cannot be an id (ids are permanent URLs).
        expected: a kebab-case ASCII file name: a-z, 0-9 and single hyphens
        found:    "dissuasion-nucléaire"
        fix:      Rename the file to "dissuasion-nucleaire" and keep the original spelling in "title".
      "
    `);
    const rtl = loadEdited({
      'concepts/radaa.mdx': () =>
        concept('title: ردع\naliases: [الردع]\nshort: Deterrence, in Arabic.\ncategory: ideas'),
    });
    expect(rtl.error).toBe('');
  });

  it('a concept no paper uses is a warning, not an error', () => {
    const result = loadEdited({
      'papers/test-paper.mdx': swap(' and <Concept>Alpha idea</Concept>', '').bind(null),
    });
    expect(result.error).toBe('');
    const unused = loadEdited({
      'papers/test-paper.mdx': swap(/<Concept id="beta-idea">the beta idea<\/Concept>/, 'the beta idea'),
    });
    expect(unused.warnings).toEqual([
      'content/concepts/beta-idea.mdx: Concept "beta-idea" is not used in any paper (a warning: it is still published).',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("a who's-who entry with revisions out of order, or an unknown source", () => {
    const entity = (revisions: string, ref = 'test-book-2000') =>
      `---\nname: Test Person\nkind: person\nshort: A person written for the tests.\nasOf: 2026-01-01\nsources:\n  - ref: ${ref}\ncreated: 2026-01-01\nrevisions:\n${revisions}---\n\nA test entry.\n`;
    const ok = '  - date: 2026-01-01\n    note: First.\n';
    expect(loadEdited({ 'entities/test-person.mdx': () => entity(ok) }).error).toBe('');
    expect(
      loadEdited({
        'entities/test-person.mdx': () =>
          entity(`  - date: 2026-03-01\n    note: B.\n  - date: 2026-02-01\n    note: A.\n`),
      }).error,
    ).toContain(
      'content/entities/test-person.mdx:10:3: Entity "test-person" lists its revisions out of order.',
    );
    expect(loadEdited({ 'entities/test-person.mdx': () => entity(ok, 'no-such-book') }).error).toContain(
      'The source "no-such-book" is not in content/bibliography.yaml.',
    );
  });
});
