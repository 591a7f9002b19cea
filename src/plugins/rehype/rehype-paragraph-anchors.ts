/**
 * Puts a visible ¶ number before each numbered paragraph, linking to the paragraph itself. The
 * paragraphs and their numbers come from the paper's facts (remarkParagraphNumbers).
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { factsOf } from '../../lib/paper/facts.ts';

/** Rehype plugin: a permalink number at the start of each numbered paragraph. */
export function rehypeParagraphAnchors() {
  return (tree: Root, file: VFile): void => {
    const numbers = new Map(factsOf(file).paragraphs.map((p) => [p.anchor, p.n]));
    if (numbers.size === 0) return;
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      const n = node.tagName === 'p' && typeof id === 'string' ? numbers.get(id) : undefined;
      if (n === undefined) return;
      // The number is an attribute that CSS draws: the paragraph's text stays the author's
      // (Reader View, copy and paste), and the link is named by its label.
      node.children.unshift(
        h('a', {
          className: ['g-pnum'],
          href: `#${String(id)}`,
          ariaLabel: `Paragraph ${String(n)}`,
          dataN: String(n),
        }),
      );
    });
  };
}
