/**
 * A paper's numbered paragraphs as text and its existing marks, read from the MDX tree the way
 * `remarkParagraphNumbers` counts: for comparing an imported paper with its source or an edition.
 */
import type { Paragraph, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parsePaper } from './find-marks.ts';

/** A mark already in a paper. */
export interface ExistingMark {
  /** `Concept` or `Entity`. */
  kind: string;
  /** Explicit id, or undefined when the text resolves by title/alias. */
  id: string | undefined;
  /** The marked words. */
  text: string;
  /** Paragraph number, undefined outside the numbered text. */
  paragraph: number | undefined;
  /** Title of the section (last h2/h3 above). */
  section: string;
  /** True when the mark stands in a heading. */
  inHeading: boolean;
}

const onlyComponents = (p: Paragraph) =>
  p.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''));

/** Text of a block without editor's notes, whitespace collapsed. */
export function plainText(node: RootContent): string {
  const copy = structuredClone(node);
  visit(copy, 'mdxJsxTextElement', (el: MdxJsxTextElement, i, parent) => {
    if (el.name !== 'Note' || !parent || i === undefined) return;
    parent.children.splice(i, 1);
    return i;
  });
  return toString(copy).replace(/\s+/g, ' ').trim();
}

/** The numbered paragraphs of an MDX paper, as text (notes left out). */
export function paperParagraphs(source: string): string[] {
  return parsePaper(source)
    .children.filter((n): n is Paragraph => n.type === 'paragraph' && !onlyComponents(n))
    .map(plainText);
}

/** Every `<Concept>`/`<Entity>` in a paper with its paragraph number and section. */
export function paperMarks(source: string): ExistingMark[] {
  const marks: ExistingMark[] = [];
  let section = '';
  let n = 0;
  for (const node of parsePaper(source).children) {
    if (node.type === 'heading' && node.depth <= 3) section = toString(node);
    const numbered = node.type === 'paragraph' && !onlyComponents(node);
    if (numbered) n += 1;
    visit(node, 'mdxJsxTextElement', (el: MdxJsxTextElement) => {
      if (el.name !== 'Concept' && el.name !== 'Entity') return;
      const id = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      marks.push({
        kind: el.name,
        id: typeof id === 'string' ? id : undefined,
        text: toString(el),
        paragraph: numbered ? n : undefined,
        section,
        inHeading: node.type === 'heading',
      });
    });
  }
  return marks;
}
