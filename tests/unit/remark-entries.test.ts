import { describe, expect, it } from 'vitest';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { runRemark } from './helpers.ts';
import type { Root } from 'mdast';

const concepts = (tree: Root) => {
  const found: Record<string, unknown>[] = [];
  visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
    found.push(
      Object.fromEntries(node.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', a.value])),
    );
  });
  return found;
};

describe('remarkEntries', () => {
  it('resolves the id from a title or an alias, case-insensitively, and numbers each use', () => {
    const { tree } = runRemark(
      'We <Concept>DETER</Concept> by <Concept>Deterrence by Denial</Concept> and <Concept>collective defense</Concept>.',
    );
    expect(concepts(tree).map(({ id, kind, uid, title }) => ({ id, kind, uid, title }))).toEqual([
      { id: 'deterrence', kind: 'concept', uid: 'test-paper-concept-1', title: 'Deterrence' },
      {
        id: 'deterrence-by-denial',
        kind: 'concept',
        uid: 'test-paper-concept-2',
        title: 'Deterrence by denial',
      },
      { id: 'collective-defence', kind: 'concept', uid: 'test-paper-concept-3', title: 'Collective defence' },
    ]);
    // The component gets the short text from the index: it renders without a lookup of its own.
    expect(concepts(tree)[0]?.['short']).toBe('Preventing an act by making it look not worth it.');
  });

  it('keeps an explicit id when it exists', () => {
    const { tree } = runRemark('Via <Concept id="deterrence-by-denial">averting victory</Concept>.');
    expect(concepts(tree).map((c) => c['id'])).toEqual(['deterrence-by-denial']);
  });

  it('records occurrences with paragraph number, anchor and the sentence around the term', () => {
    const { file } = runRemark(
      [
        '## Why it matters',
        '',
        '<Synopsis>',
        '',
        'An aside on <Concept>deterrence</Concept>.',
        '',
        '</Synopsis>',
        '',
        'First paragraph. It is about <Concept>denial</Concept> in war. Then something else.',
        '',
        'Second one on <Concept>deterring</Concept>.',
      ].join('\n'),
    );
    expect(file.data.glossa?.occurrences.filter((o) => o.marked)).toMatchObject([
      {
        kind: 'concept',
        id: 'deterrence',
        paragraph: null,
        anchor: 'why-it-matters',
        section: 'Why it matters',
        text: 'deterrence',
        context: 'An aside on deterrence.',
      },
      {
        kind: 'concept',
        id: 'deterrence-by-denial',
        paragraph: 1,
        anchor: 'p1',
        section: 'Why it matters',
        text: 'denial',
        context: 'It is about denial in war.',
      },
      {
        kind: 'concept',
        id: 'deterrence',
        paragraph: 2,
        anchor: 'p2',
        section: 'Why it matters',
        text: 'deterring',
        context: 'Second one on deterring.',
      },
    ]);
    // Astro exposes this as remarkPluginFrontmatter.glossa on the rendered entry.
    expect((file.data['astro'] as { frontmatter: { glossa: unknown } }).frontmatter.glossa).toEqual(
      file.data.glossa,
    );
  });

  it('fails on an unknown term with file:line:column, what was found and a did-you-mean', () => {
    expect(() => runRemark('Intro.\n\nA line about <Concept>colective defence</Concept>.'))
      .toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Glossa found 1 problem in the content:

      content/papers/test-paper.mdx:3:14: Unknown concept "colective defence": no concept has this title or alias.
        expected: the title or an alias of a concept, or an explicit id="…"
        found:    <Concept>colective defence</Concept>
        fix:      Did you mean "Collective defence"? Write <Concept id="collective-defence">colective defence</Concept>, or add "colective defence" to the aliases of content/concepts/collective-defence.mdx.
      ]
    `);
  });

  it('fails on an unknown explicit id with a did-you-mean', () => {
    expect(() => runRemark('<Concept id="deterence">x</Concept>')).toThrow(
      /test-paper\.mdx:1:1: Unknown concept id "deterence"[\s\S]*fix: {6}Did you mean id="deterrence"\?/,
    );
  });

  it('fails on empty and nested <Concept>', () => {
    expect(() => runRemark('A <Concept></Concept>.')).toThrow(/1:3: <Concept> has no text/);
    expect(() => runRemark('A <Concept>deter <Concept>denial</Concept></Concept>.')).toThrow(
      /<Concept> is nested inside another mark/,
    );
  });

  it('reports every problem of a file at once', () => {
    expect(() =>
      runRemark('<Concept>nope</Concept> and <Concept>nada</Concept>.\n\n<Concept></Concept>'),
    ).toThrow(/found 3 problems/);
  });
});
