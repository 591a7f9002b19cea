/**
 * Numbers editor's notes: every `<Note>` in a file gets `n` (1, 2, …, in reading order) and a
 * `uid` unique within the file, so that the component can label and link them.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { basename, extname } from 'node:path';

/** Remark plugin: number `<Note>` elements. */
export function remarkNotes() {
  return (tree: Root, file: VFile): void => {
    const prefix = file.path ? basename(file.path, extname(file.path)) : 'doc';
    let n = 0;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const element = node as MdxJsxTextElement | MdxJsxFlowElement;
      if (element.name !== 'Note') return;
      n += 1;
      element.attributes.push(
        { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
        { type: 'mdxJsxAttribute', name: 'uid', value: `${prefix}-note-${String(n)}` },
      );
    });
  };
}
