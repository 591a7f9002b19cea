/**
 * Numbers the paragraphs of a paper: every paragraph directly under the document root (except one
 * made only of components, such as an editor's note on its own line) gets the id `p<n>` (1-based,
 * in reading order). Paragraphs inside components (a synopsis, a figure note, a comparison) are
 * not part of the numbered text and are skipped. The numbers are recorded in the paper's facts
 * (`file.data.glossa.paragraphs`); rehypeParagraphAnchors adds the visible ¶ permalinks from them.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { factsOf } from '../../lib/paper/facts.ts';

/** Options of `remarkParagraphNumbers`. */
export interface RemarkParagraphNumbersOptions {
  /** Which files to number; default: every file. Glossa numbers papers, not concept entries. */
  include?: (file: VFile) => boolean;
}

/** Remark plugin: give top-level paragraphs their number and id. */
export function remarkParagraphNumbers(options: RemarkParagraphNumbersOptions = {}) {
  const include = options.include ?? (() => true);
  return (tree: Root, file: VFile): void => {
    if (!include(file)) return;
    const { paragraphs } = factsOf(file);
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      // A line holding only a component (an editor's note after a heading) is not the author's text.
      const onlyComponents = node.children.every(
        (c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''),
      );
      if (onlyComponents) continue;
      const n = paragraphs.length + 1;
      const anchor = `p${String(n)}`;
      paragraphs.push({ n, anchor });
      node.data = {
        ...node.data,
        hProperties: { ...node.data?.hProperties, id: anchor, className: ['g-para'] },
      };
    }
  };
}
