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

describe('remarkConcepts', () => {
  it('resolves the id from a title or an alias, case-insensitively, and numbers each use', () => {
    const { tree } = runRemark(
      'We <Concept>DETER</Concept> by <Concept>Deterrence by Denial</Concept> and <Concept>collective defense</Concept>.',
    );
    expect(concepts(tree)).toEqual([
      { id: 'deterrence', uid: 'test-paper-1' },
      { id: 'deterrence-by-denial', uid: 'test-paper-2' },
      { id: 'collective-defence', uid: 'test-paper-3' },
    ]);
  });

  it('keeps an explicit id when it exists', () => {
    const { tree } = runRemark('Via <Concept id="deterrence-by-denial">averting victory</Concept>.');
    expect(concepts(tree)).toEqual([{ id: 'deterrence-by-denial', uid: 'test-paper-1' }]);
  });

  it('records occurrences with paragraph number, anchor and the sentence around the term', () => {
    const { file } = runRemark(
      [
        '## Why it matters',
        '',
        '<Aside>',
        '',
        'An aside on <Concept>deterrence</Concept>.',
        '',
        '</Aside>',
        '',
        'First paragraph. It is about <Concept>denial</Concept> in war. Then something else.',
        '',
        'Second one on <Concept>deterring</Concept>.',
      ].join('\n'),
    );
    expect(file.data.glossa?.occurrences).toEqual([
      {
        concept: 'deterrence',
        kind: 'Concept',
        paragraph: null,
        anchor: 'why-it-matters',
        section: 'Why it matters',
        text: 'deterrence',
        context: 'An aside on deterrence.',
      },
      {
        concept: 'deterrence-by-denial',
        kind: 'Concept',
        paragraph: 1,
        anchor: 'p1',
        section: 'Why it matters',
        text: 'denial',
        context: 'It is about denial in war.',
      },
      {
        concept: 'deterrence',
        kind: 'Concept',
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
      [content/papers/test-paper.mdx:3:14-3:50: content/papers/test-paper.mdx:3:14: Unknown concept "colective defence": no concept has this title or alias.
        expected: the title or an alias of a concept, or an explicit id="…"
        found:    <Concept>colective defence</Concept>
        fix:      Did you mean "Collective defence"? Write <Concept id="collective-defence">colective defence</Concept>, or add "colective defence" to the aliases of content/concepts/collective-defence.mdx.]
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
      /<Concept> is nested inside another <Concept>/,
    );
  });
});
