/**
 * Numbers the paragraphs of a paper: every paragraph directly under the document root (except one
 * made only of components, such as an editor's note on its own line) gets
 * `data-p="<n>"` (1-based, in reading order). Paragraphs inside components (a synopsis, a
 * figure note, a comparison) are not part of the numbered text and are skipped.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** Options of `remarkParagraphNumbers`. */
export interface RemarkParagraphNumbersOptions {
  /** Which files to number; default: every file. Glossa numbers papers, not concept entries. */
  include?: (file: VFile) => boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** Number of numbered paragraphs, set by remarkParagraphNumbers. */
    glossaParagraphs: number;
  }
}

/** Remark plugin: mark top-level paragraphs with their number. */
export function remarkParagraphNumbers(options: RemarkParagraphNumbersOptions = {}) {
  const include = options.include ?? (() => true);
  return (tree: Root, file: VFile): void => {
    if (!include(file)) return;
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      // A line holding only a component (an editor's note after a heading) is not the author's text.
      const onlyComponents = node.children.every(
        (c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''),
      );
      if (onlyComponents) continue;
      n += 1;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataP: n } };
    }
    file.data.glossaParagraphs = n;
  };
}
