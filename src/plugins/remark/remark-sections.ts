/**
 * Gives every section heading (h2, h3) its id, once, and records the sections in the paper's facts
 * (`file.data.glossa.sections`). Ids are GitHub-style slugs of the heading text; ids the page
 * layouts use around the body (passed as `reservedIds`) are never reused ("Sources" → "sources-1").
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { factsOf } from '../../lib/paper/facts.ts';

/** Options of `remarkSections`. */
export interface RemarkSectionsOptions {
  /** Element ids the layouts define around an MDX body; default none. */
  reservedIds?: readonly string[];
}

/** Heading depths that are sections (h2, h3). */
const depths: readonly number[] = [2, 3];

/** Remark plugin: section ids and the list of sections. */
export function remarkSections(options: RemarkSectionsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const slugger = new GithubSlugger();
    for (const id of options.reservedIds ?? []) slugger.slug(id);
    const { sections } = factsOf(file);
    for (const node of tree.children) {
      if (node.type !== 'heading' || !depths.includes(node.depth)) continue;
      const title = toString(node);
      const given = node.data?.hProperties?.['id'];
      const anchor = typeof given === 'string' ? given : slugger.slug(title);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: anchor } };
      sections.push({ anchor, title, depth: node.depth });
    }
  };
}
