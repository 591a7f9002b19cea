/**
 * Records the paper's synopsis, then publishes the paper's facts (filled in by the plugins before
 * it) with the compiled module, as `remarkPluginFrontmatter.glossa`, the one channel from the MDX
 * pipeline to the pages. Runs last.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { factsOf } from '../../lib/paper/facts.ts';
import { blockText } from '../../lib/paper/mentions.ts';
import { isMdxElement as isElement } from '../../lib/model/mdx-elements.ts';

/** Remark plugin: the synopsis into the facts, and the facts out to Astro. */
export function remarkPaperFacts() {
  return (tree: Root, file: VFile): void => {
    const synopsis = tree.children.find((n) => isElement(n, 'Synopsis'));
    if (synopsis && 'children' in synopsis) {
      // Paragraphs of the block are joined by a space: an abstract is one run of text.
      const text = synopsis.children
        .map(
          (p) =>
            blockText(
              p,
              (n) => isElement(n, 'Note'),
              () => false,
            ).text,
        )
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text) factsOf(file).synopsis = text;
    }
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, glossa: factsOf(file) };
  };
}
