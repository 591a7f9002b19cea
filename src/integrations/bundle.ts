/**
 * Two settings of `astro build`'s bundling that make it faster and leave its output byte-identical
 * (bench/README.md, "Why the build is set up as it is"). astro.config.mjs applies both.
 */
import type { Plugin } from 'vite';

/**
 * Module ids put in one prerender chunk: every compiled MDX file (papers, entries, archived
 * versions) and Astro's `?astroPropagatedAssets` wrapper of each, instead of two chunks per file
 * (219 chunks became 54 on this site). Astro fills one placeholder of styles and links per chunk and
 * its runtime skips the ones left as text; every entry's list is empty here, because content/
 * imports nothing and all CSS is one stylesheet, so nothing is lost.
 */
export const contentChunk = { name: 'content', test: /\.mdx(?:\?|$)/ } as const;

/**
 * `astro build` syncs the content through a temporary dev server, whose client environment
 * pre-bundles Astro's dev toolbar (~230 ms whenever node_modules/.vite is absent: a fresh clone,
 * CI, the paired runs). A build never serves it, so in a build that list is emptied; `astro dev`
 * still pre-bundles it.
 */
export function noDevPrebundle(building: boolean): Plugin {
  return {
    name: 'glossa-no-dev-prebundle',
    configEnvironment: {
      order: 'post',
      handler(name, options) {
        if (building && name === 'client')
          options.optimizeDeps = { ...options.optimizeDeps, include: [], noDiscovery: true };
      },
    },
  };
}
