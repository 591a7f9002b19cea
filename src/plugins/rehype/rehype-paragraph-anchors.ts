/**
 * Turns numbered paragraphs (`data-p`, from remarkParagraphNumbers) into permalink targets:
 * `id="p<n>"` and a visible ¶ number that links to the paragraph itself.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

/** Options of `rehypeParagraphAnchors`. */
export interface RehypeParagraphAnchorsOptions {
  /** Prefix of the paragraph ids; default `p`, giving `#p1`, `#p2`, … */
  prefix?: string;
}

/** Rehype plugin: give each numbered paragraph an id and a visible permalink number. */
export function rehypeParagraphAnchors(options: RehypeParagraphAnchorsOptions = {}) {
  const prefix = options.prefix ?? 'p';
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'p') return;
      const n = node.properties['dataP'];
      if (n === undefined || n === null) return;
      const id = `${prefix}${String(n)}`;
      node.properties['id'] = id;
      node.properties['className'] = ['g-para'];
      delete node.properties['dataP'];
      node.children.unshift(
        h('a', { className: ['g-pnum'], href: `#${id}`, ariaLabel: `Paragraph ${String(n)}` }, String(n)),
        { type: 'text', value: ' ' },
      );
    });
  };
}
