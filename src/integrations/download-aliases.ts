/**
 * Publishes the citation downloads' first names (`citation.bib`, …) as links to the files Astro
 * wrote under their descriptive names (`astro:build:done`; src/lib/citations/download-aliases.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { linkDownloadAliases, resetDownloadAliases } from '../lib/citations/download-aliases.ts';

/** The Astro integration. */
export function downloadAliases(): AstroIntegration {
  return {
    name: 'glossa-download-aliases',
    hooks: {
      'astro:build:start': () => resetDownloadAliases(),
      'astro:build:done': ({ dir, logger }) => {
        const linked = linkDownloadAliases(fileURLToPath(dir));
        logger.debug(`${String(linked)} citation files published under their first names`);
      },
    },
  };
}
