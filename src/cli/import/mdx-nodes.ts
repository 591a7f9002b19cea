/** Builders for the MDX elements an imported paper uses: `<Note>`, `<FigureNote>`, `<Synopsis>`. */
import type { BlockContent, Paragraph, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** An inline editor's note holding `children`. */
export function noteElement(children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'Note', attributes: [], children };
}

/** A figure kept as caption and credit (Glossa does not reproduce images). */
export function figureNote(caption: PhrasingContent[], credit: string): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'FigureNote',
    attributes: [{ type: 'mdxJsxAttribute', name: 'credit', value: credit }],
    children: [{ type: 'paragraph', children: caption }],
  };
}

/** A synopsis block around `children` (outside the paragraph numbering). */
export function synopsis(children: BlockContent[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name: 'Synopsis', attributes: [], children };
}

/** A paragraph saying what was not converted, starting with "TODO:" so the build refuses it. */
export function todoParagraph(where: string, what: string): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: `TODO: not converted (source ${where}): ${what}.` }],
  };
}

/** Words that introduce an image credit in a caption ("Image source: …", "Credit: …"). */
export const creditLabel =
  /^\s*(?:image source|source|credit|credits|photo(?:graph)?(?: credit)?|picture)\s*:\s*/i;
