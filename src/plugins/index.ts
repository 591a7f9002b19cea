/**
 * Glossa's remark and rehype plugins in the order they run, exported once for astro.config.mjs,
 * the content check and the tests.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import type { GlossaryIndex } from '../lib/content/glossary-index.ts';
import { remarkContentRules } from './remark/remark-content-rules.ts';
import { remarkParagraphNumbers } from './remark/remark-paragraph-numbers.ts';
import { remarkSections } from './remark/remark-sections.ts';
import { remarkEntries } from './remark/remark-entries.ts';
import { remarkNotes } from './remark/remark-notes.ts';
import { remarkMentions } from './remark/remark-mentions.ts';
import { remarkPaperFacts } from './remark/remark-paper-facts.ts';
import { rehypeHeadingAnchors } from './rehype/rehype-heading-anchors.ts';
import { rehypeParagraphAnchors } from './rehype/rehype-paragraph-anchors.ts';

/** What the plugin list needs to know. */
export interface GlossaPluginOptions {
  /** One index per kind of entry. */
  indexes: readonly GlossaryIndex[];
  /** Which files are papers (their paragraphs are numbered). */
  isPaper: (file: VFile) => boolean;
  /** Element ids the layouts use around an MDX body. */
  reservedIds: readonly string[];
}

/** The remark plugins with their options. */
export function glossaRemarkPlugins(options: GlossaPluginOptions): RemarkPlugins {
  return [
    [remarkContentRules, { isPaper: options.isPaper }],
    [remarkParagraphNumbers, { include: options.isPaper }],
    [remarkSections, { reservedIds: options.reservedIds }],
    [remarkEntries, { indexes: options.indexes }],
    [remarkMentions, { indexes: options.indexes, include: options.isPaper }],
    remarkNotes,
    remarkPaperFacts,
  ];
}

/** The rehype plugins. */
export function glossaRehypePlugins(): RehypePlugins {
  return [rehypeParagraphAnchors, rehypeHeadingAnchors];
}
