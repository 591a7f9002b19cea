import { describe, expect, it } from 'vitest';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { sentenceAround } from '../../src/lib/paper/sentences.ts';

/** The context of every `<C>` mark in an MDX string, in order. */
function contexts(source: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(source) as Root;
  const out: string[] = [];
  visitParents(tree, (node, ancestors) => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'C')
      out.push(sentenceAround(ancestors as Nodes[], node as Nodes));
  });
  return out;
}

const long = `${'Words that go on and on, '.repeat(14)}with <C>deterrence</C> near the end of it all.`;

describe('sentenceAround', () => {
  it('quotes the whole sentence, never cut inside it, with no ellipsis', () => {
    expect(contexts(`First one. ${long} Last one.`)).toEqual([long.replace(/<\/?C>/g, '')]);
    expect(contexts('Before. About <C>denial</C> in war. After.')).toEqual(['About denial in war.']);
  });

  it('stops at sentence ends after closing quotes', () => {
    expect(contexts('He said “stop.” Then <C>denial</C> came. “Next.”')).toEqual(['Then denial came.']);
  });

  it('quotes a table cell, not the whole table', () => {
    const table =
      '| A | B |\n| --- | --- |\n| One cell. | Here <C>denial</C> works. Second. |\n| Other | Row |';
    expect(contexts(table)).toEqual(['Here denial works.']);
  });

  it('quotes its own list item and its own quoted paragraph', () => {
    expect(contexts('- First item ends\n- Second about <C>denial</C>\n- Third')).toEqual([
      'Second about denial',
    ]);
    expect(contexts('> Quoted first.\n>\n> Then <C>denial</C> quoted.')).toEqual(['Then denial quoted.']);
  });

  it('quotes from inside an editor’s note, and leaves notes out of the author’s sentence', () => {
    expect(contexts('Text here.<Note>The note on <C>denial</C> says so. More.</Note> Then more.')).toEqual([
      'The note on denial says so.',
    ]);
    expect(contexts('About <C>denial</C> here,<Note>An aside. With stops.</Note> and on.')).toEqual([
      'About denial here, and on.',
    ]);
  });
});
