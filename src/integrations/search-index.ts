/**
 * Builds the Pagefind search index over the finished site (`astro:build:done`), so every build —
 * the site, a fixture, a sub-path deploy — is searchable without a server. Only elements marked
 * `data-pagefind-body` (papers and concept pages) are indexed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** The Astro integration. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'glossa-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length)
          throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(
          `indexed ${String(added.page_count)} pages in ${String(Math.round(performance.now() - started))} ms`,
        );
      },
    },
  };
}
