/**
 * Publishes the paper's facts (filled in by the plugins before it) with the compiled module, as
 * `remarkPluginFrontmatter.glossa`, the one channel from the MDX pipeline to the pages. Runs last.
 */
import type { VFile } from 'vfile';
import { factsOf } from '../../lib/paper/facts.ts';

/** Remark plugin: expose `file.data.glossa` to Astro. */
export function remarkPaperFacts() {
  return (_tree: unknown, file: VFile): void => {
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, glossa: factsOf(file) };
  };
}
