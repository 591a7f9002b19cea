/**
 * Gives every h2/h3 an id (the same slug Astro would make) and a visible "#" permalink after it,
 * so that a reader can link to a section. The heading and its link sit in a wrapper so that the
 * link does not become part of the heading's accessible name.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { reservedIds } from '../../lib/model/ids.ts';

/** Options of `rehypeHeadingAnchors`. */
export interface RehypeHeadingAnchorsOptions {
  /** Heading tags that get a permalink; default h2 and h3. */
  tags?: string[];
}

/** Rehype plugin: ids and permalinks for section headings. */
export function rehypeHeadingAnchors(options: RehypeHeadingAnchorsOptions = {}) {
  const tags = options.tags ?? ['h2', 'h3'];
  return (tree: Root): void => {
    const slugger = new GithubSlugger();
    for (const id of reservedIds) slugger.slug(id);
    const walk = (parent: Root | Element): void => {
      parent.children = parent.children.flatMap((child): ElementContent[] => {
        if (child.type !== 'element') return [child as ElementContent];
        if (!tags.includes(child.tagName)) {
          walk(child);
          return [child];
        }
        const text = toString(child).trim();
        const id = typeof child.properties['id'] === 'string' ? child.properties['id'] : slugger.slug(text);
        child.properties['id'] = id;
        const link = h('a', { className: ['g-anchor'], href: `#${id}` }, [
          h('span', { ariaHidden: 'true' }, '#'),
          h('span', { className: ['g-visually-hidden'] }, `Link to the section “${text}”`),
        ]);
        return [h('div', { className: ['g-heading'] }, [child, link])];
      });
    };
    walk(tree);
  };
}
