/**
 * Glossa's MDX vocabulary (src/lib/model/mdx-elements.ts) is the one list of elements: the content
 * rules accept exactly its names, the marks are the entry kinds' components, and no other module
 * keeps its own "is this MDX element" test.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { entryKinds } from '../../src/lib/model/kinds.ts';
import { isMdxElement, mdxElementNames, mdxElements } from '../../src/lib/model/mdx-elements.ts';
import { contentRules } from '../../src/lib/content/mdx-rules.ts';

const parse = (source: string): Root => unified().use(remarkParse).use(remarkMdx).parse(source);
const rules = (source: string) => contentRules(parse(source), { file: 'content/papers/x.mdx', firstLine: 1 });

describe('the MDX vocabulary', () => {
  it('holds one mark per entry kind, then the editor’s elements', () => {
    expect(mdxElements.filter((e) => e.marks).map((e) => [e.name, e.marks])).toEqual(
      entryKinds.map((k) => [k.component, k.kind]),
    );
    expect(mdxElementNames).toEqual(['Concept', 'Entity', 'Note', 'Synopsis', 'Contrast', 'FigureNote']);
  });

  it('is what the content rules accept, and what their message lists', () => {
    for (const name of mdxElementNames)
      expect(
        rules(`A <${name}>text</${name}> here.`).map((p) => p.message),
        name,
      ).not.toContain(`<${name}> is not a component Glossa knows.`);
    const [problem] = rules('A <Synopis>text</Synopis> here.');
    expect(problem?.suggestion).toContain('Did you mean <Synopsis>?');
    for (const name of mdxElementNames) expect(problem?.expected).toContain(`<${name}>`);
  });

  it('refuses a mark inside a link for every mark of the table, and a note inside a block note', () => {
    for (const e of mdxElements.filter((row) => row.marks))
      expect(rules(`[a <${e.name}>term</${e.name}> b](https://example.org)`)[0]?.message).toContain(
        'inside a link',
      );
    expect(rules('<Note>\n\nA <Note>second</Note> note.\n\n</Note>')[0]?.message).toBe(
      '<Note> is inside another <Note>.',
    );
  });

  it('tells an element by name, flow or text', () => {
    const tree = parse('<Note>\n\nflow\n\n</Note>\n\nA <Note>text</Note> and <Concept>term</Concept>.');
    const flow = tree.children[0];
    const inline = tree.children[1];
    expect(flow && isMdxElement(flow, 'Note')).toBe(true);
    const [, note, , concept] = inline && 'children' in inline ? inline.children : [];
    expect(note && isMdxElement(note, 'Note')).toBe(true);
    expect(concept && isMdxElement(concept, 'Note')).toBe(false);
    expect(concept && isMdxElement(concept, 'Concept')).toBe(true);
  });

  it('is the only "is this MDX element" test in src/lib and src/plugins', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? walk(path) : f.endsWith('.ts') ? [path] : [];
      });
    const both = /mdxJsx(Text|Flow)Element['"]\s*\|\|[^;]*?mdxJsx(Flow|Text)Element['"]/;
    const own = ['lib', 'plugins']
      .flatMap((d) => walk(join(process.cwd(), 'src', d)))
      .filter((f) => both.test(readFileSync(f, 'utf8')))
      .map((f) => relative(process.cwd(), f));
    expect(own).toEqual(['src/lib/model/mdx-elements.ts']);
  });
});
