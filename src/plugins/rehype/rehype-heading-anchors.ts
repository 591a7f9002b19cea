/**
 * Adds a visible "#" permalink after every h2/h3 that has an id (remarkSections gives them one).
 * The heading and its link sit in a wrapper so that the link does not become part of the
 * heading's accessible name.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';

/** Heading tags that get a permalink: the sections remarkSections gives ids. */
const tags = ['h2', 'h3'];

/** Rehype plugin: permalinks for section headings. */
export function rehypeHeadingAnchors() {
  return (tree: Root): void => {
    const walk = (parent: Root | Element): void => {
      parent.children = parent.children.flatMap((child): ElementContent[] => {
        if (child.type !== 'element') return [child as ElementContent];
        const id = child.properties['id'];
        if (!tags.includes(child.tagName) || typeof id !== 'string') {
          walk(child);
          return [child];
        }
        const text = toString(child).trim();
        // Named by aria-label, not by hidden text: Reader View and search read no "Link to …".
        const link = h(
          'a',
          {
            className: ['g-anchor'],
            href: `#${id}`,
            ariaLabel: `Link to the section “${text}”`,
            dataPagefindIgnore: '',
          },
          [h('span', { ariaHidden: 'true' }, '#')],
        );
        return [h('div', { className: ['g-heading'] }, [child, link])];
      });
    };
    walk(tree);
  };
}
