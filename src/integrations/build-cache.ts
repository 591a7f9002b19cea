/**
 * Reports what the build cache (src/lib/cache/disk-cache.ts) reused and made, and prunes the
 * entries this build did not use (`astro:build:done`). On a build with no cached citation it
 * prepares the citeproc engines while Vite bundles (`astro:build:start`). With `GLOSSA_CACHE_REPORT=<file>` it also
 * writes the labels of every hit and miss there as JSON, and whether citeproc-js was loaded (the
 * cache tests read it).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, cacheStats, flushCacheWrites, pruneCache } from '../lib/cache/disk-cache.ts';
import { backgroundDone } from './background.ts';
import { citeprocWasLoaded } from '../lib/citations/citeproc.ts';
import { citationThreadsUsed, startCitationThreads } from '../lib/citations/pool.ts';

/** The Astro integration. */
export function buildCache(): AstroIntegration {
  return {
    name: 'glossa-build-cache',
    // No reset at the start of the build: the content is read from the cache when the config is
    // evaluated, before any build hook, and that use counts (its entry is kept, older ones pruned).
    hooks: {
      // A build with no cached citation (a fresh clone) formats every citation: the citation
      // threads start now and build their engines while Vite bundles, rather than on the first
      // page that needs one (bench/README.md).
      'astro:build:start': () => {
        if (process.env['GLOSSA_NO_CACHE'] === '1' || !existsSync(join(cacheRoot(), 'citations')))
          startCitationThreads();
      },
      'astro:build:done': async ({ logger }) => {
        // What the hooks before started (the search index), then the entries written off the main
        // thread: all on disk before the folder is pruned.
        await backgroundDone();
        await flushCacheWrites();
        const stats = [...cacheStats()];
        const pruned = pruneCache();
        const summary = stats.map(
          // Reused: entries an earlier build made (one that pages of this build read again counts once).
          ([name, s]) => `${name} ${String(s.reused.size)} reused, ${String(s.misses.length)} made`,
        );
        if (summary.length) logger.info(`${summary.join('; ')}; ${String(pruned)} old entries removed`);
        const report = process.env['GLOSSA_CACHE_REPORT'];
        if (report)
          writeFileSync(
            report,
            JSON.stringify(
              {
                ...Object.fromEntries(stats.map(([name, s]) => [name, { hits: s.hits, misses: s.misses }])),
                // Whether citeproc-js was loaded at all: a build that finds every citation cached never loads it.
                citeprocLoaded: citeprocWasLoaded() || citationThreadsUsed(),
              },
              null,
              2,
            ),
          );
      },
    },
  };
}
