/**
 * Numbers editor's notes and takes them out of the sentence. Every `<Note>` in a file gets `n`
 * (1, 2, …, in reading order) and a `uid` unique within the file. A note inside a paragraph
 * leaves a reference where it stands (`<Note inText>`, no text: the number is drawn by CSS), and
 * its words become a block right after the paragraph (`div.g-notes`), which wide screens set in
 * the margin beside it. The paragraph's text is then exactly the author's, for every reader and
 * tool (a wrapper around paragraph and notes would be dropped by Reader View as link-dense).
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { documentId } from '../../lib/model/ids.ts';
import { isMdxElement } from '../../lib/model/mdx-elements.ts';

const attribute = (name: string, value: string): MdxJsxAttribute => ({
  type: 'mdxJsxAttribute',
  name,
  value,
});

/** A block that mdast-util-to-hast turns into `<div class="…">` (unknown node with hName). */
const wrapper = (className: string, children: RootContent[]): RootContent =>
  ({
    type: 'glossaBlock',
    data: { hName: 'div', hProperties: { className: [className] } },
    children,
  }) as unknown as RootContent;

/** Remark plugin: number `<Note>` elements and move the notes of a paragraph after it. */
export function remarkNotes() {
  const isNote = (node: { type: string }): node is MdxJsxTextElement | MdxJsxFlowElement =>
    isMdxElement(node, 'Note');
  return (tree: Root, file: VFile): void => {
    const prefix = file.path ? documentId(file.path) : 'doc';
    let n = 0;
    visit(tree, (node) => {
      if (!isNote(node)) return;
      n += 1;
      node.attributes.push(attribute('n', String(n)), attribute('uid', `${prefix}-note-${String(n)}`));
    });
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const notes: MdxJsxFlowElement[] = [];
      visit(paragraph, (node) => {
        if (!isNote(node) || node.type !== 'mdxJsxTextElement') return;
        notes.push({
          type: 'mdxJsxFlowElement',
          name: node.name,
          attributes: [...node.attributes],
          children: [{ type: 'paragraph', children: node.children as PhrasingContent[] }],
        });
        node.attributes.push(attribute('inText', 'true'));
        node.children = [];
        return SKIP;
      });
      if (notes.length === 0) return;
      (parent.children as RootContent[]).splice(index + 1, 0, wrapper('g-notes', notes));
      return [SKIP, index + 2];
    });
  };
}
